package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.tck.FaultyDecay.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

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

    private static List<String> failed(Class<? extends Subject> subject) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(subject)).execute().testEvents().failed().stream()
                .map(Event::getTestDescriptor).map(d -> d.getDisplayName().split(" ")[0]).sorted().toList();
    }

    @Test
    void eachRuleCatchesTheFaultItExistsForAndACorrectScheduleKeepsThemAll() {
        assertThat(EngineTestKit.engine("junit-jupiter").selectors(selectClass(Correct.class)).execute().testEvents().succeeded().count())
                .isEqualTo(6);
        assertThat(failed(Correct.class)).isEmpty();
        assertThat(failed(UnsupportedApi.class)).containsExactly("S1");
        assertThat(failed(GoesNegative.class)).containsExactly("S4");
        assertThat(failed(RestoreForgets.class)).containsExactly("S5");
        assertThat(failed(Random.class)).contains("S6").doesNotContain("S1", "S2", "S3", "S4");
    }
}
