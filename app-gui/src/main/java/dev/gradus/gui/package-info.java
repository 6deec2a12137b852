/**
 * The Swing adapter: windows and panels over the app-core use cases, and nothing else. Panels are
 * built without a window so they can be tested headless; only {@link dev.gradus.gui.GradusLab}
 * opens one.
 */
package dev.gradus.gui;
