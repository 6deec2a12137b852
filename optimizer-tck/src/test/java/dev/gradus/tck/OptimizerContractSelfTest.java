package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.tck.FaultyMomentum.Fault;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the optimizer contract against a correct optimizer and against fakes that each break one
 * rule, and checks that exactly the right rules fail. The subjects are nested classes, so the build
 * does not run them on their own.
 */
class OptimizerContractSelfTest {

    /** A contract subject: the faulty momentum with one fault, tuned to converge when it is correct. */
    abstract static class Subject implements OptimizerContract {
        abstract Fault fault();

        @Override
        public OptimizerProvider provider() {
            return new FaultyMomentum(fault());
        }

        @Override
        public Map<String, String> convergenceParameters() {
            return fault() == Fault.LR_IS_AN_INTEGER ? Map.of() : Map.of("lr", "0.1");
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

    static class LrIsAnInteger extends Subject {
        @Override
        Fault fault() {
            return Fault.LR_IS_AN_INTEGER;
        }
    }

    static class CreateThrows extends Subject {
        @Override
        Fault fault() {
            return Fault.CREATE_THROWS;
        }
    }

    static class WritesIntoTheGradient extends Subject {
        @Override
        Fault fault() {
            return Fault.WRITES_INTO_THE_GRADIENT;
        }
    }

    static class ForgetsToCountSteps extends Subject {
        @Override
        Fault fault() {
            return Fault.FORGETS_TO_COUNT_STEPS;
        }
    }

    static class RandomJitter extends Subject {
        @Override
        Fault fault() {
            return Fault.RANDOM_JITTER;
        }
    }

    static class SharesStateBetweenRuns extends Subject {
        @Override
        Fault fault() {
            return Fault.SHARES_STATE_BETWEEN_RUNS;
        }
    }

    static class RestoreLosesVelocity extends Subject {
        @Override
        Fault fault() {
            return Fault.RESTORE_LOSES_VELOCITY;
        }
    }

    static class StandsStill extends Subject {
        @Override
        Fault fault() {
            return Fault.STANDS_STILL;
        }
    }

    static class CallsItsVelocityAScale extends Subject {
        @Override
        Fault fault() {
            return Fault.CALLS_ITS_VELOCITY_A_SCALE;
        }
    }

    static class HangsOnANanGradient extends Subject {
        @Override
        Fault fault() {
            return Fault.HANGS_ON_A_NAN_GRADIENT;
        }
    }

    static class DoesNotDeclareItsVectors extends Subject {
        @Override
        Fault fault() {
            return Fault.DOES_NOT_DECLARE_ITS_VECTORS;
        }
    }

    static class Unregistered extends Correct {
        @Override
        public OptimizerProvider provider() {
            return new FaultyMomentum.Unregistered();
        }
    }

    static class Heavy extends Correct {
        @Override
        public OptimizerProvider provider() {
            return new FaultyMomentum.Heavy();
        }
    }

    static class Threaded extends Correct {
        @Override
        public OptimizerProvider provider() {
            return new FaultyMomentum.Threaded();
        }
    }

    @Test
    void aCorrectOptimizerPassesEveryRule() {
        Events events = RuleRuns.rules(Correct.class);

        assertThat(events.failed().count()).as("failed rules: %s", RuleRuns.failedIds(Correct.class)).isZero();
        assertThat(events.aborted().count()).as("skipped rules").isZero();
        assertThat(events.succeeded().count()).isEqualTo(16);
        assertThat(events.succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .contains("O5 [required] update does not modify the gradient")
                .contains("O13 [optional: STATE_VECTORS] the state vectors keep their names and length, each has a kind, and a scale is never negative");
    }

    @Test
    void o6CatchesVectorsNamedWithoutTheCapabilityAndO13IsThenSkippedWithItsReason() {
        assertThat(RuleRuns.failedIds(DoesNotDeclareItsVectors.class)).containsExactly("O6");
        assertThat(RuleRuns.skipped(DoesNotDeclareItsVectors.class)).containsExactly(
                "O13 [optional: STATE_VECTORS] the state vectors keep their names and length, each has a kind, and a scale is never negative"
                        + ": Assumption failed: the provider does not declare STATE_VECTORS");
    }

    @Test
    void o15CatchesAProviderMissingFromMetaInfServices() {
        assertThat(RuleRuns.failedIds(Unregistered.class)).containsExactly("O15");
        assertThat(RuleRuns.failureMessage(Unregistered.class, "O15")).contains("FaultyMomentum$Unregistered is listed in META-INF/services/"
                + "dev.gradus.api.spi.OptimizerProvider");
    }

    @Test
    void o16CatchesAConstructorThatAllocatesOrStartsAThread() {
        assertThat(RuleRuns.failedIds(Heavy.class)).containsExactly("O16");
        assertThat(RuleRuns.failureMessage(Heavy.class, "O16")).contains("bytes allocated by new Heavy()");
        assertThat(RuleRuns.failedIds(Threaded.class)).containsExactly("O16");
        assertThat(RuleRuns.failureMessage(Threaded.class, "O16")).contains("threads still running after new Threaded()", "faulty-momentum-idler");
    }

    @Test
    void o1CatchesAProviderBuiltForANewerApi() {
        assertThat(RuleRuns.failedIds(UnsupportedApi.class)).containsExactly("O1");
    }

    @Test
    void o2CatchesALearningRateThatIsNotReal() {
        // the rules that run the optimizer cannot read a real learning rate either; O2 is the one that says why
        assertThat(RuleRuns.failedIds(LrIsAnInteger.class)).contains("O2").doesNotContain("O1", "O3", "O4");
    }

    @Test
    void o3CatchesAProviderThatCannotMakeItsOptimizer() {
        assertThat(RuleRuns.failedIds(CreateThrows.class)).contains("O3").doesNotContain("O1", "O2", "O4");
    }

    @Test
    void o5CatchesAnUpdateThatWritesIntoTheGradient() {
        assertThat(RuleRuns.failedIds(WritesIntoTheGradient.class)).containsExactly("O5");
    }

    @Test
    void o6CatchesAStateThatDoesNotCountItsSteps() {
        assertThat(RuleRuns.failedIds(ForgetsToCountSteps.class)).contains("O6").doesNotContain("O7", "O8", "O10", "O11");
    }

    @Test
    void o7CatchesANonDeterministicUpdate() {
        assertThat(RuleRuns.failedIds(RandomJitter.class)).contains("O7").doesNotContain("O1", "O2", "O3", "O4", "O5", "O6", "O10", "O11");
    }

    @Test
    void o8CatchesRunsThatShareState() {
        assertThat(RuleRuns.failedIds(SharesStateBetweenRuns.class)).contains("O8").doesNotContain("O1", "O2", "O3", "O4", "O5");
    }

    @Test
    void o9CatchesARestoreThatLosesState() {
        assertThat(RuleRuns.failedIds(RestoreLosesVelocity.class)).containsExactly("O9");
    }

    @Test
    void o10AndO11CatchAnOptimizerThatDoesNotMove() {
        assertThat(RuleRuns.failedIds(StandsStill.class)).containsExactly("O10", "O11", "O12");
    }

    @Test
    void o13CatchesADirectionDeclaredAsAScale() {
        assertThat(RuleRuns.failedIds(CallsItsVelocityAScale.class)).containsExactly("O13");
    }

    @Test
    void o14CatchesAnUpdateThatHangsOnANanGradient() {
        assertThat(RuleRuns.failedIds(HangsOnANanGradient.class)).containsExactly("O14");
    }
}
