/**
 * Forms for provider parameters, built from the provider's
 * {@link dev.gradus.api.param.ParameterSpace} alone: one editor per descriptor, chosen by an
 * exhaustive visit over the sealed descriptor kinds, and validation through the same
 * {@link dev.gradus.api.param.ParameterSpace#bind} the command line calls with the same text, so a
 * value is accepted or refused as on the command line, in the same words. Any plugin's provider gets
 * a form with no code of its own. Only descriptors, text and binding belong here: no optimization.
 */
package dev.gradus.gui.form;
