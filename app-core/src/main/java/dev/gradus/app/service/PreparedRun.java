package dev.gradus.app.service;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.app.port.in.RunSetup;

/**
 * A run ready to go: its resolved setup and the working objects made for it.
 *
 * @param setup          the resolved configuration
 * @param objective      the objective made for this run
 * @param estimator      the gradient estimator made for this run
 * @param optimizer      the configured optimizer
 * @param trajectoryRows the most rows the result keeps
 */
record PreparedRun(RunSetup setup, Objective objective, GradientEstimator estimator, Optimizer<?> optimizer, int trajectoryRows) {
}
