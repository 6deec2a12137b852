package dev.gradus.impl.parallel;

/**
 * How {@link RangeWorkers#apply} hands ranges to its workers: whether the caller waits for a worker
 * that has not started, and whether it wakes one that has parked. A parked worker costs its waker
 * a system call (several microseconds on a virtual machine) and starts tens of microseconds later.
 */
public enum HandOff {
    /**
     * Wakes the idle workers it takes and waits for each to run its range, however late it starts:
     * for threads asked for explicitly.
     */
    PATIENT,
    /**
     * Wakes the idle workers it takes, but once the caller's own range is done it takes back each
     * range no worker has started and runs it itself: the work then costs at most about what it
     * costs on one thread, and gains where a worker starts in time.
     */
    IMPATIENT,
    /**
     * As {@link #IMPATIENT}, but takes only workers that are awake (spinning after their last range),
     * so the caller never pays for a wake-up: for work too short for a woken worker to arrive in time.
     */
    AWAKE_ONLY
}
