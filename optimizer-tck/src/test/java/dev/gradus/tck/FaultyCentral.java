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
final class FaultyCentral implements GradientEstimatorProvider {

    /** The one thing done wrong. */
    enum Fault {
        NONE, UNSUPPORTED_API, APPLIES_TO_NOTHING, STEP_TOO_LARGE, WRITES_INTO_THE_POINT, UNDERCOUNTS, RANDOM_STEP
    }

    private static final Random UNSEEDED = new Random();
    private final Fault fault;

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
        return fault != Fault.APPLIES_TO_NOTHING;
    }

    @Override
    public GradientEstimator create(Objective objective, ParameterValues values) {
        double h = fault == Fault.STEP_TOO_LARGE ? 0.5 : values.real("h");
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
                    gradient[i] = (up - down) / (2 * step) + (fault == Fault.STEP_TOO_LARGE ? step * step : 0);
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
}
