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

    /**
     * The display names of the rules skipped on {@code subject} (optional rules whose capability it
     * does not declare: JUnit reports an assumption that fails as an aborted test), each with its
     * reason after a colon, sorted.
     */
    static List<String> skipped(Class<?> subject) {
        return rules(subject).aborted().stream()
                .map(e -> e.getTestDescriptor().getDisplayName() + ": " + e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(r -> r.getThrowable()).map(Throwable::getMessage).orElse("(no reason)"))
                .sorted().toList();
    }

    /** The failure message of rule {@code id} on {@code subject}; fails when that rule did not fail. */
    static String failureMessage(Class<?> subject, String id) {
        return rules(subject).failed().stream().filter(e -> e.getTestDescriptor().getDisplayName().startsWith(id + " "))
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).flatMap(r -> r.getThrowable()).map(Throwable::getMessage)
                        .orElse(""))
                .findFirst().orElseThrow(() -> new AssertionError(id + " did not fail on " + subject.getSimpleName()));
    }

    /** The ids ({@code O4}, {@code J6}, ...) of the rules that failed on {@code subject}, sorted. */
    static List<String> failedIds(Class<?> subject) {
        return rules(subject).failed().stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName().split(" ")[0]).sorted().toList();
    }
}
