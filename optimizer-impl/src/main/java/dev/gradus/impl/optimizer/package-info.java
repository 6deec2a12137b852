/**
 * Built-in optimizers with torch.optim's update rules in double precision and, as explicit
 * variants named {@code textbook-*}, a textbook's forms where they differ from torch's. Each is a
 * provider (its parameters, declared once) and an immutable configured optimizer with a small state
 * class; the update loops are plain indexed loops over {@code double[]} that allocate nothing.
 * Every optimizer but L-BFGS updates each coordinate on its own, so its loop runs over a range
 * ({@link dev.gradus.impl.optimizer.ElementwiseStep}), and a large vector is split between the
 * calling thread and a few shared daemon workers ({@link dev.gradus.impl.parallel.RangeWorkers})
 * with the serial result bit for bit.
 */
package dev.gradus.impl.optimizer;
