/**
 * The Guice wiring: one module binds what discovery found into maps keyed by id, one binds the use
 * cases to their services. Modules do no I/O and hold no conditions; discovery has already run.
 */
package dev.gradus.app.wiring;
