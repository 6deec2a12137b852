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
 *
 * <p>A parsed formula's tape is compiled to JVM bytecode (with ASM): one hidden class per formula,
 * straight-line code over local variables for the value and for the value with the gradient,
 * calling the very functions the tape calls, so that the results are the tape's bit for bit. The
 * tape interprets the formula instead, just as right and several times slower, when the system
 * property {@code gradus.formula.compile} is {@code false} (read each time a formula is parsed;
 * {@code true} or unset compiles), when the code would be too long for the JIT to compile
 * (8000 bytes a method, a gradient of a few hundred instructions), and when compiling fails.
 */
package dev.gradus.objectives.formula;
