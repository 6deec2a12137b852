/** Run specifications in their file form ({@code gradus-spec}), and the built-in scenarios that reproduce the seed articles. */
package dev.gradus.app.spec;
