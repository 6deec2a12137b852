/**
 * The {@code gradus} command line: a thin picocli adapter over the app-core use cases. Commands
 * turn options into use case commands and results into text; they hold no optimization logic and
 * never name a built-in provider's class.
 */
package dev.gradus.cli;
