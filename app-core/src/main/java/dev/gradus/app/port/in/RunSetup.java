package dev.gradus.app.port.in;

import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ProviderInfo;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A run's configuration with everything resolved: which providers, every parameter's effective
 * value, the dimension, the start. What a report or a JSON file needs to say exactly what ran.
 *
 * @param objective           the objective provider
 * @param objectiveParameters its effective parameter values
 * @param metadata            the objective's metadata at this dimension
 * @param optimizer           the optimizer provider
 * @param optimizerParameters its effective hyperparameter values
 * @param capabilities        what the optimizer declared
 * @param gradient            the gradient estimator provider
 * @param gradientParameters  its effective values
 * @param start               the starting point (the saved point, when resuming)
 * @param steps               the step budget
 * @param tolerance           the gradient-norm tolerance (0: off)
 * @param seed                the seed
 * @param recording           {@link Recording#FULL} or {@link Recording#LOSS}, resolved for the dimension
 * @param schedule            the learning-rate schedule, or null for a constant rate
 * @param scheduleParameters  its effective values, or null
 * @param clipNorm            the gradient-norm bound the optimizer sees (infinity: none)
 * @param clipValue           the bound on each gradient component the optimizer sees (infinity: none)
 * @param maximize            whether the run maximizes
 * @param firstStep           the step the run starts at: 0, or the steps of the checkpoint it resumes
 * @param data                the data the objective learns from, or null
 * @param stochastic          how batches are drawn, for a stochastic objective; else null
 */
public record RunSetup(ProviderInfo objective, ParameterValues objectiveParameters, ObjectiveMetadata metadata,
                       ProviderInfo optimizer, ParameterValues optimizerParameters, Set<OptimizerCapability> capabilities,
                       ProviderInfo gradient, ParameterValues gradientParameters,
                       double[] start, long steps, double tolerance, long seed, Recording recording,
                       ProviderInfo schedule, ParameterValues scheduleParameters, double clipNorm, double clipValue, boolean maximize,
                       long firstStep, DataSummary data, StochasticSetup stochastic) {

    public RunSetup {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(objectiveParameters, "objectiveParameters");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(optimizerParameters, "optimizerParameters");
        capabilities = Set.copyOf(capabilities);
        Objects.requireNonNull(gradient, "gradient");
        Objects.requireNonNull(gradientParameters, "gradientParameters");
        start = start.clone();
        if ((schedule == null) != (scheduleParameters == null)) {
            throw new IllegalArgumentException("a schedule goes with its parameter values");
        }
        if (recording == Recording.AUTO) {
            throw new IllegalArgumentException("a run's recording must be resolved");
        }
    }

    /** The number of coordinates. */
    public int dimension() {
        return start.length;
    }

    /** A copy of the start. */
    @Override
    public double[] start() {
        return start.clone();
    }

    /** The last step the run may reach: {@code firstStep + steps}. */
    public long lastStep() {
        return firstStep + steps;
    }

    /** Whether the optimizer sees a transformed gradient: negated to maximize, or clipped. */
    public boolean transformsGradient() {
        return maximize || clipNorm != Double.POSITIVE_INFINITY || clipValue != Double.POSITIVE_INFINITY;
    }

    /**
     * What the user should know before trusting the run, one sentence each; empty for most runs.
     * Adapters show each once, at the start. Today: a gradient method on an objective that is not
     * differentiable everywhere.
     */
    public List<String> warnings() {
        if (metadata.smooth()) {
            return List.of();
        }
        return List.of("objective '" + objective.id() + "' is not differentiable everywhere: at its kinks the gradient is a convention, "
                + "so gradient steps may jump or circle instead of settling, and the gradient-norm stop may never trigger");
    }

    /** Whether rows carry the point's coordinates. */
    public boolean recordsPoints() {
        return recording == Recording.FULL;
    }
}
