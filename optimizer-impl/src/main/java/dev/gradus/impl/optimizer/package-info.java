/**
 * Built-in optimizers with torch.optim's update rules in double precision and, as explicit
 * variants named {@code textbook-*}, a textbook's forms where they differ from torch's. Each is a
 * provider (its parameters, declared once) and an immutable configured optimizer with a small state
 * class; the update loops are plain indexed loops over {@code double[]} that allocate nothing.
 */
package dev.gradus.impl.optimizer;
