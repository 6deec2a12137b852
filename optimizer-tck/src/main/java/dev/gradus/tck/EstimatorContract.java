package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.gradient.GradientEstimator;
import dev.gradus.api.objective.GradientSource;
import dev.gradus.api.objective.Objective;
import dev.gradus.api.spi.GradientEstimatorProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every gradient estimator provider keeps. A provider's test class implements this
 * interface and returns its provider; every rule then runs as a test named by its id ({@code E1}
 * ...). The estimators are made for the TCK's 5-D weighted bowl, an objective with an exact
 * gradient whose declared source is {@link #exactGradientSource()}, so that exact estimators
 * apply to it too; the optional rule E11 holds the estimators that also apply to an objective
 * without a gradient. See CONTRACT.md.
 */
public interface EstimatorContract {

    /** The provider under test; called once per rule. */
    GradientEstimatorProvider provider();

    /** Parameter values (as text, like {@code -e}) the estimator is made with; the defaults when empty. */
    default Map<String, String> parameterValues() {
        return Map.of();
    }

    /** The gradient source the TCK's objective declares (an exact estimator applies to objectives of one source). */
    default GradientSource exactGradientSource() {
        return GradientSource.ANALYTIC;
    }

    /** How close each component must be to the exact gradient, relative to 1 + |exact|. */
    default double accuracy() {
        return 1e-5;
    }

    @Test
    @DisplayName("E1 [required] info is well-formed, stable, and built for a supported API")
    default void estimatorInfoIsWellFormed() {
        ProviderChecks.infoIsWellFormed(provider());
    }

    @Test
    @DisplayName("E2 [required] parameters are well-formed: snake_case names, descriptions, defaults in bounds")
    default void estimatorParametersAreWellFormed() {
        ProviderChecks.parametersAreWellFormed(provider());
    }

    @Test
    @DisplayName("E3 [required] every out-of-range value is refused, naming the parameter")
    default void estimatorOutOfRangeValuesAreRefused() {
        ProviderChecks.outOfRangeValuesAreRefused(provider());
    }

    @Test
    @DisplayName("E4 [required] it applies to an objective with an exact gradient of the declared source")
    default void appliesToTheTestObjective() {
        assertThat(provider().appliesTo(new Quadratic(TestFunction.WEIGHTED, exactGradientSource()))).isTrue();
    }

    @Test
    @DisplayName("E5 [required] the gradient is accurate, the value exact, and the point left unchanged")
    default void gradientIsAccurate() {
        Quadratic f = new Quadratic(TestFunction.WEIGHTED, exactGradientSource());
        GradientEstimator estimator = estimator(f);
        for (double[] x : points()) {
            double[] copy = x.clone();
            double[] gradient = new double[x.length];
            double value = estimator.valueAndGradient(x, gradient);
            assertThat(x).as("the point after valueAndGradient").containsExactly(copy);
            assertThat(value).as("the value at %s", java.util.Arrays.toString(x))
                    .isCloseTo(TestFunction.WEIGHTED.value(x), within(1e-12 * (1 + Math.abs(value))));
            double[] exact = f.gradient(x);
            for (int i = 0; i < x.length; i++) {
                assertThat(gradient[i]).as("component %d at %s", i, java.util.Arrays.toString(x)).isCloseTo(exact[i],
                        within(accuracy() * (1 + Math.abs(exact[i]))));
            }
        }
    }

    @Test
    @DisplayName("E6 [required] evaluation counts are honest: every call of the objective is counted, and no other")
    default void evaluationCountsAreHonest() {
        Quadratic f = new Quadratic(TestFunction.WEIGHTED, exactGradientSource());
        GradientEstimator estimator = estimator(f);
        double[] gradient = new double[f.dimension()];
        for (double[] x : points()) {
            estimator.valueAndGradient(x, gradient);
            assertThat(estimator.gradientEvaluations()).as("gradient evaluations counted").isEqualTo(f.gradients.get());
            assertThat(estimator.functionEvaluations()).as("function evaluations counted (value calls, and one in each gradient call)")
                    .isEqualTo(f.values.get() + f.gradients.get());
        }
        assertThat(f.values.get() + f.gradients.get()).as("the objective was called at all").isPositive();
    }

    @Test
    @DisplayName("E7 [required] estimates are deterministic")
    default void estimatesAreDeterministic() {
        double[] x = points().get(1);
        double[] a = new double[x.length];
        double[] b = new double[x.length];
        estimator(new Quadratic(TestFunction.WEIGHTED, exactGradientSource())).valueAndGradient(x, a);
        estimator(new Quadratic(TestFunction.WEIGHTED, exactGradientSource())).valueAndGradient(x, b);
        assertThat(b).containsExactly(a);
    }

    @Test
    @DisplayName("E8 [required] ServiceLoader finds it: a public class with a public no-arg constructor, listed in META-INF/services")
    default void estimatorIsDiscoverable() {
        ProviderChecks.isDiscoverable(GradientEstimatorProvider.class, provider());
    }

    @Test
    @DisplayName("E9 [required] construction is cheap: under 1 MiB allocated, no thread left running")
    default void estimatorConstructionIsCheap() {
        ProviderChecks.constructionIsCheap(provider());
    }

    @Test
    @DisplayName("E10 [required] create keeps to appliesTo: it makes an estimator where it applies and refuses, with IllegalArgumentException, where not")
    default void createKeepsToAppliesTo() {
        GradientEstimatorProvider provider = provider();
        dev.gradus.api.param.ParameterValues values = provider.parameters().parse(provider.info().id(), parameterValues());
        for (Objective objective : List.of(new Quadratic(TestFunction.WEIGHTED, exactGradientSource()), new ValueOnlyFunction(TestFunction.WEIGHTED),
                new Quadratic(TestFunction.WEIGHTED, otherSource(exactGradientSource())))) {
            String what = objective instanceof Quadratic q ? "the bowl with a gradient of source " + q.gradientSource() : "the bowl without a gradient";
            if (provider.appliesTo(objective)) {
                assertThat(provider.create(objective, values)).as("the estimator made for %s, to which it applies", what).isNotNull();
            } else {
                assertThatThrownBy(() -> provider.create(objective, values)).as("create for %s, to which it does not apply", what)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    @DisplayName("E11 [optional: applies to objectives without a gradient] on such an objective the estimate is accurate and its value calls all counted")
    default void valueOnlyEstimatesAreAccurate() {
        ValueOnlyFunction f = new ValueOnlyFunction(TestFunction.WEIGHTED);
        Assumptions.assumeTrue(provider().appliesTo(f), "it does not apply to objectives without a gradient");
        GradientEstimatorProvider provider = provider();
        GradientEstimator estimator = provider.create(f, provider.parameters().parse(provider.info().id(), parameterValues()));
        for (double[] x : points()) {
            double[] gradient = new double[x.length];
            double value = estimator.valueAndGradient(x, gradient);
            assertThat(value).as("the value at %s", java.util.Arrays.toString(x))
                    .isCloseTo(TestFunction.WEIGHTED.value(x), within(1e-12 * (1 + Math.abs(value))));
            double[] exact = new double[x.length];
            TestFunction.WEIGHTED.valueAndGradient(x, exact);
            for (int i = 0; i < x.length; i++) {
                assertThat(gradient[i]).as("component %d at %s", i, java.util.Arrays.toString(x)).isCloseTo(exact[i],
                        within(accuracy() * (1 + Math.abs(exact[i]))));
            }
            assertThat(estimator.gradientEvaluations()).as("gradient evaluations of an objective that has none").isZero();
            assertThat(estimator.functionEvaluations()).as("function evaluations counted").isEqualTo(f.values.get());
        }
    }

    private static dev.gradus.api.objective.GradientSource otherSource(dev.gradus.api.objective.GradientSource source) {
        for (dev.gradus.api.objective.GradientSource other : dev.gradus.api.objective.GradientSource.values()) {
            if (other != source) {
                return other;
            }
        }
        return source;
    }

    private GradientEstimator estimator(Quadratic f) {
        GradientEstimatorProvider provider = provider();
        return provider.create(f, provider.parameters().parse(provider.info().id(), parameterValues()));
    }

    /** The bowl's start and three seeded points in [-5, 5]^5. */
    private static List<double[]> points() {
        List<double[]> points = new ArrayList<>();
        points.add(TestFunction.WEIGHTED.start());
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 3; k++) {
            double[] x = new double[TestFunction.WEIGHTED.dimension()];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextDouble() * 10 - 5;
            }
            points.add(x);
        }
        return points;
    }
}
