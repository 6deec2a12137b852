/**
 * Gradus's built-in optimizers and gradient estimators. They are registered through
 * {@code META-INF/services} and found by {@link java.util.ServiceLoader} exactly as a plugin is;
 * nothing outside this module names their classes.
 */
package dev.gradus.impl;
