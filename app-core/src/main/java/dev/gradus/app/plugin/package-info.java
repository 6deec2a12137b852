/**
 * Plugin discovery: finds every provider with {@link java.util.ServiceLoader}, on the class path and
 * in the jars of each plugin folder (one class loader per folder), before any injector exists. A
 * provider that cannot be loaded, is malformed, was built for a newer API, or repeats an id already
 * taken is reported as a {@link dev.gradus.app.port.in.PluginProblem} naming its jar and skipped;
 * the rest keep working. Built-ins are found first, so a plugin can never replace one.
 */
package dev.gradus.app.plugin;
