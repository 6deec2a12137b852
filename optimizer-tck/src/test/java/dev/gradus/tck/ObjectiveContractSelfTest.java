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

    @Test
    void aCorrectObjectivePassesEveryRule() {
        Events events = RuleRuns.rules(Correct.class);
        assertThat(events.failed().count()).as("failed: %s", RuleRuns.failedIds(Correct.class)).isZero();
        assertThat(events.succeeded().count()).isEqualTo(7);
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
