package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.tck.FaultyDecay.Fault;
import org.junit.jupiter.api.Test;

/** The schedule contract against a correct decay and against copies that each plant one fault. */
class ScheduleContractSelfTest {

    abstract static class Subject implements ScheduleContract {
        abstract Fault fault();

        @Override
        public ScheduleProvider provider() {
            return new FaultyDecay(fault());
        }
    }

    static class Correct extends Subject {
        @Override
        Fault fault() {
            return Fault.NONE;
        }
    }

    static class UnsupportedApi extends Subject {
        @Override
        Fault fault() {
            return Fault.UNSUPPORTED_API;
        }
    }

    static class GoesNegative extends Subject {
        @Override
        Fault fault() {
            return Fault.GOES_NEGATIVE;
        }
    }

    static class RestoreForgets extends Subject {
        @Override
        Fault fault() {
            return Fault.RESTORE_FORGETS;
        }
    }

    static class Random extends Subject {
        @Override
        Fault fault() {
            return Fault.RANDOM;
        }
    }

    static class Unregistered extends Correct {
        @Override
        public ScheduleProvider provider() {
            return new FaultyDecay.Unregistered();
        }
    }

    static class Heavy extends Correct {
        @Override
        public ScheduleProvider provider() {
            return new FaultyDecay.Heavy();
        }
    }

    @Test
    void eachRuleCatchesTheFaultItExistsForAndACorrectScheduleKeepsThemAll() {
        assertThat(RuleRuns.rules(Correct.class).succeeded().count())
                .isEqualTo(8);
        assertThat(RuleRuns.failedIds(Unregistered.class)).containsExactly("S7");
        assertThat(RuleRuns.failedIds(Heavy.class)).containsExactly("S8");
        assertThat(RuleRuns.failedIds(Correct.class)).isEmpty();
        assertThat(RuleRuns.failedIds(UnsupportedApi.class)).containsExactly("S1");
        assertThat(RuleRuns.failedIds(GoesNegative.class)).containsExactly("S4");
        assertThat(RuleRuns.failedIds(RestoreForgets.class)).containsExactly("S5");
        assertThat(RuleRuns.failedIds(Random.class)).contains("S6").doesNotContain("S1", "S2", "S3", "S4");
    }
}
