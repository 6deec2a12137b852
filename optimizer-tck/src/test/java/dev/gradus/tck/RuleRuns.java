package dev.gradus.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** What the self-tests share: every rule of a contract run on one subject, and the ids of those that failed. */
final class RuleRuns {
    private RuleRuns() {
    }

    /** The test events of running every rule on {@code subject}. */
    static Events rules(Class<?> subject) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(subject)).execute().testEvents();
    }

    /** The ids ({@code O4}, {@code J6}, ...) of the rules that failed on {@code subject}, sorted. */
    static List<String> failedIds(Class<?> subject) {
        return rules(subject).failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName().split(" ")[0]).sorted().toList();
    }
}
