package dev.gradus.api.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveMetadataTest {

    @Test
    void buildsWithDefaultsForOptionalFields() {
        ObjectiveMetadata m = ObjectiveMetadata.builder(2).suggestedStart(-7, 2).plotWindow(Box.of(-10, 10, -5, 5)).build();

        assertThat(m.coordinateNames()).containsExactly("x", "y");
        assertThat(m.smooth()).isTrue();
        assertThat(m.logScaledContours()).isFalse();
        assertThat(m.globalMinima()).isEmpty();
        assertThat(m.domain()).isEqualTo(m.plotWindow());
        assertThat(m.formula()).isEmpty();
        assertThat(m.localMinima()).isEmpty();
        assertThat(m.boundedBelow()).isTrue();
    }

    @Test
    void listsLocalMinimaApartFromTheGlobalOnes() {
        ObjectiveMetadata m = ObjectiveMetadata.builder(1).suggestedStart(3.5).plotWindow(Box.interval(-10, 10))
                .globalMinimum(new double[] {-2}, -4).localMinimum(new double[] {2.5}, -1).build();

        assertThat(m.globalMinima()).extracting(KnownMinimum::value).containsExactly(-4.0);
        assertThat(m.localMinima()).singleElement().satisfies(local -> assertThat(local.point()).containsExactly(2.5));
    }

    @Test
    void refusesALocalMinimumThatIsNotAboveTheGlobalOne() {
        assertThatThrownBy(() -> ObjectiveMetadata.builder(1).suggestedStart(3.5).plotWindow(Box.interval(-10, 10))
                .globalMinimum(new double[] {-2}, -4).localMinimum(new double[] {2.5}, -4).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not above the global minimum");
    }

    @Test
    void aFunctionUnboundedBelowListsNoGlobalMinimum() {
        ObjectiveMetadata saddle = ObjectiveMetadata.builder(2).suggestedStart(1, 0.1).plotWindow(Box.of(-2, 2, -2, 2)).unboundedBelow().build();

        assertThat(saddle.boundedBelow()).isFalse();
        assertThatThrownBy(() -> ObjectiveMetadata.builder(2).suggestedStart(1, 0.1).plotWindow(Box.of(-2, 2, -2, 2)).unboundedBelow()
                .globalMinimum(new double[] {0, 0}, 0).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbounded below");
    }

    @Test
    void defaultCoordinateNamesFollowTheDimension() {
        assertThat(ObjectiveMetadata.defaultCoordinateNames(1)).containsExactly("x");
        assertThat(ObjectiveMetadata.defaultCoordinateNames(3)).containsExactly("x", "y", "z");
        assertThat(ObjectiveMetadata.defaultCoordinateNames(4)).containsExactly("x1", "x2", "x3", "x4");
    }

    @Test
    void theDefaultNamesOfTenMillionCoordinatesAreNamedOnDemandAndFoundByName() {
        int n = 10_000_000;
        List<String> names = ObjectiveMetadata.defaultCoordinateNames(n);

        assertThat(names).hasSize(n);
        assertThat(names.get(0)).isEqualTo("x1");
        assertThat(names.get(n - 1)).isEqualTo("x10000000");
        assertThat(names.indexOf("x4711")).isEqualTo(4710);
        assertThat(names.contains("x0")).isFalse();
        assertThat(names.contains("x01")).isFalse();
        assertThat(names.contains("x10000001")).isFalse();
        assertThat(names.contains("y")).isFalse();
        assertThat(ObjectiveMetadata.defaultCoordinateNames(5)).isEqualTo(List.of("x1", "x2", "x3", "x4", "x5"))
                .hasSameHashCodeAs(List.of("x1", "x2", "x3", "x4", "x5"));
        assertThatThrownBy(() -> names.set(0, "a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> names.get(n)).isInstanceOf(IndexOutOfBoundsException.class);
        double[] start = new double[n];
        ObjectiveMetadata big = ObjectiveMetadata.builder(n).suggestedStart(start).plotWindow(Box.cube(n, -1, 1)).coordinateNames(names).build();
        assertThat(big.coordinateNames()).as("held as given, not copied name by name").isSameAs(names);
        assertThat(ObjectiveMetadata.builder(n).suggestedStart(start).plotWindow(Box.cube(n, -1, 1)).build().coordinateNames().get(99))
                .isEqualTo("x100");
    }

    @Test
    void suggestedStartIsACopy() {
        ObjectiveMetadata m = ObjectiveMetadata.builder(1).suggestedStart(3.5).plotWindow(Box.interval(-10, 10)).build();
        m.suggestedStart()[0] = 99;

        assertThat(m.suggestedStart()).containsExactly(3.5);
    }

    @Test
    void refusesFieldsOfTheWrongDimension() {
        assertThatThrownBy(() -> ObjectiveMetadata.builder(2).suggestedStart(1).plotWindow(Box.of(-1, 1, -1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suggested start");
        assertThatThrownBy(() -> ObjectiveMetadata.builder(2).suggestedStart(1, 2).plotWindow(Box.interval(-1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plot window");
        assertThatThrownBy(() -> ObjectiveMetadata.builder(2).suggestedStart(1, 2).plotWindow(Box.of(-1, 1, -1, 1))
                .globalMinimum(new double[] {1, 2, 3}, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimum");
        assertThatThrownBy(() -> ObjectiveMetadata.builder(2).suggestedStart(1, 2).plotWindow(Box.of(-1, 1, -1, 1))
                .coordinateNames(List.of("a", "a")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    }

    @Test
    void boxRefusesEmptyOrInfiniteSides() {
        assertThatThrownBy(() -> Box.of(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Box.interval(0, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Box.cube(3, -2, 2).contains(new double[] {-2, 0, 2})).isTrue();
        assertThat(Box.cube(3, -2, 2).contains(new double[] {-2, 0, 2.1})).isFalse();
    }

    @Test
    void knownMinimumMeasuresDistance() {
        KnownMinimum m = KnownMinimum.at(new double[] {3, 2}, 0);

        assertThat(m.distanceTo(new double[] {0, -2})).isEqualTo(5.0);
    }

    @Test
    void dimensionsAcceptTheirRange() {
        assertThat(Dimensions.fixed(2).accepts(2)).isTrue();
        assertThat(Dimensions.fixed(2).accepts(3)).isFalse();
        assertThat(Dimensions.atLeast(1, 2).accepts(1_000_000)).isTrue();
        assertThat(Dimensions.atLeast(2, 2)).hasToString("any >= 2");
        assertThatThrownBy(() -> new Dimensions(0, 2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
