/**
 * Driven ports: what a running use case calls out to. A {@link dev.gradus.app.port.out.RunObserver}
 * receives every step as it happens (the command line's output writer and progress display, the
 * desktop lab's animation); a {@link dev.gradus.app.port.out.Cancellation} is pulled every step so
 * a front end can stop a run.
 */
package dev.gradus.app.port.out;
