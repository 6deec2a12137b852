/**
 * Objectives: the functions Gradus minimizes, and what is known about them.
 *
 * <p>An {@link dev.gradus.api.objective.Objective} gives its value at a point; a
 * {@link dev.gradus.api.objective.DifferentiableObjective} also gives its exact gradient. Each
 * carries {@link dev.gradus.api.objective.ObjectiveMetadata} for views and reports: coordinate
 * names, a suggested start, a plot window, known global minima, and how to draw it. An
 * {@link dev.gradus.api.spi.ObjectiveProvider} makes objectives of a chosen dimension from
 * validated parameter values.
 */
package dev.gradus.api.objective;
