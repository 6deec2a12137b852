package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules every catalog objective keeps, checked for each at 2 and, when it can, 3 and 10 dimensions. */
class CatalogTest {

    static Stream<DifferentiableObjective> objectives() {
        return ServiceLoader.load(ObjectiveProvider.class).stream().map(ServiceLoader.Provider::get).flatMap(provider -> {
            List<Integer> dimensions = provider.dimensions().isFixed() ? List.of(provider.dimensions().min()) : List.of(2, 3, 10);
            return dimensions.stream().filter(n -> provider.dimensions().accepts(n))
                    .map(n -> (DifferentiableObjective) provider.create(new ObjectiveContext(n, provider.parameters().defaults(), 0)));
        });
    }

    static Stream<ObjectiveProvider> providers() {
        return ServiceLoader.load(ObjectiveProvider.class).stream().map(ServiceLoader.Provider::get);
    }

    /** ∂f/∂x_i by Richardson extrapolation of central differences (error O(h^4)), for checking analytic gradients. */
    static double numericalPartial(Objective f, double[] x, int i) {
        double h = 1e-3 * Math.max(1, Math.abs(x[i]));
        return (4 * central(f, x, i, h / 2) - central(f, x, i, h)) / 3;
    }

    private static double central(Objective f, double[] x, int i, double h) {
        double[] p = x.clone();
        p[i] = x[i] + h;
        double up = f.value(p);
        p[i] = x[i] - h;
        double down = f.value(p);
        return (up - down) / (2 * h);
    }

    private static double[] randomPoint(Box window, Random random) {
        double[] x = new double[window.dimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = window.lower(i) + random.nextDouble() * (window.upper(i) - window.lower(i));
        }
        return x;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void analyticGradientAgreesWithAHighOrderNumericalGradient(DifferentiableObjective f) {
        Random random = new Random(20261123);
        double[] g = new double[f.dimension()];
        for (int trial = 0; trial < 200; trial++) {
            double[] x = randomPoint(f.metadata().plotWindow(), random);
            double value = f.valueAndGradient(x, g);
            double scale = Math.max(1, Math.abs(value));
            for (int i = 0; i < x.length; i++) {
                double numerical = numericalPartial(f, x, i);
                assertThat(g[i]).as("d/dx%d at %s", i, Arrays.toString(x))
                        .isCloseTo(numerical, within(1e-7 * Math.max(scale, Math.abs(numerical))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void valueAndGradientAgreeWithValueOverwriteTheGradientAndLeaveXAlone(DifferentiableObjective f) {
        double[] x = f.metadata().suggestedStart();
        double[] before = x.clone();
        double[] g = new double[f.dimension()];
        Arrays.fill(g, Double.NaN);

        double value = f.valueAndGradient(x, g);

        assertThat(value).isEqualTo(f.value(x));
        assertThat(g).doesNotContain(Double.NaN);
        assertThat(x).containsExactly(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void everyListedGlobalMinimumIsAMinimum(DifferentiableObjective f) {
        List<KnownMinimum> minima = f.metadata().globalMinima();
        assertThat(minima).as("known minima").isNotEmpty();
        double[] g = new double[f.dimension()];
        Random random = new Random(7);
        for (KnownMinimum minimum : minima) {
            double[] x = minimum.point();
            assertThat(f.valueAndGradient(x, g)).as("value at %s", minimum).isCloseTo(minimum.value(), within(1e-12));
            assertThat(Math.sqrt(Arrays.stream(g).map(v -> v * v).sum())).as("gradient norm at %s", minimum).isLessThan(1e-9);
            for (int trial = 0; trial < 50; trial++) {
                double[] nearby = x.clone();
                for (int i = 0; i < nearby.length; i++) {
                    nearby[i] += 1e-3 * random.nextGaussian();
                }
                assertThat(f.value(nearby)).as("value near %s", minimum).isGreaterThanOrEqualTo(minimum.value());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objectives")
    void metadataIsCompleteAndConsistent(DifferentiableObjective f) {
        ObjectiveMetadata m = f.metadata();
        assertThat(m.dimension()).isEqualTo(f.dimension());
        assertThat(m.coordinateNames()).hasSize(f.dimension()).doesNotHaveDuplicates();
        assertThat(m.formula()).isNotBlank();
        assertThat(m.plotWindow().contains(m.suggestedStart())).as("start inside the plot window").isTrue();
        assertThat(m.globalMinima()).allSatisfy(minimum -> assertThat(m.domain().contains(minimum.point())).as("%s in the domain", minimum).isTrue());
        assertThat(m.smooth()).isTrue();
        double[] g = new double[f.dimension()];
        f.valueAndGradient(m.suggestedStart(), g);
        assertThat(Arrays.stream(g).map(Math::abs).max().orElseThrow()).as("the start is not already a stationary point").isGreaterThan(1e-3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void providersAreWellFormed(ObjectiveProvider provider) {
        ProviderInfo info = provider.info();
        assertThat(ProviderInfo.isValidId(info.id())).isTrue();
        assertThat(info.version()).isEqualTo(BuildInfo.VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(info.description()).hasSizeGreaterThan(30);
        assertThat(provider.dimensions().accepts(provider.dimensions().preferred())).isTrue();
    }
}
