package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void viridisRunsFromDarkPurpleToYellow() {
        assertThat(Palette.viridisRgb(0)).isEqualTo(0x440154);
        assertThat(Palette.viridisRgb(1)).isEqualTo(0xFDE725);
        assertThat(Palette.viridisRgb(0.5)).isBetween(0x200000, 0x22FFFF); // the teal middle, red near 0x21
    }

    @Test
    void viridisClampsOutsideTheUnitIntervalAndMarksNanMissing() {
        assertThat(Palette.viridisRgb(-3)).isEqualTo(Palette.viridisRgb(0));
        assertThat(Palette.viridisRgb(7)).isEqualTo(Palette.viridisRgb(1));
        assertThat(Palette.viridis(Double.NaN)).isEqualTo(Palette.MISSING);
    }

    @Test
    void viridisGetsBrighterAlongTheMap() {
        double previous = -1;
        for (int k = 0; k <= 20; k++) {
            Color c = Palette.viridis(k / 20.0);
            double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
            assertThat(luminance).isGreaterThan(previous);
            previous = luminance;
        }
    }

    @Test
    void runColoursAreDistinctOkabeItoAndCycle() {
        assertThat(new HashSet<>(Palette.runColours())).hasSize(8);
        assertThat(Palette.run(0)).isEqualTo(new Color(0xD55E00));
        assertThat(Palette.run(8)).isEqualTo(Palette.run(0));
        assertThatThrownBy(() -> Palette.run(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
