package org.example.signdescent;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Set;

/**
 * The Zakharov function, a plate-shaped valley with a single minimum, in any dimension n >= 1:
 * f(x) = Σ x_i² + S² + S⁴ with S = Σ 0.5 i x_i (i from 1); minimum 0 at the origin. Gradient:
 * ∂f/∂x_i = 2 x_i + 0.5 i (2 S + 4 S³).
 */
public final class ZakharovProvider implements ObjectiveProvider {
    private static final ProviderInfo INFO = new ProviderInfo("zakharov", "Zakharov", "0.1.0", GradusApi.VERSION,
            "Sum of squares plus the square and the fourth power of a weighted sum: a plate-shaped valley, minimum 0 at the origin.");

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.of();
    }

    /** An exact gradient, in closed form. */
    @Override
    public Set<ObjectiveCapability> capabilities() {
        return Set.of(ObjectiveCapability.EXACT_GRADIENT);
    }

    @Override
    public Dimensions dimensions() {
        return Dimensions.atLeast(1, 2);
    }

    @Override
    public Objective create(ObjectiveContext context) {
        int n = context.dimension();
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = -5;
            upper[i] = 10;
            start[i] = i % 2 == 0 ? 3 : -2;
        }
        ObjectiveMetadata metadata = ObjectiveMetadata.builder(n).formula("Σ x_i² + S² + S⁴, S = Σ 0.5 i x_i").plotWindow(Box.of(lower, upper))
                .suggestedStart(start).globalMinimum(new double[n], 0).logScaledContours(true).build();
        return new DifferentiableObjective() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                double squares = 0;
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    squares += x[i] * x[i];
                    s += 0.5 * (i + 1) * x[i];
                }
                return squares + s * s + s * s * s * s;
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    s += 0.5 * (i + 1) * x[i];
                }
                double outer = 2 * s + 4 * s * s * s;
                for (int i = 0; i < x.length; i++) {
                    gradient[i] = 2 * x[i] + 0.5 * (i + 1) * outer;
                }
                return value(x);
            }

            @Override
            public ObjectiveMetadata metadata() {
                return metadata;
            }
        };
    }
}
