/**
 * Formula objectives: a formula typed as text ({@code x^2/20 + y^2}) parsed once into a flat
 * tape of instructions and differentiated by reverse-mode automatic differentiation, so that a
 * gradient costs a small constant multiple of one evaluation in any dimension.
 * {@link dev.gradus.objectives.formula.Formula} is the parsed and compiled formula, usable on its
 * own; {@link dev.gradus.objectives.formula.FormulaProvider} offers it as the objective
 * {@code formula}, registered through {@code META-INF/services} like every other objective.
 * Parsing, compiling and evaluating belong here; nothing here knows about runs, optimizers or
 * front ends, which see a formula only through the provider and its
 * {@link dev.gradus.api.error.SyntaxException}.
 */
package dev.gradus.objectives.formula;
