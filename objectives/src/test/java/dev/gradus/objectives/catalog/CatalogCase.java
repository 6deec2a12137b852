package dev.gradus.objectives.catalog;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * One objective of the catalog as the tests see it: made by its registered provider at one
 * dimension with one set of parameter values.
 */
record CatalogCase(String label, ObjectiveProvider provider, DifferentiableObjective objective) {

    /**
     * The providers of this package registered in {@code META-INF/services}, as a host finds them.
     * Objectives of the module's other packages (formula objectives, data objectives) are registered
     * in the same file and have tests of their own.
     */
    static List<ObjectiveProvider> providers() {
        return ServiceLoader.load(ObjectiveProvider.class).stream()
                .filter(registered -> registered.type().getPackageName().equals(CatalogCase.class.getPackageName()))
                .map(ServiceLoader.Provider::get).toList();
    }

    /**
     * Every registered objective at its defaults, at its fixed dimension or at its smallest, 3 and
     * 10 dimensions; plus Rosenbrock with parameters that move, remove or keep its listed minimum,
     * and the other objectives with parameters at values away from their defaults.
     */
    static Stream<CatalogCase> all() {
        List<CatalogCase> cases = new ArrayList<>();
        for (ObjectiveProvider provider : providers()) {
            List<Integer> dimensions = provider.dimensions().isFixed() ? List.of(provider.dimensions().min())
                    : List.of(provider.dimensions().min(), 3, 10);
            for (int n : dimensions) {
                cases.add(of(provider, n, Map.of()));
            }
        }
        ObjectiveProvider rosenbrock = new Rosenbrock();
        cases.add(of(rosenbrock, 2, Map.of("a", "2", "b", "10")));
        cases.add(of(rosenbrock, 3, Map.of("a", "2", "b", "10")));
        cases.add(of(rosenbrock, 2, Map.of("a", "-3.5", "b", "0.5")));
        cases.add(of(rosenbrock, 5, Map.of("a", "0")));
        cases.add(of(rosenbrock, 4, Map.of("b", "0")));
        cases.add(of(new Ackley(), 2, Map.of("a", "10", "b", "1", "c", "1")));
        cases.add(of(new Ackley(), 3, Map.of("c", "0")));
        cases.add(of(new Rastrigin(), 2, Map.of("a", "3")));
        cases.add(of(new Rastrigin(), 3, Map.of("a", "0")));
        cases.add(of(new IllConditionedQuadratic(), 2, Map.of("condition_number", "1")));
        cases.add(of(new IllConditionedQuadratic(), 3, Map.of("condition_number", "2")));
        cases.add(of(new IllConditionedQuadratic(), 10, Map.of("condition_number", "1e4")));
        return cases.stream();
    }

    /** The objective {@code provider} makes at {@code n} dimensions with these parameter values (text, as typed). */
    static CatalogCase of(ObjectiveProvider provider, int n, Map<String, String> parameters) {
        String id = provider.info().id();
        var values = provider.parameters().parse(id, parameters);
        var objective = (DifferentiableObjective) provider.create(new ObjectiveContext(n, values, 42));
        String label = id + " n=" + n + (parameters.isEmpty() ? "" : " " + values);
        return new CatalogCase(label, provider, objective);
    }

    /** The objective of {@code provider} at {@code n} dimensions, parameters at their defaults. */
    static DifferentiableObjective make(ObjectiveProvider provider, int n) {
        return of(provider, n, Map.of()).objective();
    }

    @Override
    public String toString() {
        return label;
    }
}
