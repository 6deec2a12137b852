package dev.gradus.app.testing;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.optimizer.StepContext;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.plugin.DiscoveredProvider;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small providers written for app-core's tests, independent of the built-ins: a weighted quadratic,
 * a non-differentiable objective, plain gradient descent, an optimizer that asks for extra
 * evaluations, an optimizer that sleeps and gets stuck (for time limits), and exact and
 * central-difference estimators.
 */
public final class FakeProviders {
    private FakeProviders() {
    }

    /** An inventory of the given providers, kinds inferred, origin "test". */
    public static ProviderInventory inventory(Provider... providers) {
        List<DiscoveredProvider> found = new ArrayList<>();
        for (Provider p : providers) {
            ProviderKind kind = p instanceof OptimizerProvider ? ProviderKind.OPTIMIZER
                    : p instanceof ObjectiveProvider ? ProviderKind.OBJECTIVE
                    : p instanceof dev.gradus.api.spi.ScheduleProvider ? ProviderKind.SCHEDULE
                    : p instanceof dev.gradus.api.spi.DataSetProvider ? ProviderKind.DATA_SET : ProviderKind.ESTIMATOR;
            found.add(new DiscoveredProvider(new ProviderSummary(kind, p.info(), "test"), p));
        }
        return new ProviderInventory(found, List.of());
    }

    /** The standard set: quadratic, abs-sum, plane-2d, cap, gd, probe, sneaky, unit-step, analytic, central, halving. */
    public static ProviderInventory standard() {
        return inventory(new Quadratic(), new AbsSum(), new Plane2d(), new Cap(), new GradientDescent(), new Probe(false), new Probe(true),
                new UnitStep(), new Exact(), new Central(), new Halving());
    }

    /** f(x) = 5 - sum x_i^2: concave, its maximum 5 at the origin; start (1, 1, ...). */
    public static final class Cap implements ObjectiveProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("cap");
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.atLeast(1, 2);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            int n = context.dimension();
            double[] start = new double[n];
            java.util.Arrays.fill(start, 1);
            ObjectiveMetadata metadata = ObjectiveMetadata.builder(n).suggestedStart(start).plotWindow(Box.cube(n, -2, 2)).build();
            return new DifferentiableObjective() {
                @Override
                public int dimension() {
                    return n;
                }

                @Override
                public double value(double[] x) {
                    double f = 5;
                    for (double v : x) {
                        f -= v * v;
                    }
                    return f;
                }

                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    for (int i = 0; i < n; i++) {
                        g[i] = -2 * x[i];
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

    /** x -= 0.01 sign(g): an optimizer with no learning rate parameter. */
    public static final class UnitStep implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("unit-step");
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return new Optimizer<CountingState>() {
                @Override
                public CountingState init(int dimension) {
                    return new CountingState(dimension);
                }

                @Override
                public void update(CountingState state, double[] x, double[] g, StepContext context) {
                    state.steps++;
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= 0.01 * Math.signum(g[i]);
                    }
                }

                @Override
                public CountingState restore(StateSnapshot snapshot) {
                    CountingState s = new CountingState(snapshot.dimension());
                    s.steps = snapshot.steps();
                    return s;
                }
            };
        }
    }

    /** Halves the learning rate after every step; keeps the last loss it was given. */
    public static final class Halving implements dev.gradus.api.spi.ScheduleProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("halving");
        }

        @Override
        public dev.gradus.api.schedule.LearningRateSchedule<?> create(ParameterValues values) {
            return new dev.gradus.api.schedule.LearningRateSchedule<HalvingState>() {
                @Override
                public HalvingState init(double base, long budget) {
                    return new HalvingState(base, 0, Double.NaN);
                }

                @Override
                public void step(HalvingState state, double loss) {
                    state.rate /= 2;
                    state.steps++;
                    state.lastLoss = loss;
                }

                @Override
                public HalvingState restore(StateSnapshot snapshot) {
                    return new HalvingState(snapshot.number("rate"), snapshot.steps(), snapshot.number("last_loss"));
                }
            };
        }
    }

    /** The state of {@link Halving}. */
    public static final class HalvingState implements dev.gradus.api.schedule.ScheduleState {
        double rate;
        long steps;
        public double lastLoss;

        HalvingState(double rate, long steps, double lastLoss) {
            this.rate = rate;
            this.steps = steps;
            this.lastLoss = lastLoss;
        }

        @Override
        public double learningRate() {
            return rate;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(0, steps).number("rate", rate).number("last_loss", lastLoss).build();
        }
    }

    static ProviderInfo infoOf(String id) {
        return new ProviderInfo(id, id, "1.0", GradusApi.VERSION, "Test provider " + id + ".");
    }

    /** f(x) = scale * sum (i+1) x_i^2, any dimension (preferred 2), start (1, 1, ...). */
    public static final class Quadratic implements ObjectiveProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("quadratic");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.of("scale", "multiplies the function", 1, Range.greaterThan(0)));
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.atLeast(1, 2);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            int n = context.dimension();
            double scale = context.parameters().real("scale");
            double[] start = new double[n];
            java.util.Arrays.fill(start, 1);
            ObjectiveMetadata metadata = ObjectiveMetadata.builder(n).suggestedStart(start).plotWindow(Box.cube(n, -2, 2))
                    .globalMinimum(new double[n], 0).formula("sum (i+1) x_i^2").build();
            return new DifferentiableObjective() {
                @Override
                public int dimension() {
                    return n;
                }

                @Override
                public double value(double[] x) {
                    double f = 0;
                    for (int i = 0; i < n; i++) {
                        f += (i + 1) * x[i] * x[i];
                    }
                    return scale * f;
                }

                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    for (int i = 0; i < n; i++) {
                        g[i] = scale * 2 * (i + 1) * x[i];
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

    /** f(x) = sum |x_i|: no analytic gradient offered. */
    public static final class AbsSum implements ObjectiveProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("abs-sum");
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.atLeast(1, 1);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            int n = context.dimension();
            double[] start = new double[n];
            java.util.Arrays.fill(start, 3);
            ObjectiveMetadata metadata = ObjectiveMetadata.builder(n).suggestedStart(start).plotWindow(Box.cube(n, -5, 5)).smooth(false).build();
            return new Objective() {
                @Override
                public int dimension() {
                    return n;
                }

                @Override
                public double value(double[] x) {
                    double f = 0;
                    for (double v : x) {
                        f += Math.abs(v);
                    }
                    return f;
                }

                @Override
                public ObjectiveMetadata metadata() {
                    return metadata;
                }
            };
        }
    }

    /** A 2-D plane f = x + 2y: unbounded below, so descent on it never stops by tolerance. */
    public static final class Plane2d implements ObjectiveProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("plane-2d");
        }

        @Override
        public Dimensions dimensions() {
            return Dimensions.fixed(2);
        }

        @Override
        public Objective create(ObjectiveContext context) {
            ObjectiveMetadata metadata = ObjectiveMetadata.builder(2).suggestedStart(0, 0).plotWindow(Box.of(-1, 1, -1, 1)).build();
            return new DifferentiableObjective() {
                @Override
                public int dimension() {
                    return 2;
                }

                @Override
                public double value(double[] x) {
                    return x[0] + 2 * x[1];
                }

                @Override
                public double valueAndGradient(double[] x, double[] g) {
                    g[0] = 1;
                    g[1] = 2;
                    return value(x);
                }

                @Override
                public ObjectiveMetadata metadata() {
                    return metadata;
                }
            };
        }
    }

    /** Counts updates; the state of the fakes below. */
    public static final class CountingState implements OptimizerState {
        private final int dimension;
        long steps;

        CountingState(int dimension) {
            this.dimension = dimension;
        }

        /** A fresh state, for optimizers written outside this package. */
        public static CountingState of(int dimension) {
            return new CountingState(dimension);
        }

        /** The updates counted so far. */
        public long count() {
            return steps;
        }

        /** Counts one update. */
        public void tick() {
            steps++;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public StateSnapshot snapshot() {
            return StateSnapshot.builder(dimension, steps).build();
        }
    }

    /** An optimizer from a "plugin" that sleeps at every step, and at step {@code stuck_at} does not return (for a minute). */
    public static final class Sleepy implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return new ProviderInfo("sleepy", "Sleepy", "1.0", GradusApi.VERSION, "Sleeps, and gets stuck.");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(new dev.gradus.api.param.IntegerParameter("stuck_at", "the step that never returns (0: none)", 0, 0, Long.MAX_VALUE));
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            long stuckAt = values.integer("stuck_at");
            return new Optimizer<CountingState>() {
                @Override
                public CountingState init(int dimension) {
                    return CountingState.of(dimension);
                }

                @Override
                public void update(CountingState state, double[] x, double[] g, StepContext context) {
                    long k = state.count();
                    state.tick();
                    try {
                        Thread.sleep(k + 1 == stuckAt ? 60_000 : 2);
                    } catch (InterruptedException e) {
                        // given up on: return as if nothing happened, as a careless plugin would
                    }
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= 0.01 * g[i];
                    }
                }

                @Override
                public CountingState restore(StateSnapshot snapshot) {
                    return CountingState.of(snapshot.dimension());
                }
            };
        }
    }

    /** x -= lr * g, and throws at the step given by {@code fail_at} (0: never). */
    public static final class GradientDescent implements OptimizerProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("gd");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.learningRate(0.1),
                    new dev.gradus.api.param.IntegerParameter("fail_at", "throw at this step (0: never)", 0, 0, Long.MAX_VALUE));
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            long failAt = values.integer("fail_at");
            return new Optimizer<CountingState>() {
                @Override
                public CountingState init(int dimension) {
                    return new CountingState(dimension);
                }

                @Override
                public void update(CountingState state, double[] x, double[] g, StepContext context) {
                    if (++state.steps == failAt) {
                        throw new ArithmeticException("planned failure");
                    }
                    double lr = context.learningRate();
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= lr * g[i];
                    }
                }

                @Override
                public CountingState restore(StateSnapshot snapshot) {
                    CountingState s = new CountingState(snapshot.dimension());
                    s.steps = snapshot.steps();
                    return s;
                }
            };
        }
    }

    /**
     * Gradient descent that evaluates the objective once more per step at the trial point, through
     * the context. {@code sneaky} does so without declaring the capability.
     */
    public static final class Probe implements OptimizerProvider {
        private final boolean sneaky;

        public Probe(boolean sneaky) {
            this.sneaky = sneaky;
        }

        @Override
        public ProviderInfo info() {
            return infoOf(sneaky ? "sneaky" : "probe");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.learningRate(0.1));
        }

        @Override
        public Set<OptimizerCapability> capabilities() {
            return sneaky ? Set.of() : Set.of(OptimizerCapability.EXTRA_EVALUATIONS);
        }

        @Override
        public Optimizer<?> create(ParameterValues values) {
            return new Optimizer<CountingState>() {
                @Override
                public CountingState init(int dimension) {
                    return new CountingState(dimension);
                }

                @Override
                public void update(CountingState state, double[] x, double[] g, StepContext context) {
                    state.steps++;
                    double lr = context.learningRate();
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= lr * g[i];
                    }
                    context.evaluate(x, new double[x.length]);
                }

                @Override
                public CountingState restore(StateSnapshot snapshot) {
                    return new CountingState(snapshot.dimension());
                }
            };
        }
    }

    /** The exact gradient of a differentiable objective, counting 1 + 1 per call. */
    public static final class Exact implements GradientEstimatorProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("analytic");
        }

        @Override
        public boolean appliesTo(Objective objective) {
            return objective instanceof DifferentiableObjective d && d.gradientSource() == dev.gradus.api.objective.GradientSource.ANALYTIC;
        }

        @Override
        public GradientEstimator create(Objective objective, ParameterValues values) {
            DifferentiableObjective f = (DifferentiableObjective) objective;
            return new GradientEstimator() {
                long calls;

                @Override
                public double valueAndGradient(double[] x, double[] gradient) {
                    calls++;
                    return f.valueAndGradient(x, gradient);
                }

                @Override
                public long functionEvaluations() {
                    return calls;
                }

                @Override
                public long gradientEvaluations() {
                    return calls;
                }
            };
        }
    }

    /** Central differences with step {@code h}, counting 2n + 1 per call. */
    public static final class Central implements GradientEstimatorProvider {
        @Override
        public ProviderInfo info() {
            return infoOf("central");
        }

        @Override
        public ParameterSpace parameters() {
            return ParameterSpace.of(RealParameter.logScale("h", "step", 1e-5, Range.greaterThan(0)));
        }

        @Override
        public boolean appliesTo(Objective objective) {
            return true;
        }

        @Override
        public GradientEstimator create(Objective objective, ParameterValues values) {
            double h = values.real("h");
            return new GradientEstimator() {
                long evaluations;

                @Override
                public double valueAndGradient(double[] x, double[] gradient) {
                    for (int i = 0; i < x.length; i++) {
                        double xi = x[i];
                        x[i] = xi + h;
                        double up = objective.value(x);
                        x[i] = xi - h;
                        double down = objective.value(x);
                        x[i] = xi;
                        gradient[i] = (up - down) / (2 * h);
                    }
                    evaluations += 2L * x.length + 1;
                    return objective.value(x);
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
}
