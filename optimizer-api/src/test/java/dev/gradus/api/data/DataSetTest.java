package dev.gradus.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataSetTest {

    @Test
    void rowsAreReadRowMajorAndTheArraysAreCopied() {
        double[] features = {0, 0, 0, 1, 1, 0, 1, 1};
        DataSet xor = new DataSet("xor", List.of("x1", "x2"), "class", features, new double[] {0, 1, 1, 0}, List.of("0", "1"));
        features[3] = 9;
        assertThat(xor.size()).isEqualTo(4);
        assertThat(xor.feature(1, 1)).isEqualTo(1);
        assertThat(xor.feature(2, 0)).isEqualTo(1);
        assertThat(xor.target(3)).isEqualTo(0);
        assertThat(xor.classes()).isEqualTo(2);
        assertThat(xor).hasToString("xor: 4 rows, features x1, x2, target class (2 classes)");
    }

    @Test
    void badShapesAndTargetsAreRefused() {
        assertThatThrownBy(() -> new DataSet("d", List.of("a"), "t", new double[] {1, 2}, new double[] {1}, List.of()))
                .hasMessageContaining("do not make 1 rows of 1");
        assertThatThrownBy(() -> new DataSet("d", List.of("a"), "t", new double[] {1}, new double[] {2}, List.of("p", "q")))
                .hasMessageContaining("index 0..1");
        assertThatThrownBy(() -> new DataSet("d", List.of("a"), "t", new double[] {Double.NaN}, new double[] {2}, List.of()))
                .hasMessageContaining("finite");
    }
}
