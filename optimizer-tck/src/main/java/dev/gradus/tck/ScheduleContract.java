package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.schedule.ScheduleState;
import dev.gradus.api.spi.ScheduleProvider;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every learning-rate schedule provider keeps. A provider's test class implements
 * this interface and returns its provider; every rule then runs as a test named by its id
 * ({@code S1} ...). The schedules are driven as the engine drives them: {@code init(0.1, 200)},
 * then {@code step} after each of 200 updates with a loss that falls and then plateaus. See
 * CONTRACT.md.
 */
public interface ScheduleContract {

    /** The provider under test; called once per rule. */
    ScheduleProvider provider();

    /** Parameter values (as text, like {@code --schedule id:K=V}) the schedule is made with; the defaults when empty. */
    default Map<String, String> parameterValues() {
        return Map.of();
    }

    /** The base learning rate and the budget the rules drive with. */
    double BASE = 0.1;
    /** The step budget the rules drive with. */
    long BUDGET = 200;

    @Test
    @DisplayName("S1 [required] info is well-formed, stable, and built for a supported API")
    default void scheduleInfoIsWellFormed() {
        ProviderChecks.infoIsWellFormed(provider());
    }

    @Test
    @DisplayName("S2 [required] parameters are well-formed: snake_case names, descriptions, defaults in bounds")
    default void scheduleParametersAreWellFormed() {
        ProviderChecks.parametersAreWellFormed(provider());
    }

    @Test
    @DisplayName("S3 [required] every out-of-range value is refused, naming the parameter")
    default void scheduleOutOfRangeValuesAreRefused() {
        ProviderChecks.outOfRangeValuesAreRefused(provider());
    }

    @Test
    @DisplayName("S4 [required] the rate is finite and >= 0 at every step, and the state counts its steps")
    default void ratesAreFiniteAndCounted() {
        Driven run = Driven.start(schedule());
        for (long k = 0; k <= BUDGET; k++) {
            assertThat(run.state.learningRate()).as("the rate after %d steps", k).isFinite().isGreaterThanOrEqualTo(0.0);
            assertThat(run.state.steps()).as("steps()").isEqualTo(k);
            run.step(k);
        }
    }

    @Test
    @DisplayName("S5 [required] a restored snapshot continues exactly as the original state")
    default void restoredScheduleContinuesExactly() {
        Driven original = Driven.start(schedule());
        for (long k = 0; k < 80; k++) {
            original.step(k);
        }
        Driven restored = original.restored();
        for (long k = 80; k < BUDGET; k++) {
            original.step(k);
            restored.step(k);
            assertThat(restored.state.learningRate()).as("the rate after %d steps", k + 1).isEqualTo(original.state.learningRate());
        }
        assertThat(restored.state.snapshot()).isEqualTo(original.state.snapshot());
    }

    @Test
    @DisplayName("S6 [required] schedules are deterministic")
    default void schedulesAreDeterministic() {
        Driven a = Driven.start(schedule());
        Driven b = Driven.start(schedule());
        for (long k = 0; k < BUDGET; k++) {
            a.step(k);
            b.step(k);
            assertThat(b.state.learningRate()).as("the rate after %d steps", k + 1).isEqualTo(a.state.learningRate());
        }
    }

    @Test
    @DisplayName("S7 [required] ServiceLoader finds it: a public class with a public no-arg constructor, listed in META-INF/services")
    default void scheduleIsDiscoverable() {
        ProviderChecks.isDiscoverable(ScheduleProvider.class, provider());
    }

    @Test
    @DisplayName("S8 [required] construction is cheap: under 1 MiB allocated, no thread left running")
    default void scheduleConstructionIsCheap() {
        ProviderChecks.constructionIsCheap(provider());
    }

    private LearningRateSchedule<?> schedule() {
        ScheduleProvider provider = provider();
        return provider.create(provider.parameters().parse(provider.info().id(), parameterValues()));
    }

    /** A schedule and its state, stepped with a loss that falls for 100 steps and then stays. */
    final class Driven {
        private final Stepper stepper;
        final ScheduleState state;

        private Driven(Stepper stepper, ScheduleState state) {
            this.stepper = stepper;
            this.state = state;
        }

        static Driven start(LearningRateSchedule<?> schedule) {
            return typed(schedule);
        }

        private static <S extends ScheduleState> Driven typed(LearningRateSchedule<S> schedule) {
            S state = schedule.init(BASE, BUDGET);
            return new Driven(new Stepper() {
                @Override
                public void step(ScheduleState s, double loss) {
                    schedule.step(cast(s), loss);
                }

                @SuppressWarnings("unchecked")
                private S cast(ScheduleState s) {
                    return (S) s;
                }

                @Override
                public ScheduleState restore(ScheduleState s) {
                    return schedule.restore(s.snapshot());
                }
            }, state);
        }

        void step(long k) {
            stepper.step(state, k < 100 ? 1.0 / (1 + k) : 0.01);
        }

        Driven restored() {
            return new Driven(stepper, stepper.restore(state));
        }

        private interface Stepper {
            void step(ScheduleState state, double loss);

            ScheduleState restore(ScheduleState state);
        }
    }
}
