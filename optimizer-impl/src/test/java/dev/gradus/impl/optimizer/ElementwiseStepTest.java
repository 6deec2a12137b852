package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How an element-wise step chooses its threads and hands its arrays to the shared workers. */
class ElementwiseStepTest {

    /** Adds the gradient to x; fails at one coordinate when told. */
    private static final class Probe extends ElementwiseStep {
        volatile int failAt = -1;

        @Override
        void range(double[] x, double[] gradient, int from, int to) {
            for (int i = from; i < to; i++) {
                x[i] += gradient[i];
                if (i == failAt) {
                    throw new IllegalStateException("coordinate " + i);
                }
            }
        }
    }

    @Test
    void aParallelStepLetsGoOfTheCallersArraysAlsoWhenARangeFails() {
        Probe probe = new Probe();
        probe.threads(2);
        double[] x = new double[1000];
        double[] gradient = new double[1000];
        Arrays.fill(gradient, 1);
        probe.failAt = 999;

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() -> probe.apply(x, gradient))
                .isInstanceOf(IllegalStateException.class).hasMessage("coordinate 999"));
        assertThat(probe.x).as("the caller's arrays, let go").isNull();
        assertThat(probe.gradient).isNull();

        probe.failAt = -1;
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> probe.apply(x, gradient));
        assertThat(x).containsOnly(2);
        assertThat(probe.threadsUsed()).as("patient: both threads").isEqualTo(2);
        assertThat(probe.x).isNull();
    }

    @Test
    void theAutomaticChoiceIsOneThreadBelowTheThresholdAndEveryProcessorFromIt() {
        int processors = Runtime.getRuntime().availableProcessors();

        assertThat(ElementwiseStep.wanted(0, ElementwiseStep.PARALLEL_DIMENSION - 1)).isEqualTo(1);
        assertThat(ElementwiseStep.wanted(0, ElementwiseStep.PARALLEL_DIMENSION)).isEqualTo(processors);
        assertThat(ElementwiseStep.wanted(1, 100_000_000)).isEqualTo(1);
        assertThat(ElementwiseStep.wanted(5, 10)).isEqualTo(5);
        assertThat(ElementwiseStep.wanted(3, 2)).as("at most one thread a coordinate").isEqualTo(2);
    }

    @Test
    void theThreadsPropertyIsAWholeNumberAtLeastZeroAndZeroWhenUnset() {
        assertThat(ElementwiseStep.threads(null)).isZero();
        assertThat(ElementwiseStep.threads("")).isZero();
        assertThat(ElementwiseStep.threads("0")).isZero();
        assertThat(ElementwiseStep.threads("1")).isEqualTo(1);
        assertThat(ElementwiseStep.threads(" 3 ")).isEqualTo(3);
        assertThatThrownBy(() -> ElementwiseStep.threads("-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dgradus.step.threads must be 0 (choose), 1 (serial) or a number of threads, not '-1'");
        assertThatThrownBy(() -> ElementwiseStep.threads("two")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'two'");
    }
}
