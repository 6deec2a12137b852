/**
 * The catalog of classic test functions: each with its exact gradient, its formula, a suggested
 * start, a plot window and the known global minima, registered through {@code META-INF/services}
 * as a plugin's objectives are. Evaluation allocates nothing and keeps no state, so one objective
 * may be evaluated from several threads at once.
 */
package dev.gradus.objectives.catalog;
