package dev.gradus.tck;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;

/**
 * One run of an optimizer on a {@link TestFunction}, driven the way the Gradus engine drives it:
 * evaluate the exact gradient, hand it to {@code update} with the current learning rate and value,
 * and answer extra evaluations on the same function when the optimizer is allowed them.
 *
 * @param <S> the optimizer's state type
 */
final class ContractRun<S extends OptimizerState> {
    final Optimizer<S> optimizer;
    final S state;
    final double[] x;
    final double[] gradient;
    private final TestFunction function;
    private final Context context;

    private ContractRun(Optimizer<S> optimizer, S state, double[] x, TestFunction function, double learningRate, boolean extraEvaluations) {
        this.optimizer = optimizer;
        this.state = state;
        this.x = x;
        this.gradient = new double[x.length];
        this.function = function;
        this.context = new Context(learningRate, extraEvaluations, function);
    }

    /** A fresh run from the function's start. */
    static ContractRun<?> start(Optimizer<?> optimizer, TestFunction function, double learningRate, boolean extraEvaluations) {
        return fresh(optimizer, function, learningRate, extraEvaluations);
    }

    private static <S extends OptimizerState> ContractRun<S> fresh(Optimizer<S> optimizer, TestFunction function, double learningRate,
                                                                   boolean extraEvaluations) {
        double[] x = function.start();
        return new ContractRun<>(optimizer, optimizer.init(x.length), x, function, learningRate, extraEvaluations);
    }

    /** A run that continues from this one's saved state and point, through {@code snapshot} and {@code restore}. */
    ContractRun<S> restoredCopy() {
        return new ContractRun<>(optimizer, optimizer.restore(state.snapshot()), x.clone(), function, context.learningRate,
                context.extraEvaluations);
    }

    /** One step; returns the value before it. */
    double step() {
        double value = function.valueAndGradient(x, gradient);
        context.value = value;
        optimizer.update(state, x, gradient, context);
        return value;
    }

    /**
     * One step with a gradient array the caller owns (to see whether {@code update} writes to it).
     *
     * @param gradient the gradient at the current point
     * @param value    the value at the current point
     */
    void stepWith(double[] gradient, double value) {
        context.value = value;
        optimizer.update(state, x, gradient, context);
    }

    /** {@code steps} steps. */
    ContractRun<S> steps(int steps) {
        for (int k = 0; k < steps; k++) {
            step();
        }
        return this;
    }

    /** The function's value at the current point. */
    double value() {
        return function.value(x);
    }

    /** The step context the TCK hands to {@code update}. */
    private static final class Context implements StepContext {
        private final double learningRate;
        private final boolean extraEvaluations;
        private final TestFunction function;
        double value;

        Context(double learningRate, boolean extraEvaluations, TestFunction function) {
            this.learningRate = learningRate;
            this.extraEvaluations = extraEvaluations;
            this.function = function;
        }

        @Override
        public double learningRate() {
            return learningRate;
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double evaluate(double[] point, double[] gradient) {
            if (!extraEvaluations) {
                throw new IllegalStateException("extra evaluations need OptimizerCapability.EXTRA_EVALUATIONS");
            }
            return function.valueAndGradient(point, gradient);
        }
    }
}
