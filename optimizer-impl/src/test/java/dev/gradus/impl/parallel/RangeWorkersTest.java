package dev.gradus.impl.parallel;

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
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** How the workers take ranges, hand failures back, wait and share themselves between callers. */
class RangeWorkersTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * Adds the gradient to each coordinate of its range; records who ran which range; fails where
     * told, and lingers before the ranges a worker takes (all but the first) when told.
     */
    private static final class Probe extends RangeJob {
        final Map<Integer, String> threadByRangeStart = new ConcurrentHashMap<>();
        final Map<Integer, Integer> partByRangeStart = new ConcurrentHashMap<>();
        final Set<Integer> failAt = ConcurrentHashMap.newKeySet();
        volatile Throwable planted;
        volatile long lingerMillis;
        double[] x;
        double[] gradient;

        /** Adds {@code gradient} to {@code x} on {@code workers}, as an element-wise step would. */
        int apply(RangeWorkers workers, double[] x, double[] gradient, int threads, HandOff handOff) {
            this.x = x;
            this.gradient = gradient;
            return workers.apply(this, x.length, threads, handOff);
        }

        @Override
        protected void run(int part, int from, int to) {
            partByRangeStart.put(from, part);
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
        RangeWorkers workers = new RangeWorkers(1);
        Probe probe = new Probe();
        double[] x = new double[1000];
        probe.failAt.add(999);

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> probe.apply(workers, x, ones(1000), 2, HandOff.PATIENT)));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("coordinate 999 on gradus-worker-1");
        // the caller's half was done, and the worker's up to where it failed
        assertThat(Arrays.copyOfRange(x, 0, 1000)).containsOnly(1);

        probe.failAt.clear();
        int threads = assertTimeoutPreemptively(PATIENCE, () -> probe.apply(workers, x, ones(1000), 2, HandOff.PATIENT));
        assertThat(threads).isEqualTo(2);
        assertThat(x).containsOnly(2);
        assertThat(probe.threadByRangeStart).containsEntry(500, "gradus-worker-1");
    }

    @Test
    void anErrorInAWorkerIsThrownAsItself() {
        RangeWorkers workers = new RangeWorkers(1);
        Probe probe = new Probe();
        AssertionError planted = new AssertionError("planted");
        probe.planted = planted;
        probe.failAt.add(7);

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> probe.apply(workers, new double[10], ones(10), 2, HandOff.PATIENT)));

        assertThat(thrown).isSameAs(planted);
        assertThat(probe.threadByRangeStart).containsEntry(5, "gradus-worker-1");
    }

    @Test
    void theCallerWaitsForTheWorkersBeforeThrowingItsOwnFailure() {
        RangeWorkers workers = new RangeWorkers(1);
        Probe probe = new Probe();
        probe.lingerMillis = 300;
        probe.failAt.add(0);
        double[] x = new double[100];

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> probe.apply(workers, x, ones(100), 2, HandOff.PATIENT)));

        assertThat(thrown).hasMessageStartingWith("coordinate 0 on ");
        // the worker's half is complete when apply returns, though it started 300 ms late
        assertThat(Arrays.copyOfRange(x, 50, 100)).containsOnly(1);
        assertThat(x[0]).isEqualTo(1);
        assertThat(Arrays.copyOfRange(x, 1, 50)).containsOnly(0);
    }

    @Test
    void whereSeveralRangesFailTheOneOfTheLowestCoordinatesIsThrown() {
        RangeWorkers workers = new RangeWorkers(3);
        Probe probe = new Probe();
        probe.failAt.addAll(List.of(30, 99));

        Throwable thrown = assertTimeoutPreemptively(PATIENCE, () -> catchThrowable(() -> probe.apply(workers, new double[100], ones(100), 4, HandOff.PATIENT)));

        assertThat(thrown).hasMessageStartingWith("coordinate 30 on gradus-worker-");
        assertThat(probe.threadByRangeStart).containsOnlyKeys(0, 25, 50, 75);
    }

    @Test
    void anInterruptedCallerStillWaitsForTheWorkersAndKeepsItsInterrupt() {
        RangeWorkers workers = new RangeWorkers(1);
        Probe probe = new Probe();
        probe.lingerMillis = 200;
        double[] x = new double[100];

        boolean stillInterrupted = assertTimeoutPreemptively(PATIENCE, () -> {
            Thread.currentThread().interrupt();
            probe.apply(workers, x, ones(100), 2, HandOff.PATIENT);
            return Thread.interrupted();
        });

        assertThat(stillInterrupted).isTrue();
        assertThat(x).containsOnly(1);
    }

    @Test
    void concurrentCallersNeverShareAWorkerAndUpdateEveryCoordinateOncePerStep() {
        RangeWorkers workers = new RangeWorkers(2);
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
                            int used = probe.apply(workers, x, g, 3, patient ? HandOff.PATIENT : HandOff.IMPATIENT);
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
        RangeWorkers workers = new RangeWorkers(1);
        Probe slow = new Probe();
        slow.lingerMillis = 500;
        Probe quick = new Probe();
        double[] x = new double[100];
        double[] y = new double[100];

        assertTimeoutPreemptively(PATIENCE, () -> {
            Thread holder = new Thread(() -> slow.apply(workers, x, ones(100), 2, HandOff.PATIENT));
            holder.start();
            while (slow.threadByRangeStart.size() < 2) {
                Thread.onSpinWait();
            }
            // the only worker sleeps in the slow step's range
            assertThat(quick.apply(workers, y, ones(100), 2, HandOff.PATIENT)).isEqualTo(1);
            holder.join();
        });

        assertThat(quick.threadByRangeStart).containsOnlyKeys(0);
        assertThat(y).containsOnly(1);
        assertThat(x).containsOnly(1);
    }

    @Test
    void anImpatientStepTakesBackTheRangesNoWorkerStartedAndRunsThemItself() {
        RangeWorkers idle = new RangeWorkers(2, false);
        Probe probe = new Probe();
        double[] x = new double[90];
        String caller = Thread.currentThread().getName();

        int first = probe.apply(idle, x, ones(90), 3, HandOff.IMPATIENT);
        int second = probe.apply(idle, x, ones(90), 3, HandOff.IMPATIENT);

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        assertThat(x).containsOnly(2);
        // three ranges both times, so both workers were claimed again: the first step released them
        assertThat(probe.threadByRangeStart).containsOnlyKeys(0, 30, 60).allSatisfy((start, thread) -> assertThat(thread).isEqualTo(caller));
    }

    @Test
    void aFailureInATakenBackRangeIsThrownInCoordinateOrder() {
        RangeWorkers idle = new RangeWorkers(2, false);
        Probe probe = new Probe();
        probe.failAt.addAll(List.of(40, 70));
        String caller = Thread.currentThread().getName();

        Throwable thrown = catchThrowable(() -> probe.apply(idle, new double[90], ones(90), 3, HandOff.IMPATIENT));

        assertThat(thrown).hasMessage("coordinate 40 on " + caller);
    }

    @Test
    void aPatientStepDoesNotHangOnAWorkerThatNeverRuns() {
        RangeWorkers idle = new RangeWorkers(1, false);
        Probe probe = new Probe();
        double[] x = new double[10];

        int threads = assertTimeoutPreemptively(PATIENCE, () -> probe.apply(idle, x, ones(10), 2, HandOff.PATIENT));

        assertThat(x).containsOnly(1);
        assertThat(probe.threadByRangeStart).containsOnlyKeys(0, 5);
        assertThat(threads).as("the caller ran both ranges").isEqualTo(1);
    }

    @Test
    void aJobThatTakesOnlyAwakeWorkersLeavesAParkedOneParkedAndRunsAlone() {
        RangeWorkers workers = new RangeWorkers(1);
        Probe probe = new Probe();
        double[] x = new double[100];
        Thread worker = workers.threads().get(0);
        assertTimeoutPreemptively(PATIENCE, () -> awaitParked(worker));

        int threads = probe.apply(workers, x, ones(100), 2, HandOff.AWAKE_ONLY);

        assertThat(threads).isEqualTo(1);
        assertThat(probe.threadByRangeStart).as("one range, not two with one taken back").containsOnlyKeys(0);
        assertThat(x).containsOnly(1);
        assertThat(worker.getState()).isEqualTo(Thread.State.WAITING);
    }

    @Test
    void aJobThatTakesOnlyAwakeWorkersTakesOneThatIsNotParked() {
        // a worker that never runs never parks either: awake, so taken, and its range taken back
        RangeWorkers idle = new RangeWorkers(1, false);
        Probe probe = new Probe();
        double[] x = new double[90];

        int threads = probe.apply(idle, x, ones(90), 2, HandOff.AWAKE_ONLY);

        assertThat(threads).isEqualTo(1);
        assertThat(probe.partByRangeStart).containsOnly(Map.entry(0, 0), Map.entry(45, 1));
        assertThat(x).containsOnly(1);
    }

    @Test
    void aWorkerWokenWithNoRangeToRunSpinsForTheNextJobBeforeItParksAgain() {
        // a spin of 300 ms, so the spin after the wake-up outlasts the test's attempts
        RangeWorkers workers = new RangeWorkers(1, true, 300_000_000);
        Thread worker = workers.threads().get(0);
        double[] x = new double[2];

        boolean taken = assertTimeoutPreemptively(PATIENCE, () -> {
            awaitParked(worker);
            // as when a caller wakes the worker and takes its range back before it is up
            LockSupport.unpark(worker);
            long end = System.nanoTime() + 100_000_000;
            while (System.nanoTime() < end) {
                Probe probe = new Probe();
                probe.apply(workers, x, ones(2), 2, HandOff.AWAKE_ONLY);
                if (probe.partByRangeStart.size() == 2) {
                    return true;
                }
            }
            return false;
        });

        // a worker that parked again at once would be skipped by every job that takes awake workers only
        assertThat(taken).as("a job that takes awake workers only took the woken one").isTrue();
    }

    @Test
    void aCallerAskingForMoreThreadsThanThereAreWorkersAddsTheMissingOnes() {
        RangeWorkers workers = new RangeWorkers(1);
        Probe probe = new Probe();
        double[] x = new double[90];

        int threads = assertTimeoutPreemptively(PATIENCE, () -> probe.apply(workers, x, ones(90), 3, HandOff.PATIENT));

        assertThat(threads).isEqualTo(3);
        assertThat(workers.threads()).hasSize(2).extracting(Thread::getName).containsExactly("gradus-worker-1", "gradus-worker-2");
        assertThat(probe.partByRangeStart).containsOnly(Map.entry(0, 0), Map.entry(30, 1), Map.entry(60, 2));
        assertThat(Set.copyOf(probe.threadByRangeStart.values())).hasSize(3);
        assertThat(x).containsOnly(1);
        // never more than one thread an index: a 2-long job adds no worker for its third thread
        assertThat(probe.apply(new RangeWorkers(0), new double[2], ones(2), 8, HandOff.PATIENT)).isLessThanOrEqualTo(2);
    }

    @Test
    void everyWorkerParksOnceItsSpinWindowHasPassedWithoutAJob() {
        RangeWorkers workers = new RangeWorkers(3);
        Probe probe = new Probe();
        double[] x = new double[1000];

        assertTimeoutPreemptively(PATIENCE, () -> {
            for (int k = 0; k < 2000; k++) {
                probe.apply(workers, x, ones(1000), 4, k % 2 == 0 ? HandOff.PATIENT : HandOff.IMPATIENT);
            }
            // spinning for ever would keep a worker RUNNABLE, and this wait would time out
            for (Thread worker : workers.threads()) {
                awaitParked(worker);
            }
        });

        assertThat(x).containsOnly(2000);
    }

    /** Waits until {@code worker} is parked waiting for a job. */
    private static void awaitParked(Thread worker) throws InterruptedException {
        while (worker.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
    }
}
