package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionGridTest {

    @Test
    void cellCentresStartHalfACellInFromTheBottomLeftCorner() {
        RegionGrid grid = new RegionGrid(-1, 3, 10, 12, 4, 2);

        assertThat(grid.cells()).isEqualTo(8);
        assertThat(grid.cellWidth()).isEqualTo(1);
        assertThat(grid.cellHeight()).isEqualTo(1);
        assertThat(grid.centreX(0)).isEqualTo(-0.5);
        assertThat(grid.centreX(3)).isEqualTo(2.5);
        assertThat(grid.centreY(0)).isEqualTo(10.5);
        assertThat(grid.centreY(1)).isEqualTo(11.5);
    }

    @Test
    void centresRunRowByRowFromTheBottom() {
        RegionGrid grid = new RegionGrid(0, 3, 0, 2, 3, 2);

        double[] centres = grid.centres();

        assertThat(centres).hasSize(12);
        int cell = 1 * 3 + 2; // column 2, row 1
        assertThat(centres[2 * cell]).isEqualTo(2.5);
        assertThat(centres[2 * cell + 1]).isEqualTo(1.5);
        assertThat(centres[0]).isEqualTo(0.5);
        assertThat(centres[1]).isEqualTo(0.5);
        assertThat(centres[2]).isEqualTo(1.5);
        assertThat(centres[3]).isEqualTo(0.5);
    }

    @Test
    void rejectsEmptyOrNonFiniteSidesAndEmptyGrids() {
        assertThatThrownBy(() -> new RegionGrid(1, 1, 0, 1, 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("xMin < xMax");
        assertThatThrownBy(() -> new RegionGrid(0, 1, 0, Double.NaN, 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yMin < yMax");
        assertThatThrownBy(() -> new RegionGrid(0, 1, 0, 1, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 x 2");
        assertThatThrownBy(() -> new RegionGrid(0, 1, 0, 1, 100_000, 100_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
