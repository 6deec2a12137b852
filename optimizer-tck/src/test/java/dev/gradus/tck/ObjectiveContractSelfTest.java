package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.tck.FaultyBowl.Fault;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/** The objective contract against a correct bowl and against bowls that each plant one fault. */
class ObjectiveContractSelfTest {

    abstract static class Subject implements ObjectiveContract {
        abstract Fault fault();

        @Override
        public ObjectiveProvider provider() {
            return new FaultyBowl(fault());
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

    static class GradientOffByTwo extends Subject {
        @Override
        Fault fault() {
            return Fault.GRADIENT_OFF_BY_TWO;
        }
    }

    static class MinimumListedElsewhere extends Subject {
        @Override
        Fault fault() {
            return Fault.MINIMUM_LISTED_ELSEWHERE;
        }
    }

    static class MetadataOfAnotherDimension extends Subject {
        @Override
        Fault fault() {
            return Fault.METADATA_OF_ANOTHER_DIMENSION;
        }
    }

    static class ValueWritesIntoThePoint extends Subject {
        @Override
        Fault fault() {
            return Fault.VALUE_WRITES_INTO_THE_POINT;
        }
    }

    static class DoesNotDeclareItsGradient extends Subject {
        @Override
        Fault fault() {
            return Fault.DOES_NOT_DECLARE_ITS_GRADIENT;
        }
    }

    static class Unregistered extends Correct {
        @Override
        public ObjectiveProvider provider() {
            return new FaultyBowl.Unregistered();
        }
    }

    static class Heavy extends Correct {
        @Override
        public ObjectiveProvider provider() {
            return new FaultyBowl.Heavy();
        }
    }

    /** The stochastic objective, correct or with one fault. */
    static class Batches implements ObjectiveContract {
        FaultyBatches.Fault fault() {
            return FaultyBatches.Fault.NONE;
        }

        @Override
        public ObjectiveProvider provider() {
            return new FaultyBatches(fault());
        }
    }

    static class FullValueFollowsTheBatch extends Batches {
        @Override
        FaultyBatches.Fault fault() {
            return FaultyBatches.Fault.FULL_VALUE_FOLLOWS_THE_BATCH;
        }
    }

    static class DoesNotDeclareStochastic extends Batches {
        @Override
        FaultyBatches.Fault fault() {
            return FaultyBatches.Fault.DOES_NOT_DECLARE_STOCHASTIC;
        }
    }

    @Test
    void aCorrectObjectivePassesEveryRuleAndSkipsTheStochasticOne() {
        Events events = RuleRuns.rules(Correct.class);
        assertThat(events.failed().count()).as("failed: %s", RuleRuns.failedIds(Correct.class)).isZero();
        assertThat(events.succeeded().count()).isEqualTo(10);
        assertThat(RuleRuns.skipped(Correct.class)).containsExactly("J11 [optional: STOCHASTIC] batches: every example before the first selection, "
                + "the full value untouched by selection, equal batches equal values: Assumption failed: the provider does not declare STOCHASTIC");
    }

    @Test
    void aCorrectStochasticObjectivePassesEveryRule() {
        Events events = RuleRuns.rules(Batches.class);
        assertThat(events.failed().count()).as("failed: %s", RuleRuns.failedIds(Batches.class)).isZero();
        assertThat(events.aborted().count()).as("skipped").isZero();
        assertThat(events.succeeded().count()).isEqualTo(11);
    }

    @Test
    void theCapabilityAndDiscoveryRulesCatchTheirFaults() {
        assertThat(RuleRuns.failedIds(DoesNotDeclareItsGradient.class)).containsExactly("J8");
        assertThat(RuleRuns.skipped(DoesNotDeclareItsGradient.class)).hasSize(2).anySatisfy(s -> assertThat(s).startsWith("J6 [optional: EXACT_GRADIENT]")
                .endsWith("the provider does not declare EXACT_GRADIENT"));
        assertThat(RuleRuns.failedIds(DoesNotDeclareStochastic.class)).containsExactly("J8");
        assertThat(RuleRuns.failedIds(FullValueFollowsTheBatch.class)).containsExactly("J11");
        assertThat(RuleRuns.failedIds(Unregistered.class)).containsExactly("J9");
        assertThat(RuleRuns.failedIds(Heavy.class)).containsExactly("J10");
    }

    @Test
    void eachRuleCatchesTheFaultItExistsFor() {
        assertThat(RuleRuns.failedIds(UnsupportedApi.class)).containsExactly("J1");
        assertThat(RuleRuns.failedIds(MetadataOfAnotherDimension.class)).contains("J4");
        assertThat(RuleRuns.failedIds(ValueWritesIntoThePoint.class)).contains("J5").doesNotContain("J1", "J2", "J3", "J4");
        assertThat(RuleRuns.failedIds(GradientOffByTwo.class)).containsExactly("J6");
        assertThat(RuleRuns.failedIds(MinimumListedElsewhere.class)).containsExactly("J7");
    }
}
