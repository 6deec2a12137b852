package dev.gradus.tck;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Map;
import java.util.Random;

/**
 * Heavy-ball momentum ({@code v ← 0.5 v + g; x ← x − lr v}) written correctly, or broken in exactly
 * one way, to show that each TCK rule catches the fault it exists for.
 */
public class FaultyMomentum implements OptimizerProvider {

    /** The one thing done wrong. */
    enum Fault {
        NONE, UNSUPPORTED_API, LR_IS_AN_INTEGER, CREATE_THROWS, WRITES_INTO_THE_GRADIENT, FORGETS_TO_COUNT_STEPS, RANDOM_JITTER,
        SHARES_STATE_BETWEEN_RUNS, RESTORE_LOSES_VELOCITY, STANDS_STILL, CALLS_ITS_VELOCITY_A_SCALE, HANGS_ON_A_NAN_GRADIENT,
        DOES_NOT_DECLARE_ITS_VECTORS
    }

    private static final double[][] SHARED = new double[1][];
    private static final Random UNSEEDED = new Random();

    private final Fault fault;

    /** The correct momentum made the way ServiceLoader makes it, correct in every rule. */
    public FaultyMomentum() {
        this(Fault.NONE);
    }

    FaultyMomentum(Fault fault) {
        this.fault = fault;
    }

    @Override
    public ProviderInfo info() {
        return new ProviderInfo("faulty-momentum", "Faulty momentum", "1.0", fault == Fault.UNSUPPORTED_API ? "9.0" : GradusApi.VERSION,
                "Heavy-ball momentum with a planted fault.");
    }

    @Override
    public java.util.Set<dev.gradus.api.optimizer.OptimizerCapability> capabilities() {
        return fault == Fault.DOES_NOT_DECLARE_ITS_VECTORS ? java.util.Set.of()
                : java.util.Set.of(dev.gradus.api.optimizer.OptimizerCapability.STATE_VECTORS);
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.of(fault == Fault.LR_IS_AN_INTEGER
                ? new IntegerParameter("lr", "learning rate", 1, 0, 10)
                : RealParameter.learningRate(0.01),
                RealParameter.of("momentum", "velocity kept per step", 0.5, Range.closedOpen(0, 1)));
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        if (fault == Fault.CREATE_THROWS) {
            throw new IllegalStateException("planted failure");
        }
        double momentum = values.real("momentum");
        return new Optimizer<State>() {
            @Override
            public State init(int dimension) {
                if (fault == Fault.SHARES_STATE_BETWEEN_RUNS) {
                    if (SHARED[0] == null || SHARED[0].length != dimension) {
                        SHARED[0] = new double[dimension];
                    }
                    // zeroed for every new run, as a careless buffer reuse would: each run alone is right, two at once are not
                    java.util.Arrays.fill(SHARED[0], 0);
                    return new State(SHARED[0], false);
                }
                return new State(new double[dimension], fault == Fault.CALLS_ITS_VELOCITY_A_SCALE);
            }

            @Override
            public void update(State state, double[] x, double[] g, StepContext context) {
                if (fault != Fault.FORGETS_TO_COUNT_STEPS) {
                    state.steps++;
                }
                if (fault == Fault.STANDS_STILL) {
                    return;
                }
                if (fault == Fault.HANGS_ON_A_NAN_GRADIENT && Double.isNaN(g[0])) {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                    }
                    return;
                }
                double lr = context.learningRate();
                for (int i = 0; i < x.length; i++) {
                    state.velocity[i] = momentum * state.velocity[i] + g[i];
                    double jitter = fault == Fault.RANDOM_JITTER ? 1e-12 * UNSEEDED.nextGaussian() : 0;
                    x[i] -= lr * state.velocity[i] + jitter;
                    if (fault == Fault.WRITES_INTO_THE_GRADIENT) {
                        g[i] = 0;
                    }
                }
            }

            @Override
            public State restore(StateSnapshot snapshot) {
                State state = new State(fault == Fault.RESTORE_LOSES_VELOCITY ? new double[snapshot.dimension()]
                        : snapshot.array("velocity", snapshot.dimension()), fault == Fault.CALLS_ITS_VELOCITY_A_SCALE);
                state.steps = snapshot.steps();
                return state;
            }
        };
    }

    static final class State implements OptimizerState {
        final double[] velocity;
        final boolean scale;
        long steps;

        State(double[] velocity, boolean scale) {
            this.velocity = velocity;
            this.scale = scale;
        }

        @Override
        public dev.gradus.api.optimizer.StateVectorKind vectorKind(String name) {
            return scale ? dev.gradus.api.optimizer.StateVectorKind.SCALE : dev.gradus.api.optimizer.StateVectorKind.DIRECTION;
        }

        @Override
        public int dimension() {
            return velocity.length;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public Map<String, double[]> vectors() {
            return Map.of("velocity", velocity);
        }

        @Override
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(velocity.length, steps).array("velocity", velocity).build();
        }
    }

    /** Correct, but not listed in META-INF/services: only the discovery rule fails. */
    public static final class Unregistered extends FaultyMomentum {
        /** Made by the discovery rule. */
        public Unregistered() {
        }
    }

    /** Correct and listed, but its constructor starts a thread that outlives it: only the cheap-construction rule fails. */
    public static final class Threaded extends FaultyMomentum {
        /** Made by the cheap-construction rule. */
        public Threaded() {
            Thread idle = new Thread(() -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "faulty-momentum-idler");
            idle.setDaemon(true);
            idle.start();
        }
    }

    /** Correct and listed, but its constructor allocates 4 MiB: only the cheap-construction rule fails. */
    public static final class Heavy extends FaultyMomentum {
        private final double[] ballast = new double[1 << 19];

        /** Made by the cheap-construction rule. */
        public Heavy() {
            ballast[0] = 1;
        }
    }
}
