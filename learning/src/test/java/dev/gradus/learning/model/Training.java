package dev.gradus.learning.model;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.ServiceLoader;

/** Drives an objective's exact gradient through a real optimizer or plain gradient descent, as a host's step loop does. */
final class Training {

    private Training() {
    }

    /** The built-in optimizer {@code id} at its defaults, found through ServiceLoader. */
    static Optimizer<?> optimizer(String id) {
        OptimizerProvider provider = ServiceLoader.load(OptimizerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.info().id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no optimizer " + id));
        return provider.create(provider.parameters().defaults());
    }

    /** {@code steps} steps of {@code optimizer} with learning rate {@code lr} from {@code x}, in place. Modified. */
    static void run(Optimizer<?> optimizer, DifferentiableObjective f, double[] x, double lr, int steps) {
        runTyped(optimizer, f, x, lr, steps);
    }

    private static <S extends OptimizerState> void runTyped(Optimizer<S> optimizer, DifferentiableObjective f, double[] x, double lr, int steps) {
        S state = optimizer.init(x.length);
        double[] g = new double[x.length];
        for (int step = 0; step < steps; step++) {
            double value = f.valueAndGradient(x, g);
            optimizer.update(state, x, g, StepContext.of(lr, value));
        }
    }

    /** {@code steps} steps of {@code x -= lr * grad f(x)}, in place. Modified. */
    static void descend(DifferentiableObjective f, double[] x, double lr, int steps) {
        double[] g = new double[x.length];
        for (int step = 0; step < steps; step++) {
            f.valueAndGradient(x, g);
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * g[i];
            }
        }
    }
}
