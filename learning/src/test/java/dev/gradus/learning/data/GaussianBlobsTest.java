package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import org.junit.jupiter.api.Test;

class GaussianBlobsTest {
    private final GaussianBlobs blobs = new GaussianBlobs();

    @Test
    void hasThreeBlobsOfFiftyPointsByDefault() {
        DataSet data = Generate.from(blobs, 2);

        assertThat(data.size()).isEqualTo(150);
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.classNames()).containsExactly("0", "1", "2");
        assertThat(Generate.classCounts(data)).containsExactly(50, 50, 50);
        for (int row = 0; row < data.size(); row++) {
            assertThat(data.target(row)).isEqualTo(row / 50);
        }
    }

    @Test
    void centresAreEvenlySpacedOnTheSpreadCircleStartingOnTheX1Axis() {
        assertThat(GaussianBlobs.centre(0, 3, 3)).containsExactly(3, 0);
        assertThat(GaussianBlobs.centre(1, 3, 3)).containsExactly(new double[] {-1.5, 1.5 * Math.sqrt(3)}, offset(1e-12));
        assertThat(GaussianBlobs.centre(2, 3, 3)).containsExactly(new double[] {-1.5, -1.5 * Math.sqrt(3)}, offset(1e-12));
        assertThat(GaussianBlobs.centre(1, 4, 2)).containsExactly(new double[] {0, 2}, offset(1e-12));
    }

    @Test
    void withoutDeviationEveryPointIsItsCentre() {
        DataSet data = Generate.from(blobs, 2, "classes", 4, "points", 3, "deviation", 0.0, "spread", 2.0);

        for (int row = 0; row < data.size(); row++) {
            double[] centre = GaussianBlobs.centre(row / 3, 4, 2);
            assertThat(new double[] {data.feature(row, 0), data.feature(row, 1)}).containsExactly(centre);
        }
    }

    @Test
    void classMeansAreNearTheirCentresForManySeeds() {
        int classes = 5;
        int points = 200;
        double deviation = 0.8;
        // a class mean has standard error deviation / sqrt(points) per coordinate; allow five of them
        double tolerance = 5 * deviation / Math.sqrt(points);
        for (long seed = 0; seed < 20; seed++) {
            DataSet data = Generate.from(blobs, seed, "classes", classes, "points", points, "deviation", deviation);
            for (int c = 0; c < classes; c++) {
                double[] mean = new double[2];
                for (int i = 0; i < points; i++) {
                    mean[0] += data.feature(c * points + i, 0) / points;
                    mean[1] += data.feature(c * points + i, 1) / points;
                }
                assertThat(mean).as("seed %d, class %d", seed, c).containsExactly(GaussianBlobs.centre(c, classes, 3), offset(tolerance));
            }
        }
    }

    @Test
    void spreadsEachBlobByTheDeviation() {
        double deviation = 0.5;
        DataSet data = Generate.from(blobs, 4, "classes", 2, "points", 5000, "deviation", deviation);

        double sumOfSquares = 0;
        for (int row = 0; row < data.size(); row++) {
            double[] centre = GaussianBlobs.centre((int) data.target(row), 2, 3);
            sumOfSquares += Math.pow(data.feature(row, 0) - centre[0], 2) + Math.pow(data.feature(row, 1) - centre[1], 2);
        }
        assertThat(Math.sqrt(sumOfSquares / (2 * data.size()))).isCloseTo(deviation, offset(0.05 * deviation));
    }

    @Test
    void rejectsOneClassAndNegativeDeviation() {
        assertThatThrownBy(() -> Generate.from(blobs, 0, "classes", 1, "deviation", -1.0))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter, ParameterViolation::kind)
                        .containsExactly(tuple("classes", ParameterViolation.Kind.OUT_OF_RANGE),
                                tuple("deviation", ParameterViolation.Kind.OUT_OF_RANGE)));
    }
}
