package dev.gradus.benchmarks;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;

/** An optimizer, its state and the step context a host hands it, typed once: what the benchmarks step by hand. */
abstract class Stepping {
    /** One update of {@code x} with {@code g}. */
    abstract void update(double[] x, double[] g);

    /** Starts over from a fresh state of {@code dimension} coordinates. */
    abstract void restart(int dimension);

    static <S extends OptimizerState> Stepping of(Optimizer<S> optimizer, int dimension, StepContext context) {
        return new Stepping() {
            private S state = optimizer.init(dimension);

            @Override
            void update(double[] x, double[] g) {
                optimizer.update(state, x, g, context);
            }

            @Override
            void restart(int n) {
                state = optimizer.init(n);
            }
        };
    }
}
