/**
 * The Gradus technology compatibility kit: contract tests that any provider, built-in or plugin,
 * runs by implementing a contract interface in its own test class and handing over its provider.
 * Every rule has an id shown in its test's name ({@code O5 update does not modify the gradient});
 * {@code CONTRACT.md} in this module defines them all.
 */
package dev.gradus.tck;
