package dev.gradus.learning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.StochasticObjective;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code select} and {@code batch()} do: the batch is exactly the selected rows, counted as often as given. */
class BatchSelectionTest {
    /** Four rows of y = x, fitted by w = 1, b = 0 except for row 2 (y off by 3) and row 3 (off by -1). */
    private static final DataSet ROWS = new DataSet("rows", List.of("x"), "y", new double[] {0, 1, 2, 3}, new double[] {0, 1, 5, 2}, List.of());

    @Test
    void batchLossIsTheMeanOverExactlyTheSelectedRowsWithRepeatsCountedTwice() {
        StochasticObjective f = Fixtures.create(Fixtures.LINEAR, ROWS, Map.of());
        double[] line = {1, 0};

        f.select(new int[] {2, 0, 2, 9}, 3);

        // squared errors: row 2 -> 9, row 0 -> 0, row 2 again -> 9
        assertThat(f.batch().value(line)).isCloseTo(18.0 / 3, within(1e-15));
        assertThat(f.value(line)).as("the full loss is over all four rows").isCloseTo((0 + 0 + 9 + 1) / 4.0, within(1e-15));
    }

    @Test
    void batchGradientIsTheMeanOfTheSelectedRowsGradients() {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.classification(4, 10, 2, 3), 4, Map.of("layers", "2-4-3", "l2", 0.1));
        DifferentiableObjective batch = (DifferentiableObjective) f.batch();
        double[] x = CentralDifference.randomPoint(4, f.dimension(), 1);
        double[] g7 = new double[x.length];
        double[] g3 = new double[x.length];
        double[] together = new double[x.length];

        f.select(new int[] {7}, 1);
        double v7 = batch.valueAndGradient(x, g7);
        f.select(new int[] {3}, 1);
        double v3 = batch.valueAndGradient(x, g3);
        f.select(new int[] {7, 3, 7}, 3);
        double v = batch.valueAndGradient(x, together);

        assertThat(v).isCloseTo((2 * v7 + v3) / 3, within(1e-14));
        for (int i = 0; i < x.length; i++) {
            assertThat(together[i]).isCloseTo((2 * g7[i] + g3[i]) / 3, within(1e-14));
        }
    }

    @Test
    void beforeTheFirstSelectionTheBatchIsTheWholeDataBitForBit() {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), 2, Map.of("l2", 0.01));
        double[] x = f.metadata().suggestedStart();
        double[] full = new double[x.length];
        double[] batch = new double[x.length];

        double fullValue = ((DifferentiableObjective) f).valueAndGradient(x, full);
        double batchValue = ((DifferentiableObjective) f.batch()).valueAndGradient(x, batch);

        assertThat(batchValue).isEqualTo(fullValue);
        assertThat(batch).containsExactly(full);
    }

    @Test
    void selectingEveryRowInOrderGivesTheFullObjectiveBitForBit() {
        StochasticObjective f = Fixtures.create(Fixtures.LOGISTIC, Fixtures.classification(2, 6, 2, 3), Map.of("l2", 0.2));
        double[] x = CentralDifference.randomPoint(9, f.dimension(), 1);
        f.select(new int[] {1}, 1);

        f.select(new int[] {0, 1, 2, 3, 4, 5}, 6);

        assertThat(f.batch().value(x)).isEqualTo(f.value(x));
    }

    @Test
    void batchIsTheSameInstanceOnEveryCallWithTheSameDimensionAndMetadata() {
        StochasticObjective f = Fixtures.create(Fixtures.MLP, Fixtures.xor(), Map.of());

        var first = f.batch();
        f.select(new int[] {1, 2}, 2);

        assertThat(f.batch()).isSameAs(first).isInstanceOf(DifferentiableObjective.class);
        assertThat(first.dimension()).isEqualTo(f.dimension());
        assertThat(first.metadata()).isSameAs(f.metadata());
        assertThat(f.examples()).isEqualTo(4);
    }

    @Test
    void aBatchLargerThanTheDataIsAllowedWithRepeats() {
        StochasticObjective f = Fixtures.create(Fixtures.LINEAR, ROWS, Map.of());

        f.select(new int[] {2, 2, 2, 2, 2, 3}, 6);

        assertThat(f.batch().value(new double[] {1, 0})).isCloseTo((5 * 9 + 1) / 6.0, within(1e-15));
    }

    @Test
    void refusesIndicesOutsideTheDataAndKeepsTheBatch() {
        StochasticObjective f = Fixtures.create(Fixtures.LINEAR, ROWS, Map.of());
        f.select(new int[] {2}, 1);

        assertThatThrownBy(() -> f.select(new int[] {0, 4}, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> f.select(new int[] {0}, 0)).isInstanceOf(IllegalArgumentException.class);

        assertThat(f.batch().value(new double[] {1, 0})).isEqualTo(9);
    }
}
