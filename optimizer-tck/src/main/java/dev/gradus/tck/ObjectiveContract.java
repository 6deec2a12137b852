package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveCapability;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.objective.StochasticObjective;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every objective provider keeps. A provider's test class implements this interface
 * and returns its provider (and, for an objective that learns from data, the data); every rule
 * then runs as a test named by its id ({@code J1} ...). The objective is made at its preferred
 * dimension and, when that differs, at its smallest, with {@link #parameterValues()} and seed 0.
 * Optional rules hold the providers that declare their capability
 * ({@code [optional: EXACT_GRADIENT]}, {@code [optional: STOCHASTIC]}) and are skipped for the
 * others; rule J8 checks that the declaration is true. See CONTRACT.md.
 */
public interface ObjectiveContract {

    /** The provider under test; called once per rule. */
    ObjectiveProvider provider();

    /** Parameter values (as text, like {@code -o}) the objective is made with; the defaults when empty. */
    default Map<String, String> parameterValues() {
        return Map.of();
    }

    /** The data an objective that learns from data is made with; null for one that does not. */
    default DataSet data() {
        return null;
    }

    /** How closely the exact gradient must agree with central differences, relative to 1 + |difference quotient|. */
    default double gradientTolerance() {
        return 1e-4;
    }

    @Test
    @DisplayName("J1 [required] info is well-formed, stable, and built for a supported API")
    default void objectiveInfoIsWellFormed() {
        ProviderChecks.infoIsWellFormed(provider());
        assertThat(provider().dimensions()).as("dimensions() returns equal values on every call").isEqualTo(provider().dimensions());
    }

    @Test
    @DisplayName("J2 [required] parameters are well-formed: snake_case names, descriptions, defaults in bounds")
    default void objectiveParametersAreWellFormed() {
        ProviderChecks.parametersAreWellFormed(provider());
    }

    @Test
    @DisplayName("J3 [required] every out-of-range value is refused, naming the parameter")
    default void objectiveOutOfRangeValuesAreRefused() {
        ProviderChecks.outOfRangeValuesAreRefused(provider());
    }

    @Test
    @DisplayName("J4 [required] it is made at the dimensions it takes, and its metadata is complete and of that dimension")
    default void metadataIsComplete() {
        for (Objective objective : made()) {
            int n = objective.dimension();
            ObjectiveMetadata m = objective.metadata();
            assertThat(m.dimension()).as("metadata dimension").isEqualTo(n);
            assertThat(m.coordinateNames()).as("coordinate names").hasSize(n).allSatisfy(name -> assertThat(name).isNotBlank());
            assertThat(new HashSet<>(m.coordinateNames())).as("coordinate names are distinct").hasSize(n);
            Box window = m.plotWindow();
            assertThat(window.dimension()).as("plot window dimension").isEqualTo(n);
            for (int i = 0; i < n; i++) {
                assertThat(window.lower(i)).as("plot window along %s", m.coordinateNames().get(i)).isLessThan(window.upper(i));
            }
            double[] start = m.suggestedStart();
            assertThat(start).as("suggested start").hasSize(n);
            assertThat(m.domain().contains(start)).as("the suggested start %s is in the domain", java.util.Arrays.toString(start)).isTrue();
            for (KnownMinimum minimum : m.globalMinima()) {
                assertThat(minimum.dimension()).as("dimension of the listed minimum %s", minimum).isEqualTo(n);
            }
        }
    }

    @Test
    @DisplayName("J5 [required] the value is deterministic, finite at the start, and leaves the point unchanged")
    default void valueIsDeterministic() {
        for (Objective objective : made()) {
            double[] x = objective.metadata().suggestedStart();
            double[] copy = x.clone();
            double first = objective.value(x);
            assertThat(x).as("the point after value(x)").containsExactly(copy);
            assertThat(objective.value(x)).as("a second evaluation").isEqualTo(first);
            assertThat(first).as("the value at the suggested start").isFinite();
        }
    }

    @Test
    @DisplayName("J6 [optional: EXACT_GRADIENT] the exact gradient (a stochastic objective's batch's) agrees with central differences at the start and in the plot window")
    default void gradientAgreesWithCentralDifferences() {
        Assumptions.assumeTrue(provider().capabilities().contains(ObjectiveCapability.EXACT_GRADIENT),
                "the provider does not declare EXACT_GRADIENT");
        // a stochastic objective's gradient is its batch's (before any selection: every example)
        for (Objective objective : made()) {
            Objective differentiated = objective instanceof StochasticObjective s ? s.batch() : objective;
            assertThat(differentiated).as("the objective of a provider that declares EXACT_GRADIENT").isInstanceOf(DifferentiableObjective.class);
            DifferentiableObjective f = (DifferentiableObjective) differentiated;
            for (double[] x : points(f)) {
                double[] gradient = new double[x.length];
                double[] copy = x.clone();
                double value = f.valueAndGradient(x, gradient);
                assertThat(x).as("the point after valueAndGradient").containsExactly(copy);
                assertThat(value).as("valueAndGradient's value at %s", java.util.Arrays.toString(x))
                        .isCloseTo(f.value(x), within(1e-12 * (1 + Math.abs(value))));
                for (int i = 0; i < x.length; i++) {
                    double h = 1e-6 * Math.max(1, Math.abs(x[i]));
                    double[] up = x.clone();
                    double[] down = x.clone();
                    up[i] += h;
                    down[i] -= h;
                    double quotient = (f.value(up) - f.value(down)) / (2 * h);
                    if (Double.isFinite(quotient)) {
                        assertThat(gradient[i]).as("component %d of the gradient at %s", i, java.util.Arrays.toString(x))
                                .isCloseTo(quotient, within(gradientTolerance() * (1 + Math.abs(quotient))));
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("J7 [required] listed global minima are minima: the listed value there, nothing lower nearby")
    default void listedMinimaAreMinima() {
        SplittableRandom random = new SplittableRandom(7);
        for (Objective objective : made()) {
            Box window = objective.metadata().plotWindow();
            for (KnownMinimum minimum : objective.metadata().globalMinima()) {
                double[] p = minimum.point();
                double at = objective.value(p);
                assertThat(at).as("value at the listed minimum %s", minimum).isCloseTo(minimum.value(), within(1e-6 * (1 + Math.abs(minimum.value()))));
                for (int k = 0; k < 16; k++) {
                    double[] q = p.clone();
                    for (int i = 0; i < q.length; i++) {
                        q[i] += (random.nextDouble() * 2 - 1) * 1e-4 * (window.upper(i) - window.lower(i));
                    }
                    if (objective.metadata().domain().contains(q)) {
                        assertThat(objective.value(q)).as("value near the listed minimum %s, at %s", minimum, java.util.Arrays.toString(q))
                                .isGreaterThanOrEqualTo(at - 1e-9 * (1 + Math.abs(at)));
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("J8 [required] the declared capabilities are the objectives' own: EXACT_GRADIENT exactly when differentiable, STOCHASTIC exactly when stochastic")
    default void capabilitiesAreHonest() {
        ObjectiveProvider provider = provider();
        assertThat(provider.capabilities()).as("capabilities() returns equal values on every call").isEqualTo(provider.capabilities());
        boolean exact = provider.capabilities().contains(ObjectiveCapability.EXACT_GRADIENT);
        boolean stochastic = provider.capabilities().contains(ObjectiveCapability.STOCHASTIC);
        for (Objective objective : made()) {
            assertThat(objective instanceof StochasticObjective).as("the objective (%s) is a StochasticObjective, as %s declares STOCHASTIC",
                    objective.getClass().getName(), stochastic ? "the provider" : "only a provider that").isEqualTo(stochastic);
            Objective differentiated = objective instanceof StochasticObjective s ? s.batch() : objective;
            assertThat(differentiated instanceof DifferentiableObjective).as("the objective%s (%s) is a DifferentiableObjective, as %s declares EXACT_GRADIENT",
                    objective instanceof StochasticObjective ? "'s batch" : "", differentiated.getClass().getName(),
                    exact ? "the provider" : "only a provider that").isEqualTo(exact);
        }
    }

    @Test
    @DisplayName("J9 [required] ServiceLoader finds it: a public class with a public no-arg constructor, listed in META-INF/services")
    default void objectiveIsDiscoverable() {
        ProviderChecks.isDiscoverable(ObjectiveProvider.class, provider());
    }

    @Test
    @DisplayName("J10 [required] construction is cheap: under 1 MiB allocated, no thread left running")
    default void objectiveConstructionIsCheap() {
        ProviderChecks.constructionIsCheap(provider());
    }

    @Test
    @DisplayName("J11 [optional: STOCHASTIC] batches: every example before the first selection, the full value untouched by selection, equal batches equal values")
    default void batchesBehave() {
        Assumptions.assumeTrue(provider().capabilities().contains(ObjectiveCapability.STOCHASTIC), "the provider does not declare STOCHASTIC");
        for (Objective objective : made()) {
            StochasticObjective f = (StochasticObjective) objective;
            int m = f.examples();
            assertThat(m).as("examples()").isPositive();
            assertThat(f.defaultBatchSize()).as("defaultBatchSize() of %d examples", m).isBetween(1, m);
            assertThat(f.defaultSampling()).as("defaultSampling()").isNotNull();
            Objective batch = f.batch();
            assertThat(f.batch()).as("batch() is the same instance on every call").isSameAs(batch);
            assertThat(batch.dimension()).as("the batch objective's dimension").isEqualTo(f.dimension());
            double[] x = f.metadata().suggestedStart();
            double full = f.value(x);
            assertThat(batch.value(x)).as("the batch objective before any selection (every example) at the start")
                    .isCloseTo(full, within(1e-12 * (1 + Math.abs(full))));
            int[] all = new int[m];
            for (int i = 0; i < m; i++) {
                all[i] = i;
            }
            f.select(all, m);
            assertThat(batch.value(x)).as("the batch of every example in order").isCloseTo(full, within(1e-12 * (1 + Math.abs(full))));
            // a batch of the default size, the last examples first
            int count = f.defaultBatchSize();
            int[] some = new int[count];
            for (int j = 0; j < count; j++) {
                some[j] = m - 1 - j;
            }
            f.select(some, count);
            double first = batch.value(x);
            assertThat(first).as("the value of a batch of %d examples at the start", count).isFinite();
            assertThat(f.value(x)).as("the full value after selecting a batch").isEqualTo(full);
            f.select(all, m);
            f.select(some.clone(), count);
            assertThat(batch.value(x)).as("the same batch selected again").isEqualTo(first);
        }
    }

    /** The objective at its preferred dimension and, when different, its smallest. */
    private List<Objective> made() {
        ObjectiveProvider provider = provider();
        ParameterValues values = provider.parameters().parse(provider.info().id(), parameterValues());
        Dimensions dimensions = provider.dimensions(values, data());
        List<Integer> ns = new ArrayList<>();
        ns.add(dimensions.preferred());
        if (dimensions.min() != dimensions.preferred()) {
            ns.add(dimensions.min());
        }
        List<Objective> objectives = new ArrayList<>();
        for (int n : ns) {
            Objective objective = provider.create(new ObjectiveContext(n, values, 0, data()));
            assertThat(objective.dimension()).as("the dimension of the objective made at dimension %d", n).isEqualTo(n);
            objectives.add(objective);
        }
        return objectives;
    }

    /** The suggested start and five seeded points inside the plot window (and the domain). */
    private static List<double[]> points(Objective objective) {
        List<double[]> points = new ArrayList<>();
        points.add(objective.metadata().suggestedStart());
        Box window = objective.metadata().plotWindow();
        SplittableRandom random = new SplittableRandom(42);
        for (int attempt = 0; points.size() < 6 && attempt < 10_000; attempt++) {
            double[] x = new double[objective.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = window.lower(i) + random.nextDouble() * (window.upper(i) - window.lower(i));
            }
            if (objective.metadata().domain().contains(x)) {
                points.add(x);
            }
        }
        return points;
    }
}
