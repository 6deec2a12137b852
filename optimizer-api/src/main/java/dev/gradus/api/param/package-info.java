/**
 * Hyperparameter descriptors and their values.
 *
 * <p>A provider declares what it accepts as a {@link dev.gradus.api.param.ParameterSpace}: a list of
 * sealed descriptor records ({@link dev.gradus.api.param.RealParameter},
 * {@link dev.gradus.api.param.IntegerParameter}, {@link dev.gradus.api.param.BooleanParameter},
 * {@link dev.gradus.api.param.ChoiceParameter}) and optional rules across parameters. Each default is
 * declared once, in its descriptor. Parsing text (command line) and binding typed values (forms,
 * specification files) are shared code here, so every front end accepts and refuses the same
 * values, and a refusal lists every violation at once in an
 * {@link dev.gradus.api.param.InvalidParametersException}.
 *
 * <p>Names follow torch.optim's argument names in snake_case ({@code lr}, {@code weight_decay},
 * {@code beta1}).
 */
package dev.gradus.api.param;
