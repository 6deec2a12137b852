package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How the step workers take ranges, hand failures back, wait and share themselves between callers. */
class StepWorkersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * Adds the gradient to each coordinate of its range; records who ran which range; fails where
     * told, and lingers before the ranges a worker takes (all but the first) when told.
     */
    private static final class Probe extends ElementwiseStep {
        final Map<Integer, String> threadByRangeStart = new ConcurrentHashMap<>();
        final Set<Integer> failAt = ConcurrentHashMap.newKeySet();
        volatile Throwable planted;
        volatile long lingerMillis;

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            String thread = Thread.currentThread().getName();
            threadByRangeStart.put(from, thread);
            if (lingerMillis > 0 && from > 0) {
                try {
                    Thread.sleep(lingerMillis);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            for (int i = from; i < to; i++) {
                x[i] += gradient[i];
                if (failAt.contains(i)) {
                    if (planted instanceof Error e) {
                        throw e;
                    }
                    throw new IllegalStateException("coordinate " + i + " on " + thread);
                }
            }
        }
    }

    private static double[] ones(int n) {
        double[] g = new double[n];
        Arrays.fill(g, 1);
        return g;
    }

    @Test
    void aWorkersFailureReachesTheCallerAndTheWorkerServesTheNextStep() {
        StepWorkers workers = new StepWorkers(1);
        Probe probe = new Probe();
        double[] x = new double[1000];
        probe.failAt.add(999);

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> workers.apply(probe, x, ones(1000), 2, true)));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("coordinate 999 on gradus-step-1");
        // the caller's half was done, and the worker's up to where it failed
        assertThat(Arrays.copyOfRange(x, 0, 1000)).containsOnly(1);
        assertThat(probe.x).as("the caller's arrays, let go").isNull();

        probe.failAt.clear();
        int threads = assertTimeoutPreemptively(PATIENCE, () -> workers.apply(probe, x, ones(1000), 2, true));
        assertThat(threads).isEqualTo(2);
        assertThat(x).containsOnly(2);
        assertThat(probe.threadByRangeStart).containsEntry(500, "gradus-step-1");
    }

    @Test
    void anErrorInAWorkerIsThrownAsItself() {
        StepWorkers workers = new StepWorkers(1);
        Probe probe = new Probe();
        AssertionError planted = new AssertionError("planted");
        probe.planted = planted;
        probe.failAt.add(7);

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> workers.apply(probe, new double[10], ones(10), 2, true)));

        assertThat(thrown).isSameAs(planted);
        assertThat(probe.threadByRangeStart).containsEntry(5, "gradus-step-1");
    }

    @Test
    void theCallerWaitsForTheWorkersBeforeThrowingItsOwnFailure() {
        StepWorkers workers = new StepWorkers(1);
        Probe probe = new Probe();
        probe.lingerMillis = 300;
        probe.failAt.add(0);
        double[] x = new double[100];

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> workers.apply(probe, x, ones(100), 2, true)));

        assertThat(thrown).hasMessageStartingWith("coordinate 0 on ");
        // the worker's half is complete when apply returns, though it started 300 ms late
        assertThat(Arrays.copyOfRange(x, 50, 100)).containsOnly(1);
        assertThat(x[0]).isEqualTo(1);
        assertThat(Arrays.copyOfRange(x, 1, 50)).containsOnly(0);
    }

    @Test
    void whereSeveralRangesFailTheOneOfTheLowestCoordinatesIsThrown() {
        StepWorkers workers = new StepWorkers(3);
        Probe probe = new Probe();
        probe.failAt.addAll(List.of(30, 99));

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> workers.apply(probe, new double[100], ones(100), 4, true)));

        assertThat(thrown).hasMessageStartingWith("coordinate 30 on gradus-step-");
        assertThat(probe.threadByRangeStart).containsOnlyKeys(0, 25, 50, 75);
    }

    @Test
    void anInterruptedCallerStillWaitsForTheWorkersAndKeepsItsInterrupt() {
        StepWorkers workers = new StepWorkers(1);
        Probe probe = new Probe();
        probe.lingerMillis = 200;
        double[] x = new double[100];

        boolean stillInterrupted = assertTimeoutPreemptively(PATIENCE, () -> {
            Thread.currentThread().interrupt();
            workers.apply(probe, x, ones(100), 2, true);
            return Thread.interrupted();
        });

        assertThat(stillInterrupted).isTrue();
        assertThat(x).containsOnly(1);
    }

    @Test
    void concurrentCallersNeverShareAWorkerAndUpdateEveryCoordinateOncePerStep() {
        StepWorkers workers = new StepWorkers(2);
        int callers = 4;
        int steps = 300;
        int n = 10_001;
        double[][] points = new double[callers][n];
        AtomicLong threadsUsed = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        CyclicBarrier together = new CyclicBarrier(callers);

        assertTimeoutPreemptively(PATIENCE, () -> {
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < callers; c++) {
                double[] x = points[c];
                boolean patient = c % 2 == 0;
                Thread thread = new Thread(() -> {
                    Probe probe = new Probe();
                    double[] g = ones(n);
                    try {
                        together.await();
                        for (int s = 0; s < steps; s++) {
                            // half the callers patient, half taking unstarted ranges back
                            int used = workers.apply(probe, x, g, 3, patient);
                            assertThat(used).isBetween(1, 3);
                            threadsUsed.addAndGet(used);
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        });

        assertThat(failures).isEmpty();
        for (double[] x : points) {
            assertThat(x).containsOnly(steps);
        }
        assertThat(threadsUsed.get()).as("threads over all steps: some steps were shared").isGreaterThan((long) callers * steps);
    }

    @Test
    void aCallerThatFindsEveryWorkerBusyRunsTheStepItself() {
        StepWorkers workers = new StepWorkers(1);
        Probe slow = new Probe();
        slow.lingerMillis = 500;
        Probe quick = new Probe();
        double[] x = new double[100];
        double[] y = new double[100];

        assertTimeoutPreemptively(PATIENCE, () -> {
            Thread holder = new Thread(() -> workers.apply(slow, x, ones(100), 2, true));
            holder.start();
            while (slow.threadByRangeStart.size() < 2) {
                Thread.onSpinWait();
            }
            // the only worker sleeps in the slow step's range
            assertThat(workers.apply(quick, y, ones(100), 2, true)).isEqualTo(1);
            holder.join();
        });

        assertThat(quick.threadByRangeStart).containsOnlyKeys(0);
        assertThat(y).containsOnly(1);
        assertThat(x).containsOnly(1);
    }

    @Test
    void anImpatientStepTakesBackTheRangesNoWorkerStartedAndRunsThemItself() {
        StepWorkers idle = new StepWorkers(2, false);
        Probe probe = new Probe();
        double[] x = new double[90];
        String caller = Thread.currentThread().getName();

        int first = idle.apply(probe, x, ones(90), 3, false);
        int second = idle.apply(probe, x, ones(90), 3, false);

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        assertThat(x).containsOnly(2);
        // three ranges both times, so both workers were claimed again: the first step released them
        assertThat(probe.threadByRangeStart).containsOnlyKeys(0, 30, 60).allSatisfy((start, thread) -> assertThat(thread).isEqualTo(caller));
        assertThat(probe.x).isNull();
    }

    @Test
    void aFailureInATakenBackRangeIsThrownInCoordinateOrder() {
        StepWorkers idle = new StepWorkers(2, false);
        Probe probe = new Probe();
        probe.failAt.addAll(List.of(40, 70));
        String caller = Thread.currentThread().getName();

        Throwable thrown = catchThrowable(() -> idle.apply(probe, new double[90], ones(90), 3, false));

        assertThat(thrown).hasMessage("coordinate 40 on " + caller);
    }

    @Test
    void aPatientStepDoesNotHangOnAWorkerThatNeverRuns() {
        StepWorkers idle = new StepWorkers(1, false);
        Probe probe = new Probe();
        double[] x = new double[10];

        int threads = assertTimeoutPreemptively(PATIENCE, () -> idle.apply(probe, x, ones(10), 2, true));

        assertThat(x).containsOnly(1);
        assertThat(probe.threadByRangeStart).containsOnlyKeys(0, 5);
        assertThat(threads).as("the caller ran both ranges").isEqualTo(1);
    }

    @Test
    void theAutomaticChoiceIsOneThreadBelowTheThresholdAndEveryProcessorFromIt() {
        int processors = Runtime.getRuntime().availableProcessors();

        assertThat(ElementwiseStep.wanted(0, ElementwiseStep.PARALLEL_DIMENSION - 1)).isEqualTo(1);
        assertThat(ElementwiseStep.wanted(0, ElementwiseStep.PARALLEL_DIMENSION)).isEqualTo(processors);
        assertThat(ElementwiseStep.wanted(1, 100_000_000)).isEqualTo(1);
        assertThat(ElementwiseStep.wanted(5, 10)).isEqualTo(5);
        assertThat(ElementwiseStep.wanted(3, 2)).as("at most one thread a coordinate").isEqualTo(2);
    }

    @Test
    void theThreadsPropertyIsAWholeNumberAtLeastZeroAndZeroWhenUnset() {
        assertThat(ElementwiseStep.threads(null)).isZero();
        assertThat(ElementwiseStep.threads("")).isZero();
        assertThat(ElementwiseStep.threads("0")).isZero();
        assertThat(ElementwiseStep.threads("1")).isEqualTo(1);
        assertThat(ElementwiseStep.threads(" 3 ")).isEqualTo(3);
        assertThatThrownBy(() -> ElementwiseStep.threads("-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dgradus.step.threads must be 0 (choose), 1 (serial) or a number of threads, not '-1'");
        assertThatThrownBy(() -> ElementwiseStep.threads("two")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'two'");
    }
}
