package dev.gradus.tck;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Random;

/** Central differences written correctly, or broken in exactly one way, to show that each estimator rule catches its fault. */
public class FaultyCentral implements GradientEstimatorProvider {

    /** The one thing done wrong. */
    enum Fault {
        NONE, UNSUPPORTED_API, APPLIES_TO_NOTHING, STEP_TOO_LARGE, WRITES_INTO_THE_POINT, UNDERCOUNTS, RANDOM_STEP, CREATE_IGNORES_APPLIES_TO,
        INACCURATE_WITHOUT_A_GRADIENT
    }

    private static final Random UNSEEDED = new Random();
    private final Fault fault;

    /** Correct central differences made the way ServiceLoader makes it, correct in every rule. */
    public FaultyCentral() {
        this(Fault.NONE);
    }

    FaultyCentral(Fault fault) {
        this.fault = fault;
    }

    @Override
    public ProviderInfo info() {
        return new ProviderInfo("faulty-central", "Faulty central", "1.0", fault == Fault.UNSUPPORTED_API ? "9.0" : GradusApi.VERSION,
                "Central differences with a planted fault.");
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.of(RealParameter.of("h", "the difference step", 1e-6, Range.greaterThan(0)));
    }

    @Override
    public boolean appliesTo(Objective objective) {
        return switch (fault) {
            case APPLIES_TO_NOTHING -> false;
            case CREATE_IGNORES_APPLIES_TO -> objective instanceof dev.gradus.api.objective.DifferentiableObjective;
            default -> true;
        };
    }

    @Override
    public GradientEstimator create(Objective objective, ParameterValues values) {
        if (fault != Fault.CREATE_IGNORES_APPLIES_TO && fault != Fault.APPLIES_TO_NOTHING && !appliesTo(objective)) {
            throw new IllegalArgumentException("faulty-central does not apply to " + objective);
        }
        boolean skewed = fault == Fault.STEP_TOO_LARGE
                || fault == Fault.INACCURATE_WITHOUT_A_GRADIENT && !(objective instanceof dev.gradus.api.objective.DifferentiableObjective);
        double h = skewed ? 0.5 : values.real("h");
        return new GradientEstimator() {
            private long evaluations;

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                for (int i = 0; i < x.length; i++) {
                    double step = fault == Fault.RANDOM_STEP ? h * (1 + UNSEEDED.nextDouble()) : h;
                    double keep = x[i];
                    x[i] = keep + step;
                    double up = objective.value(x);
                    x[i] = keep - step;
                    double down = objective.value(x);
                    x[i] = fault == Fault.WRITES_INTO_THE_POINT ? keep + 1e-9 : keep;
                    evaluations += 2;
                    // a quadratic's central difference is exact: the large step shows through a cubic term only, so skew it
                    gradient[i] = (up - down) / (2 * step) + (skewed ? step * step : 0);
                }
                evaluations++;
                double value = objective.value(x);
                if (fault == Fault.UNDERCOUNTS) {
                    evaluations--;
                }
                return value;
            }

            @Override
            public long functionEvaluations() {
                return evaluations;
            }

            @Override
            public long gradientEvaluations() {
                return 0;
            }
        };
    }

    /** Correct, but not listed in META-INF/services: only the discovery rule fails. */
    public static final class Unregistered extends FaultyCentral {
        /** Made by the discovery rule. */
        public Unregistered() {
        }
    }

    /** Correct and listed, but its constructor allocates 4 MiB: only the cheap-construction rule fails. */
    public static final class Heavy extends FaultyCentral {
        private final double[] ballast = new double[1 << 19];

        /** Made by the cheap-construction rule. */
        public Heavy() {
            ballast[0] = 1;
        }
    }
}
