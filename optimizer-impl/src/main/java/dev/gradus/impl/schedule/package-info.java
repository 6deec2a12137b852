/**
 * Built-in learning-rate schedules with torch.optim.lr_scheduler's semantics: each computes the
 * rate for the next step the way torch's {@code get_lr} does (its recursive forms, where torch uses
 * them), stepped once after every optimizer step. Lengths that torch requires and that depend on the
 * run ({@code t_max}, {@code total_steps}, ...) default to 0, meaning "from the run's step budget",
 * resolved once when a run starts and kept in the state so a resumed run continues alike.
 */
package dev.gradus.impl.schedule;
