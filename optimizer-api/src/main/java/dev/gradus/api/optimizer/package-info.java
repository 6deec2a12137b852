/**
 * Optimizers, with configuration kept apart from per-run state.
 *
 * <p>An {@link dev.gradus.api.optimizer.Optimizer} is a configured, immutable, thread-safe rule.
 * {@link dev.gradus.api.optimizer.Optimizer#init(int)} gives an
 * {@link dev.gradus.api.optimizer.OptimizerState} that belongs to exactly one run;
 * {@link dev.gradus.api.optimizer.Optimizer#update} writes into that state and into the
 * parameters in place, allocating nothing. Two runs interleaved step by step give the same result
 * as the two run one after the other. A state can be saved as a
 * {@link dev.gradus.api.optimizer.StateSnapshot} and restored, and names its vectors (velocity,
 * moments, accumulators) so views can show the internals of any optimizer.
 */
package dev.gradus.api.optimizer;
