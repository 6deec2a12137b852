package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.tck.FaultyCentral.Fault;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/** The estimator contract against correct central differences and against copies that each plant one fault. */
class EstimatorContractSelfTest {

    abstract static class Subject implements EstimatorContract {
        abstract Fault fault();

        @Override
        public GradientEstimatorProvider provider() {
            return new FaultyCentral(fault());
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

    static class AppliesToNothing extends Subject {
        @Override
        Fault fault() {
            return Fault.APPLIES_TO_NOTHING;
        }
    }

    static class StepTooLarge extends Subject {
        @Override
        Fault fault() {
            return Fault.STEP_TOO_LARGE;
        }
    }

    static class WritesIntoThePoint extends Subject {
        @Override
        Fault fault() {
            return Fault.WRITES_INTO_THE_POINT;
        }
    }

    static class Undercounts extends Subject {
        @Override
        Fault fault() {
            return Fault.UNDERCOUNTS;
        }
    }

    static class RandomStep extends Subject {
        @Override
        Fault fault() {
            return Fault.RANDOM_STEP;
        }
    }

    @Test
    void correctCentralDifferencesPassEveryRule() {
        Events events = RuleRuns.rules(Correct.class);
        assertThat(events.failed().count()).as("failed: %s", RuleRuns.failedIds(Correct.class)).isZero();
        assertThat(events.succeeded().count()).isEqualTo(7);
    }

    @Test
    void eachRuleCatchesTheFaultItExistsFor() {
        assertThat(RuleRuns.failedIds(UnsupportedApi.class)).containsExactly("E1");
        assertThat(RuleRuns.failedIds(AppliesToNothing.class)).containsExactly("E4");
        assertThat(RuleRuns.failedIds(StepTooLarge.class)).containsExactly("E5");
        assertThat(RuleRuns.failedIds(WritesIntoThePoint.class)).contains("E5").doesNotContain("E1", "E2", "E3", "E4", "E6");
        assertThat(RuleRuns.failedIds(Undercounts.class)).containsExactly("E6");
        assertThat(RuleRuns.failedIds(RandomStep.class)).containsExactly("E7");
    }
}
