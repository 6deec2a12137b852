/**
 * How the built-ins split work over indices between the calling thread and a few daemon workers
 * that every run shares: an element-wise optimizer step over its coordinates, a finite-difference
 * gradient over its partials. The work is a {@link dev.gradus.impl.parallel.RangeJob}, cut into
 * contiguous ranges whose results do not depend on which thread ran them;
 * {@link dev.gradus.impl.parallel.RangeWorkers} hands the ranges over without allocating, with spinning
 * workers for jobs that follow each other closely, and a caller that can take back a range no
 * worker has started ({@link dev.gradus.impl.parallel.HandOff}).
 */
package dev.gradus.impl.parallel;
