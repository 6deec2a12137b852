package dev.gradus.figures;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.objective.Box;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    private static final Landscape SPHERE = Landscape.sample(p -> p[0] * p[0] + p[1] * p[1], Box.cube(2, -2, 2), 200, 200);

    /** The polylines of a path, each a list of {x, y}, and whether each was closed. */
    private record Piece(List<double[]> points, boolean closed) {
    }

    private static List<Piece> pieces(Path2D path) {
        List<Piece> pieces = new ArrayList<>();
        List<double[]> current = null;
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                current = new ArrayList<>();
                pieces.add(new Piece(current, false));
                current.add(new double[] {c[0], c[1]});
            } else if (type == PathIterator.SEG_LINETO) {
                current.add(new double[] {c[0], c[1]});
            } else if (type == PathIterator.SEG_CLOSE) {
                pieces.set(pieces.size() - 1, new Piece(current, true));
            }
        }
        return pieces;
    }

    @Test
    void theContourOfTheSphereAtRSquaredLiesOnTheCircleOfRadiusR() {
        double spacing = SPHERE.dx();
        for (double r : new double[] {0.5, 1.0, 1.7}) {
            List<Piece> pieces = pieces(Contours.trace(SPHERE, r * r));

            assertThat(pieces).hasSize(1);
            assertThat(pieces.get(0).closed()).isTrue();
            assertThat(pieces.get(0).points()).hasSizeGreaterThan(50);
            double worst = 0;
            for (double[] p : pieces.get(0).points()) {
                worst = Math.max(worst, Math.abs(Math.hypot(p[0], p[1]) - r));
            }
            assertThat(worst).as("max deviation from radius %s", r).isLessThan(0.01 * spacing);
        }
    }

    @Test
    void oneLineForEachLevelThatCrossesTheRange() {
        ContourLevels levels = ContourLevels.linear(-3, 12, 14); // -2, -1, ..., 11; the sphere spans (0, 8]

        List<Contours.ContourLine> lines = Contours.trace(SPHERE, levels);

        long crossing = Arrays.stream(levels.values()).filter(v -> v > SPHERE.min() && v < SPHERE.max()).count();
        assertThat(crossing).isEqualTo(7); // 1 .. 7; 8 only touches the window's corners
        assertThat(lines).hasSize((int) crossing);
        assertThat(lines).extracting(Contours.ContourLine::level).isSorted();
    }

    @Test
    void aLevelOutsideTheRangeGivesAnEmptyPath() {
        assertThat(Contours.trace(SPHERE, -1).getCurrentPoint()).isNull();
        assertThat(Contours.trace(SPHERE, 100).getCurrentPoint()).isNull();
        assertThat(Contours.trace(SPHERE, SPHERE.max()).getCurrentPoint()).isNull();
        assertThat(Contours.trace(SPHERE, Double.NaN).getCurrentPoint()).isNull();
    }

    @Test
    void aSaddleCellJoinsTheCornersOnTheSideOfItsCentreAverage() {
        // bottom-left and top-right 1, the other two 0: the centre average is 0.5
        Landscape saddle = Landscape.sample(p -> p[0] == p[1] ? 1 : 0, Box.of(0, 1, 0, 1), 2, 2);

        // level 0.4: the centre (0.5) is above, so the high corners connect through it and the
        // lines cut off the low corners: bottom-right and top-left
        List<Piece> below = pieces(Contours.trace(saddle, 0.4));
        assertThat(below).hasSize(2);
        assertThat(below).allSatisfy(piece -> assertThat(cutsOffCorner(piece, 1, 0) || cutsOffCorner(piece, 0, 1)).isTrue());

        // level 0.6: the centre is below, so the lines cut off the high corners
        List<Piece> above = pieces(Contours.trace(saddle, 0.6));
        assertThat(above).hasSize(2);
        assertThat(above).allSatisfy(piece -> assertThat(cutsOffCorner(piece, 0, 0) || cutsOffCorner(piece, 1, 1)).isTrue());
    }

    /** Whether both ends of a one-segment piece lie on the two unit-square edges meeting at corner (cx, cy). */
    private static boolean cutsOffCorner(Piece piece, double cx, double cy) {
        if (piece.points().size() != 2) {
            return false;
        }
        double[] a = piece.points().get(0);
        double[] b = piece.points().get(1);
        boolean aOnX = a[0] == cx;
        boolean aOnY = a[1] == cy;
        boolean bOnX = b[0] == cx;
        boolean bOnY = b[1] == cy;
        return (aOnX && bOnY) || (aOnY && bOnX);
    }

    @Test
    void linesStopAtMissingSamples() {
        Landscape halfMissing = Landscape.sample(p -> p[0] < 0 ? Double.NaN : p[0] * p[0] + p[1] * p[1], Box.cube(2, -2, 2), 101, 101);

        List<Piece> pieces = pieces(Contours.trace(halfMissing, 1));

        assertThat(pieces).hasSize(1);
        assertThat(pieces.get(0).closed()).isFalse();
        assertThat(pieces.get(0).points()).allSatisfy(p -> assertThat(p[0]).isGreaterThanOrEqualTo(0));
    }
}
