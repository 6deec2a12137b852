package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.KnownMinimum;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.spi.ObjectiveProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The listed global minima are minima over the usual domain, the listed local minima are strict
 * local minima, every minimum the literature knows is listed, and an objective that lists none
 * really falls without bound.
 */
class GlobalMinimaTest {
    /** A listed minimum closer than this to a kink is at the kink: it has no gradient to vanish. */
    private static final double AT_A_KINK = 1e-9;

    static Stream<CatalogCase> cases() {
        return CatalogCase.all();
    }

    static Stream<ObjectiveProvider> boundedProviders() {
        return CatalogCase.providers().stream().filter(p -> metadataAtDefaults(p).boundedBelow());
    }

    static Stream<ObjectiveProvider> unboundedProviders() {
        return CatalogCase.providers().stream().filter(p -> !metadataAtDefaults(p).boundedBelow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boundedProviders")
    void everyObjectiveListsAGlobalMinimumAtItsDefaults(ObjectiveProvider provider) {
        assertThat(metadataAtDefaults(provider).globalMinima()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unboundedProviders")
    void anObjectiveUnboundedBelowListsNoMinimumAndFallsBelowMinusAMillionAlongARay(ObjectiveProvider provider) {
        DifferentiableObjective f = CatalogCase.make(provider, provider.dimensions().preferred());
        double lowest = Double.POSITIVE_INFINITY;
        for (double[] direction : rays(f.dimension())) {
            for (double t = 1; t <= 1e6; t *= 10) {
                double[] x = direction.clone();
                for (int i = 0; i < x.length; i++) {
                    x[i] *= t;
                }
                lowest = Math.min(lowest, f.value(x));
            }
        }

        assertThat(f.metadata().globalMinima()).isEmpty();
        assertThat(f.metadata().localMinima()).isEmpty();
        assertThat(lowest).isLessThan(-1e6);
    }

    /** The unit vectors along the axes and the diagonals of every quadrant, both ways. */
    private static List<double[]> rays(int n) {
        List<double[]> rays = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (double sign : new double[] {1, -1}) {
                double[] axis = new double[n];
                axis[i] = sign;
                rays.add(axis);
            }
        }
        for (int signs = 0; signs < 1 << n; signs++) {
            double[] diagonal = new double[n];
            for (int i = 0; i < n; i++) {
                diagonal[i] = ((signs >> i & 1) == 1 ? -1 : 1) / Math.sqrt(n);
            }
            rays.add(diagonal);
        }
        return rays;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyListedMinimumHasItsListedValue(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        for (KnownMinimum minimum : allMinima(f.metadata())) {
            assertThat(f.value(minimum.point())).as("value at %s", minimum)
                    .isCloseTo(minimum.value(), within(1e-12 * Math.max(1, Math.abs(minimum.value()))));
        }
    }

    /**
     * The first-order condition for a minimum over the domain: the gradient vanishes along every
     * coordinate that is not at a bound, and along one that is, it points out of the domain. A minimum
     * at a kink has no gradient; the neighbourhood test below checks it instead.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyListedMinimumOffAKinkIsAStationaryPointOfTheDomain(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        Kinks kinks = Kinks.of(c.provider().info().id());
        Box domain = f.metadata().domain();
        double[] g = new double[f.dimension()];
        for (KnownMinimum minimum : allMinima(f.metadata())) {
            double[] x = minimum.point();
            if (kinks.distanceFrom(x) < AT_A_KINK) {
                continue;
            }
            f.valueAndGradient(x, g);
            double[] free = g.clone();
            for (int i = 0; i < x.length; i++) {
                if (x[i] == domain.upper(i)) {
                    assertThat(g[i]).as("df/dx%d at %s, on the upper bound", i + 1, minimum).isLessThan(0);
                    free[i] = 0;
                } else if (x[i] == domain.lower(i)) {
                    assertThat(g[i]).as("df/dx%d at %s, on the lower bound", i + 1, minimum).isGreaterThan(0);
                    free[i] = 0;
                }
            }
            assertThat(GradientCheck.norm(free)).as("gradient norm along the free coordinates at %s", minimum).isLessThan(1e-9);
        }
    }

    /**
     * The listed minimizers are accurate to the last bit: Newton's method, from the listed point,
     * moves along no free coordinate by more than an ulp. The Hessian is the central difference of the
     * analytic gradient; the step is exact where the gradient is exactly zero.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aNewtonStepFromAListedMinimumOffAKinkMovesItByAtMostAnUlp(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        Kinks kinks = Kinks.of(c.provider().info().id());
        Box domain = f.metadata().domain();
        for (KnownMinimum minimum : allMinima(f.metadata())) {
            double[] x = minimum.point();
            if (kinks.distanceFrom(x) < AT_A_KINK) {
                continue;
            }
            int[] free = Arrays.stream(indices(x.length)).filter(i -> x[i] != domain.lower(i) && x[i] != domain.upper(i)).toArray();
            double[] step = newtonStep(f, x, free);
            for (int k = 0; k < free.length; k++) {
                int i = free[k];
                assertThat(Math.abs(step[k])).as("Newton step along x%d from %s", i + 1, minimum).isLessThanOrEqualTo(Math.ulp(x[i]));
            }
        }
    }

    private static int[] indices(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** {@code -H^-1 g} over the coordinates {@code free}, with H by central differences of the gradient; zero where g is. */
    private static double[] newtonStep(DifferentiableObjective f, double[] x, int[] free) {
        int m = free.length;
        double[] g = new double[x.length];
        f.valueAndGradient(x, g);
        double[] rhs = new double[m];
        boolean stationary = true;
        for (int k = 0; k < m; k++) {
            rhs[k] = -g[free[k]];
            stationary &= rhs[k] == 0;
        }
        if (stationary) {
            return rhs;
        }
        double[][] hessian = hessian(f, x, free);
        return solve(hessian, rhs);
    }

    /** The Hessian over {@code free}: central differences of the analytic gradient with step {@code 1e-5 max(1, |x_i|)}, symmetrized. */
    private static double[][] hessian(DifferentiableObjective f, double[] x, int[] free) {
        int m = free.length;
        double[][] h = new double[m][m];
        double[] plus = new double[x.length];
        double[] minus = new double[x.length];
        for (int k = 0; k < m; k++) {
            int i = free[k];
            double step = 1e-5 * Math.max(1, Math.abs(x[i]));
            double[] p = x.clone();
            p[i] = x[i] + step;
            f.valueAndGradient(p, plus);
            p[i] = x[i] - step;
            f.valueAndGradient(p, minus);
            for (int l = 0; l < m; l++) {
                h[l][k] = (plus[free[l]] - minus[free[l]]) / (2 * step);
            }
        }
        for (int k = 0; k < m; k++) {
            for (int l = 0; l < k; l++) {
                double mean = (h[k][l] + h[l][k]) / 2;
                h[k][l] = mean;
                h[l][k] = mean;
            }
        }
        return h;
    }

    /** Solves {@code a z = b} by Gaussian elimination with partial pivoting. Modifies both. */
    private static double[] solve(double[][] a, double[] b) {
        int m = b.length;
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int row = col + 1; row < m; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double swap = b[col];
            b[col] = b[pivot];
            b[pivot] = swap;
            assertThat(a[col][col]).as("pivot %d of the Hessian", col).isNotZero();
            for (int row = col + 1; row < m; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < m; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] z = new double[m];
        for (int row = m - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < m; k++) {
                sum -= a[row][k] * z[k];
            }
            z[row] = sum / a[row][row];
        }
        return z;
    }

    /** A local minimum is strict: its Hessian is positive definite (in one dimension, the second derivative is positive). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyListedLocalMinimumHasAPositiveDefiniteHessian(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        for (KnownMinimum minimum : f.metadata().localMinima()) {
            double[][] h = hessian(f, minimum.point(), indices(f.dimension()));
            // Cholesky: every pivot positive
            int n = h.length;
            for (int k = 0; k < n; k++) {
                for (int j = 0; j < k; j++) {
                    h[k][k] -= h[k][j] * h[k][j];
                }
                assertThat(h[k][k]).as("Cholesky pivot %d at %s", k, minimum).isPositive();
                double pivot = Math.sqrt(h[k][k]);
                h[k][k] = pivot;
                for (int i = k + 1; i < n; i++) {
                    for (int j = 0; j < k; j++) {
                        h[i][k] -= h[i][j] * h[k][j];
                    }
                    h[i][k] /= pivot;
                }
            }
        }
    }

    /**
     * Global minima over the domain at radii up to 1; local minima within their basins, at radii up to
     * 0.1. A listed value is the true minimum rounded once, and a nearby point's value is computed with
     * rounding errors of its own: within {@code 1e-8} of a minimum, where the function rises by less
     * than an ulp, that rounding may come out a few ulps lower when the value is a sum of terms much
     * larger than itself, so points may fall short of the listed value by {@code 1e-14} relative and no
     * more.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noPointAroundAListedMinimumIsLower(CatalogCase c) {
        Objective f = c.objective();
        Random random = new Random(7);
        ObjectiveMetadata m = f.metadata();
        for (KnownMinimum minimum : allMinima(m)) {
            double rounding = 1e-14 * Math.max(1, Math.abs(minimum.value()));
            double[] radii = m.globalMinima().contains(minimum) ? new double[] {1e-6, 1e-3, 1e-1, 1} : new double[] {1e-6, 1e-3, 1e-1};
            for (double radius : radii) {
                for (int k = 0; k < 100; k++) {
                    double[] nearby = minimum.point();
                    for (int i = 0; i < nearby.length; i++) {
                        nearby[i] += radius * random.nextGaussian();
                    }
                    if (!m.domain().contains(nearby)) {
                        continue; // a minimum is global over the usual domain (McCormick falls without bound along x = y beyond it)
                    }
                    assertThat(f.value(nearby)).as("at %s, near %s", Arrays.toString(nearby), minimum)
                            .isGreaterThanOrEqualTo(minimum.value() - rounding);
                }
            }
        }
    }

    private static List<KnownMinimum> allMinima(ObjectiveMetadata m) {
        List<KnownMinimum> all = new ArrayList<>(m.globalMinima());
        all.addAll(m.localMinima());
        return all;
    }

    private static ObjectiveMetadata metadataAtDefaults(ObjectiveProvider provider) {
        return CatalogCase.make(provider, provider.dimensions().preferred()).metadata();
    }

    @Test
    void himmelblausFourMinimaAreZerosToFullDoublePrecision() {
        DifferentiableObjective f = CatalogCase.make(new Himmelblau(), 2);
        List<KnownMinimum> minima = f.metadata().globalMinima();
        double[] g = new double[2];

        assertThat(minima).hasSize(4);
        for (KnownMinimum minimum : minima) {
            assertThat(minimum.value()).isZero();
            assertThat(f.valueAndGradient(minimum.point(), g)).as("value at %s", minimum).isLessThan(1e-20);
            assertThat(GradientCheck.norm(g)).as("gradient norm at %s", minimum).isLessThan(1e-13);
        }
        // one in each quadrant, (3, 2) exactly
        assertThat(minima).extracting(m -> Math.signum(m.coordinate(0)) + "," + Math.signum(m.coordinate(1)))
                .containsExactlyInAnyOrder("1.0,1.0", "-1.0,1.0", "-1.0,-1.0", "1.0,-1.0");
        assertThat(minima).anySatisfy(m -> assertThat(m.point()).containsExactly(3, 2));
    }

    @Test
    void himmelblausIrrationalMinimaAreTheNearestDoublesToTheTrueRoots() {
        // The roots to 24 digits (Newton's method in 60-digit arithmetic), rounded to double here.
        List<double[]> roots = List.of(
                new double[] {Double.parseDouble("-2.80511808695274485305357"), Double.parseDouble("3.13131251825057296580430")},
                new double[] {Double.parseDouble("-3.77931025337774689189076"), Double.parseDouble("-3.28318599128616941226600")},
                new double[] {Double.parseDouble("3.58442834033049174494433"), Double.parseDouble("-1.84812652696440355353830")});

        List<KnownMinimum> listed = CatalogCase.make(new Himmelblau(), 2).metadata().globalMinima();

        for (double[] root : roots) {
            assertThat(listed).anySatisfy(m -> assertThat(m.point()).containsExactly(root));
        }
    }

    @Test
    void rosenbrocksMinimumFollowsItsParametersWhereItIsKnown() {
        ObjectiveProvider rosenbrock = new Rosenbrock();

        assertThat(minimaOf(rosenbrock, 2, Map.of())).containsExactly(List.of(1.0, 1.0));
        assertThat(minimaOf(rosenbrock, 10, Map.of())).containsExactly(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
        assertThat(minimaOf(rosenbrock, 2, Map.of("a", "2", "b", "10"))).containsExactly(List.of(2.0, 4.0));
        assertThat(minimaOf(rosenbrock, 2, Map.of("a", "-3.5"))).containsExactly(List.of(-3.5, 12.25));
        assertThat(minimaOf(rosenbrock, 5, Map.of("a", "0"))).containsExactly(List.of(0.0, 0.0, 0.0, 0.0, 0.0));
    }

    @Test
    void rosenbrockListsNoMinimumWhereNoneIsKnown() {
        // with a = 2 every term vanishes only if x_2 = a = 2 and x_2 = x_1^2 = 4 at once: impossible, so the minimum is positive
        assertThat(minimaOf(new Rosenbrock(), 3, Map.of("a", "2"))).isEmpty();
        assertThat(minimaOf(new Rosenbrock(), 10, Map.of("a", "-1", "b", "1"))).isEmpty();
    }

    @Test
    void rosenbrocksPlotWindowAndDomainGrowToHoldAMinimumItsParametersMoved() {
        var metadata = CatalogCase.of(new Rosenbrock(), 2, Map.of("a", "-3.5")).objective().metadata();

        assertThat(metadata.plotWindow().contains(new double[] {-3.5, 12.25})).isTrue();
        assertThat(metadata.domain().contains(new double[] {-3.5, 12.25})).isTrue();
        assertThat(metadata.plotWindow().contains(metadata.suggestedStart())).isTrue();
    }

    private static List<List<Double>> minimaOf(ObjectiveProvider provider, int n, Map<String, String> parameters) {
        return CatalogCase.of(provider, n, parameters).objective().metadata().globalMinima().stream()
                .map(m -> Arrays.stream(m.point()).boxed().toList()).toList();
    }

    @Test
    void theNonSmoothFunctionsInteriorMinimaAreTheNearestDoublesToTheTrueOnes() {
        // Newton's method on the gradient in 50-digit arithmetic, to 40 digits, rounded to double here
        double m = Double.parseDouble("1.349406617153910791793351422485371081984");
        double crossInTray = Double.parseDouble("-2.062611870822736877795483360267135120134");
        double hx = Double.parseDouble("8.055023475736563419812448873888761892195");
        double hy = Double.parseDouble("9.664590019241272889952285814947511408161");
        double holderTable = Double.parseDouble("-19.20850256788673183175134100804532882307");

        assertThat(minimaOf(new CrossInTray(), 2, Map.of())).containsExactlyInAnyOrder(
                List.of(m, m), List.of(-m, m), List.of(-m, -m), List.of(m, -m));
        assertThat(metadataAtDefaults(new CrossInTray()).globalMinima()).allSatisfy(min -> assertThat(min.value()).isEqualTo(crossInTray));
        assertThat(minimaOf(new HolderTable(), 2, Map.of())).containsExactlyInAnyOrder(
                List.of(hx, hy), List.of(-hx, hy), List.of(-hx, -hy), List.of(hx, -hy));
        assertThat(metadataAtDefaults(new HolderTable()).globalMinima()).allSatisfy(min -> assertThat(min.value()).isEqualTo(holderTable));
    }

    @Test
    void theEggholdersMinimumIsOnTheEdgeOfItsDomainAtTheNearestDoubleToTheTrueOne() {
        // Newton's method on df/dy along x = 512 in 50-digit arithmetic
        KnownMinimum minimum = metadataAtDefaults(new Eggholder()).globalMinima().get(0);

        assertThat(metadataAtDefaults(new Eggholder()).globalMinima()).hasSize(1);
        assertThat(minimum.point()).containsExactly(512, Double.parseDouble("404.2318051137578109286797846715063820622"));
        assertThat(minimum.value()).isEqualTo(Double.parseDouble("-959.640662720850802833155330435096898588"));
        assertThat(metadataAtDefaults(new Eggholder()).domain().upper(0)).isEqualTo(512);
    }

    @Test
    void styblinskiTangsWellsAreTheNearestDoublesToTheRootsOfItsCubic() {
        // df/dx_i = (4t^3 - 32t + 5)/2: the root lies within half an ulp of the double iff the cubic, evaluated exactly,
        // changes sign between the double's two rounding boundaries
        for (double well : new double[] {StyblinskiTang.DEEP_WELL, StyblinskiTang.SHALLOW_WELL}) {
            BigDecimal halfUlp = new BigDecimal(Math.ulp(well)).divide(BigDecimal.valueOf(2));
            BigDecimal below = new BigDecimal(well).subtract(halfUlp);
            BigDecimal above = new BigDecimal(well).add(halfUlp);

            assertThat(cubic(below).signum()).as("sign below %s", well).isEqualTo(-1);
            assertThat(cubic(above).signum()).as("sign above %s", well).isEqualTo(1);
        }
    }

    private static BigDecimal cubic(BigDecimal t) {
        return t.pow(3).multiply(BigDecimal.valueOf(4)).subtract(t.multiply(BigDecimal.valueOf(32))).add(BigDecimal.valueOf(5));
    }

    @Test
    void styblinskiTangsMinimumIsMinus39Point166TimesTheDimensionRoundedOnce() {
        BigDecimal perCoordinate = new BigDecimal("-39.16616570377141546389316973947686534032");
        for (int n : new int[] {1, 2, 3, 10, 1000}) {
            KnownMinimum minimum = CatalogCase.make(new StyblinskiTang(), n).metadata().globalMinima().get(0);
            double[] expected = new double[n];
            Arrays.fill(expected, -2.903534027771177);

            assertThat(minimum.point()).containsExactly(expected);
            assertThat(minimum.value()).as("n = %d", n).isEqualTo(perCoordinate.multiply(BigDecimal.valueOf(n)).doubleValue());
        }
        assertThat(CatalogCase.make(new StyblinskiTang(), 1).metadata().globalMinima().get(0).value()).isEqualTo(-39.16616570377141);
    }

    @Test
    void styblinskiTangListsEveryOtherChoiceOfWellsAsALocalMinimumUpToThreeDimensions() {
        ObjectiveMetadata plane = CatalogCase.make(new StyblinskiTang(), 2).metadata();
        double deep = StyblinskiTang.DEEP_WELL;
        double shallow = StyblinskiTang.SHALLOW_WELL;

        assertThat(plane.localMinima()).extracting(min -> Arrays.stream(min.point()).boxed().toList()).containsExactlyInAnyOrder(
                List.of(shallow, deep), List.of(deep, shallow), List.of(shallow, shallow));
        // -39.16616570377141546389 - 25.02944665528394260699 and twice -25.02944665528394260699
        assertThat(plane.localMinima()).extracting(KnownMinimum::value).containsExactlyInAnyOrder(-64.19561235905536, -64.19561235905536,
                -50.05889331056788);
        assertThat(CatalogCase.make(new StyblinskiTang(), 3).metadata().localMinima()).hasSize(7);
        assertThat(CatalogCase.make(new StyblinskiTang(), 4).metadata().localMinima()).isEmpty();
    }

    @Test
    void rastriginHasItsMinimumAtTheOriginInEveryDimensionAndForEveryAmplitude() {
        for (int n : new int[] {1, 2, 3, 10}) {
            assertThat(minimaOf(new Rastrigin(), n, Map.of())).containsExactly(Arrays.stream(new double[n]).boxed().toList());
            assertThat(minimaOf(new Rastrigin(), n, Map.of("a", "3"))).containsExactly(Arrays.stream(new double[n]).boxed().toList());
        }
    }

    @Test
    void ackleyHasItsMinimumAtTheOriginInEveryDimensionAndForEveryParameter() {
        for (int n : new int[] {1, 2, 3, 10}) {
            assertThat(minimaOf(new Ackley(), n, Map.of())).containsExactly(Arrays.stream(new double[n]).boxed().toList());
        }
        assertThat(minimaOf(new Ackley(), 2, Map.of("a", "5", "b", "2", "c", "0.5"))).containsExactly(List.of(0.0, 0.0));
    }
}
