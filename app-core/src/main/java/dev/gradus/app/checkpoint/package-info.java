/**
 * The state file: a {@link dev.gradus.app.port.in.Checkpoint} as JSON ({@code gradus-state}, format
 * version 1), written and read by every front end alike. Doubles round-trip exactly; infinities and
 * NaN are written as the strings {@code "Infinity"}, {@code "-Infinity"}, {@code "NaN"}.
 */
package dev.gradus.app.checkpoint;
