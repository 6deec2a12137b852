/**
 * JMH benchmarks of the parts of Gradus whose speed is a promise: formula evaluation and its
 * automatic gradient, and the numerical gradient estimators serial and in parallel. Results, with
 * the machine and the command, are in {@code benchmarks/README.md}; no test asserts a timing.
 */
package dev.gradus.benchmarks;
