package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;

/**
 * Provides Himmelblau's function {@code f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2} under the id
 * {@code himmelblau}: four global minima of value 0, one local maximum near (-0.27, -0.92) and four
 * saddle points, so which minimum a run reaches depends on its start and its optimizer.
 *
 * <p>Gradient: with {@code u = x^2 + y - 11} and {@code v = x + y^2 - 7},
 * {@code (4xu + 2v, 2u + 4yv)}. Minima: (3, 2) exactly, and three irrational points, the roots of
 * {@code u = v = 0} found by Newton's method in 60-digit arithmetic and rounded to the nearest
 * double; the gradient there is below {@code 2e-14} and the value below {@code 1e-30}. Usual domain:
 * {@code [-5, 5]^2}.
 *
 * <p>Reference: D. M. Himmelblau, "Applied Nonlinear Programming", McGraw-Hill, 1972.
 */
public final class Himmelblau extends PlaneFunctionProvider {
    public Himmelblau() {
        super(new ProviderInfo("himmelblau", "Himmelblau", BuildInfo.VERSION, GradusApi.VERSION,
                "Four global minima of value 0, at (3, 2) and at three irrational points. Shows how the minimum a run reaches "
                        + "depends on its start and its optimizer."), new FourMinima());
    }

    private static final class FourMinima extends PlaneFunction {
        private static final ObjectiveMetadata METADATA = ObjectiveMetadata.builder(2)
                .formula("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
                .suggestedStart(0, 0)
                .plotWindow(Box.of(-5, 5, -5, 5))
                .domain(Box.of(-5, 5, -5, 5))
                .globalMinimum(new double[] {3, 2}, 0)
                // -2.80511808695274485305357..., 3.13131251825057296580430...
                .globalMinimum(new double[] {-2.805118086952745, 3.131312518250573}, 0)
                // -3.77931025337774689189076..., -3.28318599128616941226600...
                .globalMinimum(new double[] {-3.779310253377747, -3.2831859912861696}, 0)
                // 3.58442834033049174494433..., -1.84812652696440355353830...
                .globalMinimum(new double[] {3.5844283403304917, -1.8481265269644036}, 0)
                .logScaledContours(true)
                .build();

        @Override
        double value(double x, double y) {
            double u = x * x + y - 11;
            double v = x + y * y - 7;
            return u * u + v * v;
        }

        @Override
        double valueAndGradient(double x, double y, double[] gradient) {
            double u = x * x + y - 11;
            double v = x + y * y - 7;
            gradient[0] = 4 * x * u + 2 * v;
            gradient[1] = 2 * u + 4 * y * v;
            return u * u + v * v;
        }

        @Override
        public ObjectiveMetadata metadata() {
            return METADATA;
        }
    }
}
