/**
 * Learning-rate schedules: a configured, immutable {@link dev.gradus.api.schedule.LearningRateSchedule}
 * and a per-run {@link dev.gradus.api.schedule.ScheduleState}, stepped once after every optimizer
 * step as torch.optim.lr_scheduler is. The host passes the scheduled rate to the optimizer through
 * {@link dev.gradus.api.optimizer.StepContext#learningRate()}, so a schedule works with any optimizer
 * that declares {@code lr}, plugins included.
 */
package dev.gradus.api.schedule;
