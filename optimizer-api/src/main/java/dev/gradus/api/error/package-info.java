/**
 * The one unchecked exception family of Gradus. Every error a user can cause, and every
 * contract a plugin can break in a way Gradus can name, is a {@link dev.gradus.api.error.GradusException}
 * subclass that carries its facts as fields (which plugin, which parameter, which value, what is
 * allowed), so that callers and tests work with the fields and adapters choose the words.
 */
package dev.gradus.api.error;
