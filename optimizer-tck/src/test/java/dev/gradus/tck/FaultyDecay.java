package dev.gradus.tck;

import dev.gradus.api.optimizer.StateSnapshot;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.schedule.ScheduleState;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.api.spi.ScheduleProvider;
import java.util.Random;

/** Exponential decay ({@code lr ← gamma · lr} a step) written correctly, or broken in exactly one way. */
public class FaultyDecay implements ScheduleProvider {

    /** The one thing done wrong. */
    enum Fault {
        NONE, UNSUPPORTED_API, GOES_NEGATIVE, RESTORE_FORGETS, RANDOM
    }

    private static final Random UNSEEDED = new Random();
    private final Fault fault;

    /** The correct decay made the way ServiceLoader makes it, correct in every rule. */
    public FaultyDecay() {
        this(Fault.NONE);
    }

    FaultyDecay(Fault fault) {
        this.fault = fault;
    }

    @Override
    public ProviderInfo info() {
        return new ProviderInfo("faulty-decay", "Faulty decay", "1.0", fault == Fault.UNSUPPORTED_API ? "9.0" : GradusApi.VERSION,
                "Exponential decay with a planted fault.");
    }

    @Override
    public ParameterSpace parameters() {
        return ParameterSpace.of(RealParameter.of("gamma", "the factor per step", 0.99, Range.open(0, 1)));
    }

    @Override
    public LearningRateSchedule<?> create(ParameterValues values) {
        double gamma = values.real("gamma");
        return new LearningRateSchedule<State>() {
            @Override
            public State init(double base, long budget) {
                return new State(base, base, 0);
            }

            @Override
            public void step(State state, double loss) {
                state.steps++;
                state.rate = fault == Fault.GOES_NEGATIVE && state.steps > 150 ? -state.rate
                        : gamma * state.rate * (fault == Fault.RANDOM ? 1 + 1e-12 * UNSEEDED.nextGaussian() : 1);
            }

            @Override
            public State restore(StateSnapshot snapshot) {
                double base = snapshot.number("base");
                return new State(base, fault == Fault.RESTORE_FORGETS ? base : snapshot.number("rate"), snapshot.steps());
            }
        };
    }

    static final class State implements ScheduleState {
        final double base;
        double rate;
        long steps;

        State(double base, double rate, long steps) {
            this.base = base;
            this.rate = rate;
            this.steps = steps;
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
            return StateSnapshot.builder(0, steps).number("base", base).number("rate", rate).build();
        }
    }

    /** Correct, but not listed in META-INF/services: only the discovery rule fails. */
    public static final class Unregistered extends FaultyDecay {
        /** Made by the discovery rule. */
        public Unregistered() {
        }
    }

    /** Correct and listed, but its constructor allocates 4 MiB: only the cheap-construction rule fails. */
    public static final class Heavy extends FaultyDecay {
        private final double[] ballast = new double[1 << 19];

        /** Made by the cheap-construction rule. */
        public Heavy() {
            ballast[0] = 1;
        }
    }
}
