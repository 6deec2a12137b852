package dev.gradus.app.service;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ScheduleProvider;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.UnknownProviderException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The discovered providers by kind and id, with lookups that name the known ids on a miss. */
@Singleton
public final class ProviderCatalog {
    /** The estimator used where the objective has no exact gradient and none is named. */
    public static final String NUMERICAL_GRADIENT = "central";

    private final Map<String, OptimizerProvider> optimizers;
    private final Map<String, ObjectiveProvider> objectives;
    private final Map<String, GradientEstimatorProvider> estimators;
    private final Map<String, ScheduleProvider> schedules;
    private final Map<String, DataSetProvider> dataSets;

    @Inject
    ProviderCatalog(Map<String, OptimizerProvider> optimizers, Map<String, ObjectiveProvider> objectives,
                    Map<String, GradientEstimatorProvider> estimators, Map<String, ScheduleProvider> schedules, Map<String, DataSetProvider> dataSets) {
        this.optimizers = new TreeMap<>(optimizers);
        this.objectives = new TreeMap<>(objectives);
        this.estimators = new TreeMap<>(estimators);
        this.schedules = new TreeMap<>(schedules);
        this.dataSets = new TreeMap<>(dataSets);
    }

    /** @throws UnknownProviderException listing the optimizer ids */
    public OptimizerProvider optimizer(String id) {
        return lookup(ProviderKind.OPTIMIZER, optimizers, id);
    }

    /** @throws UnknownProviderException listing the objective ids */
    public ObjectiveProvider objective(String id) {
        return lookup(ProviderKind.OBJECTIVE, objectives, id);
    }

    /** @throws UnknownProviderException listing the estimator ids */
    public GradientEstimatorProvider estimator(String id) {
        return lookup(ProviderKind.ESTIMATOR, estimators, id);
    }

    /** @throws UnknownProviderException listing the schedule ids */
    public ScheduleProvider schedule(String id) {
        return lookup(ProviderKind.SCHEDULE, schedules, id);
    }

    /** @throws UnknownProviderException listing the data set ids */
    public DataSetProvider dataSet(String id) {
        return lookup(ProviderKind.DATA_SET, dataSets, id);
    }

    /** The estimator with this id, if there is one. */
    public Optional<GradientEstimatorProvider> findEstimator(String id) {
        return Optional.ofNullable(estimators.get(id));
    }

    /** The provider of this kind and id, if there is one. */
    public Optional<Provider> find(ProviderKind kind, String id) {
        return Optional.ofNullable(byKind(kind).get(id));
    }

    /** Every provider of one kind, sorted by id. */
    public Map<String, ? extends Provider> byKind(ProviderKind kind) {
        switch (kind) {
            case OPTIMIZER:
                return optimizers;
            case OBJECTIVE:
                return objectives;
            case ESTIMATOR:
                return estimators;
            case SCHEDULE:
                return schedules;
            case DATA_SET:
                return dataSets;
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * The estimator a run uses when none is named: the one that reads the objective's exact
     * gradient ({@code analytic} or {@code autodiff}, by its {@link dev.gradus.api.objective.GradientSource}),
     * else {@code central} differences.
     */
    public GradientEstimatorProvider defaultEstimator(Objective objective) {
        if (objective instanceof DifferentiableObjective differentiable) {
            var exact = findEstimator(differentiable.gradientSource().estimatorId()).filter(p -> p.appliesTo(objective));
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        return estimator(NUMERICAL_GRADIENT);
    }

    /** The ids of the estimators that apply to {@code objective}, sorted. */
    public List<String> applicableEstimators(Objective objective) {
        List<String> ids = new ArrayList<>();
        estimators.forEach((id, p) -> {
            if (p.appliesTo(objective)) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Refuses an estimator that does not apply to the objective, naming those that do.
     *
     * @throws InvalidInputException (field {@code gradient})
     */
    public void requireApplicable(GradientEstimatorProvider estimator, Objective objective, String objectiveId) {
        if (estimator.appliesTo(objective)) {
            return;
        }
        String id = estimator.info().id();
        throw InvalidInputException.of("gradient", id, "gradient '" + id + "' does not apply to objective '" + objectiveId + "'"
                + (objective instanceof DifferentiableObjective d ? ": its exact gradient is read by '" + d.gradientSource().estimatorId() + "'"
                        : ": it has no exact gradient") + "; use one of " + String.join(", ", applicableEstimators(objective)));
    }

    private static <P> P lookup(ProviderKind kind, Map<String, P> byId, String id) {
        P provider = byId.get(id);
        if (provider == null) {
            throw new UnknownProviderException(kind.word(), id, byId.keySet().stream().toList());
        }
        return provider;
    }
}
