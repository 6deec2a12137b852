/**
 * The application core of Gradus: use cases behind ports, their services, plugin discovery and the
 * wiring. Adapters start here with {@link dev.gradus.app.GradusApplication#start} and talk only to
 * the use case interfaces it hands out.
 */
package dev.gradus.app;
