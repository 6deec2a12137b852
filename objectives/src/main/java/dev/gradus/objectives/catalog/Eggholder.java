package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides the eggholder function
 * {@code f(x, y) = -(y + 47) sin(sqrt(|x/2 + y + 47|)) - x sin(sqrt(|x - (y + 47)|))} under the id
 * {@code eggholder}: a rugged landscape of deep, irregular wells over {@code [-512, 512]^2}, whose
 * global minimum lies on the edge of the domain, so a local method must be stopped by the bound
 * rather than by a vanishing gradient.
 *
 * <p>Gradient: with {@code a = x/2 + y + 47}, {@code b = x - y - 47} and
 * {@code S(t) = cos(sqrt|t|) sgn(t) / (2 sqrt|t|)}, the derivative of {@code sin(sqrt|t|)},
 * {@code df/dx = -(y + 47) S(a)/2 - sin(sqrt|b|) - x S(b)} and
 * {@code df/dy = -sin(sqrt|a|) - (y + 47) S(a) + x S(b)}. The function is not differentiable on the
 * lines {@code a = 0} and {@code b = 0}, where the square roots make its slope infinite; the metadata
 * says {@code smooth = false}, and the gradient there is a choice: {@code S(0)} is taken as 0.
 *
 * <p>Global minimum over the domain: -959.640662720850802833155... at
 * {@code (512, 404.231805113757810928679...)}, on the boundary {@code x = 512}, where the gradient is
 * about {@code (-3.3856, 0)}: it points out of the domain, and only the bound stops a descent. The
 * point was located by Newton's method on {@code df/dy} along {@code x = 512} in 50-digit arithmetic
 * and rounded to the nearest double; a Newton step in double precision from the listed point moves it
 * by at most an ulp (GlobalMinimaTest). Start: the origin. Usual domain and plot window:
 * {@code [-512, 512]^2} (Jamil and Yang 2013, who give the minimum as -959.6407 at (512, 404.2319)).
 */
public final class Eggholder extends PlaneFunctionProvider {
    public Eggholder() {
        super(new ProviderInfo("eggholder", "Eggholder", BuildInfo.VERSION, GradusApi.VERSION,
                "A rugged landscape of irregular deep wells over [-512, 512]^2; the global minimum -959.64 lies on the domain's edge, at "
                        + "(512, 404.23)."), new Wells());
    }

    private static final class Wells extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("-(y + 47)*sin(sqrt(abs(x/2 + y + 47))) - x*sin(sqrt(abs(x - (y + 47))))")
                .suggestedStart(0, 0)
                .plotWindow(Box.of(-512, 512, -512, 512))
                .domain(Box.of(-512, 512, -512, 512))
                // 404.2318051137578109286797846715063820622, -959.640662720850802833155330435096898588
                .globalMinimum(new double[] {512, 404.2318051137578}, -959.6406627208509)
                .logScaledContours(false)
                .smooth(false)
                .build();

        @Override
        double value(double x, double y) {
            double lifted = y + 47;
            return -lifted * Math.sin(Math.sqrt(Math.abs(x / 2 + lifted))) - x * Math.sin(Math.sqrt(Math.abs(x - lifted)));
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double lifted = y + 47;
            double a = x / 2 + lifted;
            double b = x - lifted;
            double ra = Math.sqrt(Math.abs(a));
            double rb = Math.sqrt(Math.abs(b));
            double sinA = Math.sin(ra);
            double sinB = Math.sin(rb);
            double slopeA = slopeOfSinSqrtAbs(a, ra);
            double slopeB = slopeOfSinSqrtAbs(b, rb);
            gradient[0] = -lifted * slopeA / 2 - sinB - x * slopeB;
            gradient[1] = -sinA - lifted * slopeA + x * slopeB;
            return -lifted * sinA - x * sinB;
        }

        /** {@code d sin(sqrt|t|)/dt = cos(sqrt|t|) sgn(t) / (2 sqrt|t|)}, given {@code root = sqrt|t|}; 0 at t = 0, where it is infinite. */
        private static double slopeOfSinSqrtAbs(double t, double root) {
            return t == 0 ? 0 : Math.cos(root) * Math.signum(t) / (2 * root);
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
