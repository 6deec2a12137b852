/** Reproducible elementary functions the JIT can inline: bit for bit {@link java.lang.StrictMath}. */
package dev.gradus.objectives.math;
