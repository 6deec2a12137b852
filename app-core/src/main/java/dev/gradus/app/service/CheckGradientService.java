package dev.gradus.app.service;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.GradientEstimatorProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.app.port.in.CheckGradientUseCase;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.GradientCheckCommand;
import dev.gradus.app.port.in.GradientReport.Estimate;
import dev.gradus.app.port.in.GradientReport;
import dev.gradus.app.port.in.ProviderKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates each estimator once at the point, each through a fresh estimator so that its counts
 * are those of one gradient, and measures each against the objective's exact gradient.
 */
@Singleton
public final class CheckGradientService implements CheckGradientUseCase {
    private final ProviderCatalog catalog;

    @Inject
    CheckGradientService(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public GradientReport check(GradientCheckCommand command) {
        ObjectiveProvider provider = catalog.objective(command.objective().id());
        List<GradientEstimatorProvider> named = new ArrayList<>();
        for (ComponentChoice choice : command.estimators()) {
            named.add(catalog.estimator(choice.id()));
        }
        List<ParameterViolation> violations = new ArrayList<>();
        ParameterValues objectiveValues = ProviderCalls.bind(provider, command.objective(), violations);
        List<ParameterValues> namedValues = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            namedValues.add(ProviderCalls.bind(named.get(i), command.estimators().get(i), violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        String id = provider.info().id();
        ObjectiveMaking.Bound bound = ObjectiveMaking.load(catalog, provider, objectiveValues, command.data(), command.seed());
        int n = ProviderCalls.dimension(id, bound.dimensions(), command.dimension(), command.point(), "at");
        Objective made = ObjectiveMaking.create(bound, n, command.seed()).objective();
        // a stochastic objective's batch is every example until one is selected: its full-data gradient
        Objective objective = made instanceof StochasticObjective stochastic
                ? ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to give its batch objective", stochastic::batch) : made;
        ObjectiveMetadata metadata = ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to describe itself", objective::metadata);
        double[] point = command.point() != null ? command.point() : metadata.suggestedStart();

        GradientEstimatorProvider exactProvider = objective instanceof DifferentiableObjective d
                ? catalog.findEstimator(d.gradientSource().estimatorId()).filter(p -> p.appliesTo(objective)).orElse(null) : null;
        List<GradientEstimatorProvider> compared = new ArrayList<>(named);
        if (compared.isEmpty()) {
            // the exact one first, as the reference the others are read against, then the rest by id
            List<String> applicable = new ArrayList<>(catalog.applicableEstimators(objective));
            if (exactProvider != null && applicable.remove(exactProvider.info().id())) {
                applicable.add(0, exactProvider.info().id());
            }
            for (String estimatorId : applicable) {
                compared.add(catalog.estimator(estimatorId));
                namedValues.add(catalog.estimator(estimatorId).parameters().defaults());
            }
        }
        for (GradientEstimatorProvider estimator : compared) {
            catalog.requireApplicable(estimator, objective, id);
        }

        Estimate exact = null;
        if (exactProvider != null) {
            exact = estimate(exactProvider, exactProvider.parameters().defaults(), objective, point, null);
        }
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            estimates.add(estimate(compared.get(i), namedValues.get(i), objective, point, exact));
        }
        double value = exact != null ? exact.value() : estimates.isEmpty() ? objectiveValue(provider, objective, point) : estimates.get(0).value();
        return new GradientReport(provider.info(), objectiveValues, metadata, point, value, exact, estimates);
    }

    private static double objectiveValue(ObjectiveProvider provider, Objective objective, double[] point) {
        return ProviderCalls.guarded(ProviderKind.OBJECTIVE, provider, "to evaluate", () -> objective.value(point.clone()));
    }

    /** One gradient from a fresh estimator at a copy of the point, with its error against {@code exact} (null: none). */
    private static Estimate estimate(GradientEstimatorProvider provider, ParameterValues values, Objective objective, double[] point, Estimate exact) {
        GradientEstimator estimator = ProviderCalls.guarded(ProviderKind.ESTIMATOR, provider, "to start", () -> provider.create(objective, values));
        double[] x = point.clone();
        double[] gradient = new double[point.length];
        double value = ProviderCalls.guarded(ProviderKind.ESTIMATOR, provider, "to estimate the gradient", () -> estimator.valueAndGradient(x, gradient));
        double absolute = Double.NaN;
        double relative = Double.NaN;
        if (exact != null) {
            double[] reference = exact.gradient();
            double difference = 0;
            double size = 0;
            for (int i = 0; i < gradient.length; i++) {
                double d = gradient[i] - reference[i];
                difference += d * d;
                size += reference[i] * reference[i];
            }
            absolute = Math.sqrt(difference);
            relative = size > 0 ? absolute / Math.sqrt(size) : Double.NaN;
        }
        return new Estimate(provider.info(), values, value, gradient, estimator.functionEvaluations(), estimator.gradientEvaluations(), absolute,
                relative);
    }
}
