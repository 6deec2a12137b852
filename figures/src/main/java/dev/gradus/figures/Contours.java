package dev.gradus.figures;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Contour lines of a {@link Landscape} by marching squares, one {@link Path2D.Double} per level in
 * the function's own coordinates, so a figure transforms each path once per paint instead of
 * recomputing anything.
 *
 * <p>Each grid cell is classified by which of its four corners are at or above the level; the
 * line crosses a cell edge where the linear interpolation of its two samples equals the level. In
 * the two ambiguous (saddle) cases, where diagonal corners agree, the average of the four corners
 * decides: when it is at or above the level the upper corners are taken as connected through the
 * cell centre, otherwise the lower ones. The segments are joined into polylines, closed where a
 * line closes on itself, so strokes get proper joins. Cells with a missing (NaN or infinite)
 * corner are skipped: lines end at the edge of missing regions.
 */
public final class Contours {

    /** A level and its line: possibly several polylines in one path. */
    public record ContourLine(double level, Path2D.Double path) {
    }

    // bottom, right, top, left edges of a cell, as used in SEGMENTS
    private static final int B = 0;
    private static final int R = 1;
    private static final int T = 2;
    private static final int L = 3;

    // case index: bit 0 bottom-left, bit 1 bottom-right, bit 2 top-right, bit 3 top-left corner at or above the level.
    // Saddle cases 5 and 10 hold the pairs for "centre below"; the centre-above pairs are in SADDLE_ABOVE.
    private static final int[][] SEGMENTS = {
            {}, {L, B}, {B, R}, {L, R}, {R, T}, {L, B, R, T}, {B, T}, {L, T},
            {T, L}, {B, T}, {B, R, T, L}, {R, T}, {L, R}, {B, R}, {L, B}, {}};
    private static final int[] SADDLE_ABOVE_5 = {B, R, T, L};
    private static final int[] SADDLE_ABOVE_10 = {L, B, R, T};

    private Contours() {
    }

    /**
     * The lines of every level that crosses the landscape, ascending; levels that cross no cell
     * (not strictly between the finite minimum and maximum, or only where samples are missing) are
     * left out.
     */
    public static List<ContourLine> trace(Landscape landscape, ContourLevels levels) {
        List<ContourLine> lines = new ArrayList<>(levels.count());
        for (int k = 0; k < levels.count(); k++) {
            Path2D.Double path = trace(landscape, levels.level(k));
            if (path.getCurrentPoint() != null) {
                lines.add(new ContourLine(levels.level(k), path));
            }
        }
        return lines;
    }

    /**
     * The line of one level; an empty path when the level crosses no cell. A level at or beyond
     * the landscape's finite minimum or maximum crosses nothing: it could only touch single nodes.
     */
    public static Path2D.Double trace(Landscape landscape, double level) {
        if (!(level > landscape.min() && level < landscape.max())) {
            return new Path2D.Double(); // also NaN levels, and landscapes without a finite sample
        }
        return new Tracer(landscape, level).trace();
    }

    /**
     * One level's marching squares. Crossing points live on grid edges, numbered horizontal
     * edges first ({@code j * (nx - 1) + i} joins node (i, j) to (i + 1, j)), then vertical ones
     * ({@code H + j * nx + i} joins (i, j) to (i, j + 1)). Each crossing touches at most two
     * segments, one per adjacent cell, so two neighbour slots per edge suffice to stitch them.
     */
    private static final class Tracer {
        private final Landscape landscape;
        private final double[] v;
        private final int nx;
        private final int ny;
        private final double level;
        private final int horizontalEdges;
        private final int[] neighbours;

        Tracer(Landscape landscape, double level) {
            this.landscape = landscape;
            this.v = landscape.samples();
            this.nx = landscape.nx();
            this.ny = landscape.ny();
            this.level = level;
            this.horizontalEdges = (nx - 1) * ny;
            this.neighbours = new int[2 * (horizontalEdges + nx * (ny - 1))];
            Arrays.fill(neighbours, -1);
        }

        Path2D.Double trace() {
            boolean any = false;
            for (int j = 0; j < ny - 1; j++) {
                for (int i = 0; i < nx - 1; i++) {
                    any |= march(i, j);
                }
            }
            Path2D.Double path = new Path2D.Double();
            if (any) {
                stitch(path);
            }
            return path;
        }

        private boolean march(int i, int j) {
            double bl = v[j * nx + i];
            double br = v[j * nx + i + 1];
            double tr = v[(j + 1) * nx + i + 1];
            double tl = v[(j + 1) * nx + i];
            if (!Double.isFinite(bl) || !Double.isFinite(br) || !Double.isFinite(tr) || !Double.isFinite(tl)) {
                return false;
            }
            int index = (bl >= level ? 1 : 0) | (br >= level ? 2 : 0) | (tr >= level ? 4 : 0) | (tl >= level ? 8 : 0);
            int[] pairs = SEGMENTS[index];
            if (index == 5 || index == 10) {
                boolean centreAbove = (bl + br + tr + tl) / 4 >= level;
                if (centreAbove) {
                    pairs = index == 5 ? SADDLE_ABOVE_5 : SADDLE_ABOVE_10;
                }
            }
            for (int p = 0; p < pairs.length; p += 2) {
                link(edge(i, j, pairs[p]), edge(i, j, pairs[p + 1]));
            }
            return pairs.length > 0;
        }

        private int edge(int i, int j, int side) {
            return switch (side) {
                case B -> j * (nx - 1) + i;
                case T -> (j + 1) * (nx - 1) + i;
                case L -> horizontalEdges + j * nx + i;
                default -> horizontalEdges + j * nx + i + 1;
            };
        }

        private void link(int a, int b) {
            attach(a, b);
            attach(b, a);
        }

        private void attach(int from, int to) {
            int slot = neighbours[2 * from] < 0 ? 2 * from : 2 * from + 1;
            neighbours[slot] = to;
        }

        private void stitch(Path2D.Double path) {
            int edges = neighbours.length / 2;
            boolean[] used = new boolean[edges];
            // open lines first, from an end (a crossing with one segment), so none is split in two
            for (int e = 0; e < edges; e++) {
                if (!used[e] && neighbours[2 * e] >= 0 && neighbours[2 * e + 1] < 0) {
                    walk(path, e, used, false);
                }
            }
            for (int e = 0; e < edges; e++) {
                if (!used[e] && neighbours[2 * e] >= 0) {
                    walk(path, e, used, true);
                }
            }
        }

        private void walk(Path2D.Double path, int start, boolean[] used, boolean closed) {
            moveTo(path, start);
            used[start] = true;
            int current = start;
            while (true) {
                int next = neighbours[2 * current];
                if (next < 0 || used[next]) {
                    next = neighbours[2 * current + 1];
                }
                if (next < 0 || used[next]) {
                    break;
                }
                lineTo(path, next);
                used[next] = true;
                current = next;
            }
            if (closed) {
                path.closePath();
            }
        }

        private void moveTo(Path2D.Double path, int e) {
            path.moveTo(crossingX(e), crossingY(e));
        }

        private void lineTo(Path2D.Double path, int e) {
            path.lineTo(crossingX(e), crossingY(e));
        }

        private double crossingX(int e) {
            if (e < horizontalEdges) {
                int i = e % (nx - 1);
                int j = e / (nx - 1);
                return landscape.x(i) + t(v[j * nx + i], v[j * nx + i + 1]) * landscape.dx();
            }
            return landscape.x((e - horizontalEdges) % nx);
        }

        private double crossingY(int e) {
            if (e < horizontalEdges) {
                return landscape.y(e / (nx - 1));
            }
            int i = (e - horizontalEdges) % nx;
            int j = (e - horizontalEdges) / nx;
            return landscape.y(j) + t(v[j * nx + i], v[(j + 1) * nx + i]) * landscape.dy();
        }

        private double t(double a, double b) {
            return (level - a) / (b - a);
        }
    }
}
