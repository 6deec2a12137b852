package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.tck.FaultyCentral.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
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

    private static Events rules(Class<? extends Subject> subject) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(subject)).execute().testEvents();
    }

    private static List<String> failed(Class<? extends Subject> subject) {
        return rules(subject).failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName().split(" ")[0]).sorted().toList();
    }

    @Test
    void correctCentralDifferencesPassEveryRule() {
        Events events = rules(Correct.class);
        assertThat(events.failed().count()).as("failed: %s", failed(Correct.class)).isZero();
        assertThat(events.succeeded().count()).isEqualTo(7);
    }

    @Test
    void eachRuleCatchesTheFaultItExistsFor() {
        assertThat(failed(UnsupportedApi.class)).containsExactly("E1");
        assertThat(failed(AppliesToNothing.class)).containsExactly("E4");
        assertThat(failed(StepTooLarge.class)).containsExactly("E5");
        assertThat(failed(WritesIntoThePoint.class)).contains("E5").doesNotContain("E1", "E2", "E3", "E4", "E6");
        assertThat(failed(Undercounts.class)).containsExactly("E6");
        assertThat(failed(RandomStep.class)).containsExactly("E7");
    }
}
