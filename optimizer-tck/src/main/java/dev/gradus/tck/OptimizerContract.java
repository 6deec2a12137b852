package dev.gradus.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every optimizer provider keeps. A provider's test class implements this interface
 * and returns its provider; every rule then runs as a test named by its id:
 *
 * <pre>{@code
 * class SignDescentContractTest implements OptimizerContract {
 *     public OptimizerProvider provider() { return new SignDescentProvider(); }
 *     public Map<String, String> convergenceParameters() { return Map.of("lr", "0.001"); }
 * }
 * }</pre>
 *
 * <p>The rules run the optimizer on the TCK's own quadratics (no objective provider is needed),
 * driven as the Gradus engine drives it: exact gradients, the learning rate of the {@code lr}
 * parameter passed through the step context, extra evaluations answered when the provider declares
 * {@link OptimizerCapability#EXTRA_EVALUATIONS}. The runs use {@link #convergenceParameters()}, which
 * a provider overrides to give a learning rate that suits the quadratics, along with the budget
 * ({@link #convergenceSteps()}) and the bar ({@link #convergenceTolerance()}).
 *
 * <p>Every rule's name says whether it is required or optional; an optional rule holds the
 * providers that declare its capability ({@code [optional: STATE_VECTORS]}) and is skipped, with
 * that reason, for the others. See CONTRACT.md.
 */
public interface OptimizerContract {

    /** The provider under test; called once per rule. */
    OptimizerProvider provider();

    /**
     * Parameter values (as text, like {@code -p}) for the runs of the state and convergence rules;
     * the defaults when empty.
     */
    default Map<String, String> convergenceParameters() {
        return Map.of();
    }

    /** The step budget of the convergence rules. */
    default int convergenceSteps() {
        return 5000;
    }

    /** The value a convergence run must end below (both test functions have minimum 0). */
    default double convergenceTolerance() {
        return 1e-6;
    }

    @Test
    @DisplayName("O1 [required] info is well-formed, stable, and built for a supported API")
    default void infoIsWellFormed() {
        OptimizerProvider provider = provider();
        ProviderChecks.infoIsWellFormed(provider);
        assertThat(provider.capabilities()).as("capabilities() returns equal values on every call").isEqualTo(provider.capabilities());
    }

    @Test
    @DisplayName("O2 [required] parameters are well-formed: snake_case names, descriptions, defaults in bounds, lr is real")
    default void parametersAreWellFormed() {
        ProviderChecks.parametersAreWellFormed(provider());
        provider().parameters().descriptor("lr").ifPresent(lr -> assertThat(lr).as("lr is a real parameter").isInstanceOf(RealParameter.class));
    }

    @Test
    @DisplayName("O3 [required] the defaults and the convergence parameters are accepted and make an optimizer")
    default void defaultsAreAccepted() {
        OptimizerProvider provider = provider();
        ParameterSpace space = provider.parameters();
        String id = provider.info().id();
        assertThat(space.parse(id, Map.of())).isEqualTo(space.defaults());
        assertThatCode(() -> assertThat(provider.create(space.defaults())).isNotNull()).doesNotThrowAnyException();
        assertThatCode(() -> assertThat(provider.create(space.parse(id, convergenceParameters()))).isNotNull()).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("O4 [required] every out-of-range value is refused, naming the parameter")
    default void outOfRangeValuesAreRefused() {
        ProviderChecks.outOfRangeValuesAreRefused(provider());
    }

    @Test
    @DisplayName("O5 [required] update does not modify the gradient")
    default void updateDoesNotModifyTheGradient() {
        ContractRun<?> run = start(TestFunction.WEIGHTED);
        for (int k = 0; k < 10; k++) {
            double[] gradient = new double[run.x.length];
            double value = TestFunction.WEIGHTED.valueAndGradient(run.x, gradient);
            double[] copy = gradient.clone();
            run.stepWith(gradient, value);
            assertThat(gradient).as("gradient after step %d", k + 1).containsExactly(copy);
        }
    }

    @Test
    @DisplayName("O6 [required] the state keeps its dimension, counts its steps, and names vectors only when it declares STATE_VECTORS")
    default void stateKeepsItsShape() {
        ContractRun<?> run = start(TestFunction.WEIGHTED);
        int n = TestFunction.WEIGHTED.dimension();
        assertThat(run.state.dimension()).isEqualTo(n);
        assertThat(run.state.steps()).isZero();
        for (int k = 1; k <= 10; k++) {
            run.step();
            assertThat(run.state.dimension()).isEqualTo(n);
            assertThat(run.state.steps()).as("steps() after %d updates", k).isEqualTo(k);
            if (!provider().capabilities().contains(OptimizerCapability.STATE_VECTORS)) {
                assertThat(run.state.vectors().keySet()).as("state vectors of a provider that does not declare STATE_VECTORS").isEmpty();
            }
        }
    }

    @Test
    @DisplayName("O7 [required] runs are deterministic")
    default void runsAreDeterministic() {
        double[] first = start(TestFunction.WEIGHTED).steps(50).x;
        double[] second = start(TestFunction.WEIGHTED).steps(50).x;
        assertThat(second).as("a second run from the same start").containsExactly(first);
    }

    @Test
    @DisplayName("O8 [required] two runs stepped alternately equal the two run one after the other")
    default void interleavedRunsEqualSeparateRuns() {
        Optimizer<?> optimizer = configured();
        ContractRun<?> a = ContractRun.start(optimizer, TestFunction.WEIGHTED, learningRate(), extraEvaluations());
        ContractRun<?> b = ContractRun.start(optimizer, TestFunction.SPHERE, learningRate(), extraEvaluations());
        for (int k = 0; k < 30; k++) {
            a.step();
            b.step();
        }
        double[] aAlone = ContractRun.start(configured(), TestFunction.WEIGHTED, learningRate(), extraEvaluations()).steps(30).x;
        double[] bAlone = ContractRun.start(configured(), TestFunction.SPHERE, learningRate(), extraEvaluations()).steps(30).x;
        assertThat(a.x).as("first run, interleaved").containsExactly(aAlone);
        assertThat(b.x).as("second run, interleaved").containsExactly(bAlone);
    }

    @Test
    @DisplayName("O9 [required] a restored snapshot continues exactly as the original state")
    default void restoredSnapshotContinuesExactly() {
        ContractRun<?> original = start(TestFunction.WEIGHTED).steps(20);
        ContractRun<?> restored = original.restoredCopy();
        assertThat(restored.state.steps()).isEqualTo(20);
        original.steps(20);
        restored.steps(20);
        assertThat(restored.x).as("point after 20 more steps").containsExactly(original.x);
        assertThat(restored.state.snapshot()).as("state after 20 more steps").isEqualTo(original.state.snapshot());
    }

    @Test
    @DisplayName("O10 [required] converges on the sphere")
    default void convergesOnTheSphere() {
        assertConverges(TestFunction.SPHERE);
    }

    @Test
    @DisplayName("O11 [required] converges on the elongated bowl x^2/20 + y^2")
    default void convergesOnTheElongatedBowl() {
        assertConverges(TestFunction.ELONGATED_BOWL);
    }

    @Test
    @DisplayName("O12 [required] converges on the ill-conditioned bowl x^2/100 + y^2")
    default void convergesOnAnIllConditionedBowl() {
        assertConverges(TestFunction.ILL_CONDITIONED);
    }

    @Test
    @DisplayName("O13 [optional: STATE_VECTORS] the state vectors keep their names and length, each has a kind, and a scale is never negative")
    default void stateVectorsHaveKindsAndScalesAreNotNegative() {
        Assumptions.assumeTrue(provider().capabilities().contains(OptimizerCapability.STATE_VECTORS),
                "the provider does not declare STATE_VECTORS");
        ContractRun<?> run = start(TestFunction.WEIGHTED);
        int n = TestFunction.WEIGHTED.dimension();
        java.util.List<String> names = java.util.List.copyOf(run.state.vectors().keySet());
        for (int k = 1; k <= 30; k++) {
            run.step();
            assertThat(java.util.List.copyOf(run.state.vectors().keySet())).as("the names of the state vectors after %d steps", k)
                    .isEqualTo(names);
            for (Map.Entry<String, double[]> e : run.state.vectors().entrySet()) {
                assertThat(e.getValue()).as("state vector '%s'", e.getKey()).hasSize(n);
                dev.gradus.api.optimizer.StateVectorKind kind = run.state.vectorKind(e.getKey());
                assertThat(kind).as("vectorKind('%s')", e.getKey()).isNotNull();
                if (kind == dev.gradus.api.optimizer.StateVectorKind.SCALE) {
                    for (double v : e.getValue()) {
                        assertThat(v).as("scale vector '%s' after %d steps", e.getKey(), k).isGreaterThanOrEqualTo(0.0);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("O14 [required] an update with a NaN or infinite gradient returns or throws within 5 s, never hangs")
    default void nonFiniteGradientsNeverHang() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            ContractRun<?> run = start(TestFunction.WEIGHTED).steps(3);
            double[] gradient = new double[run.x.length];
            java.util.Arrays.fill(gradient, bad);
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
                try {
                    run.stepWith(gradient, bad);
                } catch (RuntimeException refused) {
                    // refusing a non-finite gradient is allowed; the engine reports it as the provider's failure
                }
            }, "update with a gradient of " + bad);
        }
    }

    @Test
    @DisplayName("O15 [required] ServiceLoader finds it: a public class with a public no-arg constructor, listed in META-INF/services")
    default void isDiscoverable() {
        ProviderChecks.isDiscoverable(OptimizerProvider.class, provider());
    }

    @Test
    @DisplayName("O16 [required] construction is cheap: under 1 MiB allocated, no thread left running")
    default void constructionIsCheap() {
        ProviderChecks.constructionIsCheap(provider());
    }

    private void assertConverges(TestFunction function) {
        ContractRun<?> run = start(function);
        double initial = run.value();
        run.steps(convergenceSteps());
        assertThat(run.value()).as("value after %d steps from %s (it started at %s) with %s", convergenceSteps(),
                java.util.Arrays.toString(function.start()), initial, convergenceParameters()).isLessThan(convergenceTolerance());
    }

    private ContractRun<?> start(TestFunction function) {
        return ContractRun.start(configured(), function, learningRate(), extraEvaluations());
    }

    private Optimizer<?> configured() {
        OptimizerProvider provider = provider();
        return provider.create(provider.parameters().parse(provider.info().id(), convergenceParameters()));
    }

    private double learningRate() {
        OptimizerProvider provider = provider();
        ParameterValues values = provider.parameters().parse(provider.info().id(), convergenceParameters());
        return values.has("lr") ? values.real("lr") : Double.NaN;
    }

    private boolean extraEvaluations() {
        return provider().capabilities().contains(OptimizerCapability.EXTRA_EVALUATIONS);
    }
}
