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

    static class CreateIgnoresAppliesTo extends Subject {
        @Override
        Fault fault() {
            return Fault.CREATE_IGNORES_APPLIES_TO;
        }
    }

    static class InaccurateWithoutAGradient extends Subject {
        @Override
        Fault fault() {
            return Fault.INACCURATE_WITHOUT_A_GRADIENT;
        }
    }

    static class Unregistered extends Correct {
        @Override
        public GradientEstimatorProvider provider() {
            return new FaultyCentral.Unregistered();
        }
    }

    static class Heavy extends Correct {
        @Override
        public GradientEstimatorProvider provider() {
            return new FaultyCentral.Heavy();
        }
    }

    @Test
    void correctCentralDifferencesPassEveryRule() {
        Events events = RuleRuns.rules(Correct.class);
        assertThat(events.failed().count()).as("failed: %s", RuleRuns.failedIds(Correct.class)).isZero();
        assertThat(events.aborted().count()).as("skipped").isZero();
        assertThat(events.succeeded().count()).isEqualTo(11);
    }

    @Test
    void theApplicabilityAndDiscoveryRulesCatchTheirFaults() {
        assertThat(RuleRuns.failedIds(CreateIgnoresAppliesTo.class)).containsExactly("E10");
        assertThat(RuleRuns.failedIds(InaccurateWithoutAGradient.class)).containsExactly("E11");
        assertThat(RuleRuns.failedIds(Unregistered.class)).containsExactly("E8");
        assertThat(RuleRuns.failedIds(Heavy.class)).containsExactly("E9");
        // an estimator that applies only to objectives with a gradient skips E11, with the reason
        assertThat(RuleRuns.skipped(AppliesToNothing.class)).containsExactly("E11 [optional: applies to objectives without a gradient] "
                + "on such an objective the estimate is accurate and its value calls all counted: Assumption failed: "
                + "it does not apply to objectives without a gradient");
    }

    @Test
    void eachRuleCatchesTheFaultItExistsFor() {
        assertThat(RuleRuns.failedIds(UnsupportedApi.class)).containsExactly("E1");
        // it says it applies to nothing, yet makes estimators: E10 sees the contradiction too
        assertThat(RuleRuns.failedIds(AppliesToNothing.class)).containsExactly("E10", "E4");
        assertThat(RuleRuns.failedIds(StepTooLarge.class)).containsExactly("E11", "E5");
        assertThat(RuleRuns.failedIds(WritesIntoThePoint.class)).contains("E5").doesNotContain("E1", "E2", "E3", "E4", "E6");
        assertThat(RuleRuns.failedIds(Undercounts.class)).containsExactly("E11", "E6");
        assertThat(RuleRuns.failedIds(RandomStep.class)).containsExactly("E7");
    }
}
