/**
 * The lab's model: races of several optimizer runs on one objective, run off the event thread
 * and cancellable, and the playback cursor that animates them. No optimization logic: the runs
 * go through the app-core run use case.
 */
package dev.gradus.gui.lab;
