/**
 * How runs and catalogs are written: CSV and JSON streamed row by row as a run goes, a short
 * human summary, a progress line for terminals, and output files that appear whole or not at all.
 */
package dev.gradus.cli.output;
