package dev.gradus.app.service;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.schedule.LearningRateSchedule;
import dev.gradus.api.schedule.ScheduleState;
import dev.gradus.app.port.in.RunSetup;

/**
 * A run ready to go: its resolved setup and the working objects made for it.
 *
 * @param setup          the resolved configuration
 * @param objective      the objective made for this run
 * @param estimator      the gradient estimator made for this run
 * @param optimizer      the configured optimizer
 * @param optimizerState the optimizer's state to continue from when resuming (made by {@code optimizer}), else null
 * @param schedule       the configured schedule, or null
 * @param scheduleState  the schedule's state to continue from when resuming, else null
 * @param trajectoryRows the most rows the result keeps
 * @param checkpoint     whether the result carries a checkpoint
 * @param stochastic     the objective as a stochastic one, when it is one; else null
 * @param sampler        the batch sampler of a stochastic objective, already advanced past the batches
 *                       of the rows before a resume; else null
 */
record PreparedRun(RunSetup setup, Objective objective, GradientEstimator estimator, Optimizer<?> optimizer, OptimizerState optimizerState,
                   LearningRateSchedule<?> schedule, ScheduleState scheduleState, int trajectoryRows, boolean checkpoint,
                   StochasticObjective stochastic, BatchSampler sampler) {
}
