package dev.gradus.figures;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Reduces an image to at most 256 colours, as GIF needs, with its own palette.
 *
 * <p>An image with 256 colours or fewer (flat drawings) keeps them exactly. Otherwise the colours
 * are counted on a 5-bit-per-channel grid and the grid is cut by median cut (Heckbert, "Color
 * image quantization for frame buffer display", SIGGRAPH 1982): repeatedly split the box of
 * colours that holds the most pixels times its longest side, at the pixel median along that side;
 * each box's colour is the mean of its pixels. No dithering: figures are lines and smooth fills,
 * which dithering would only make noisy.
 *
 * <p>GIF transparency is all or nothing, so translucent pixels are first blended onto white, the
 * background of every figure here.
 */
final class MedianCut {

    /** The most colours a GIF palette holds. */
    static final int MAX_COLOURS = 256;

    private static final int BITS = 5;
    private static final int LEVELS = 1 << BITS;
    private static final int CELLS = LEVELS * LEVELS * LEVELS;

    private MedianCut() {
    }

    /** The image with at most {@value #MAX_COLOURS} colours, as an 8-bit indexed image of the same size. */
    static BufferedImage toIndexed(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int p = 0; p < rgb.length; p++) {
            rgb[p] = ontoWhite(rgb[p]);
        }
        byte[] indices = new byte[rgb.length];
        IndexColorModel palette = exactPalette(rgb, indices);
        if (palette == null) {
            palette = medianCut(rgb, indices);
        }
        BufferedImage indexed = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette);
        indexed.getRaster().setDataElements(0, 0, w, h, indices);
        return indexed;
    }

    private static int ontoWhite(int argb) {
        int a = argb >>> 24;
        if (a == 0xFF) {
            return argb & 0xFFFFFF;
        }
        int r = blend(argb >> 16 & 0xFF, a);
        int g = blend(argb >> 8 & 0xFF, a);
        int b = blend(argb & 0xFF, a);
        return r << 16 | g << 8 | b;
    }

    private static int blend(int c, int alpha) {
        return (c * alpha + 0xFF * (0xFF - alpha) + 127) / 0xFF;
    }

    /** The image's own colours when there are at most 256 of them, indices filled in; else null. */
    private static IndexColorModel exactPalette(int[] rgb, byte[] indices) {
        int size = 1024; // open addressing, kept at most a quarter full
        int[] keys = new int[size];
        int[] slots = new int[size];
        Arrays.fill(keys, -1);
        int[] colours = new int[MAX_COLOURS];
        int count = 0;
        for (int p = 0; p < rgb.length; p++) {
            int c = rgb[p];
            int slot = (c * 0x9E3779B1 >>> 22) & (size - 1);
            while (keys[slot] != -1 && keys[slot] != c) {
                slot = (slot + 1) & (size - 1);
            }
            if (keys[slot] == -1) {
                if (count == MAX_COLOURS) {
                    return null;
                }
                keys[slot] = c;
                slots[slot] = count;
                colours[count++] = c;
            }
            indices[p] = (byte) slots[slot];
        }
        return palette(Arrays.copyOf(colours, Math.max(count, 1)));
    }

    private static IndexColorModel medianCut(int[] rgb, byte[] indices) {
        long[] count = new long[CELLS];
        long[] sumR = new long[CELLS];
        long[] sumG = new long[CELLS];
        long[] sumB = new long[CELLS];
        for (int c : rgb) {
            int cell = cell(c);
            count[cell]++;
            sumR[cell] += c >> 16 & 0xFF;
            sumG[cell] += c >> 8 & 0xFF;
            sumB[cell] += c & 0xFF;
        }
        int[] cells = new int[CELLS];
        int n = 0;
        for (int cell = 0; cell < CELLS; cell++) {
            if (count[cell] > 0) {
                cells[n++] = cell;
            }
        }

        // box k covers cells[from[k] .. to[k]), holding pixels[k] pixels, longest along axis[k]
        int[] from = new int[MAX_COLOURS];
        int[] to = new int[MAX_COLOURS];
        long[] pixels = new long[MAX_COLOURS];
        int[] side = new int[MAX_COLOURS];
        int[] axis = new int[MAX_COLOURS];
        int boxes = 1;
        to[0] = n;
        measure(cells, count, from, to, pixels, side, axis, 0);
        while (boxes < MAX_COLOURS) {
            int widest = -1;
            long best = 0;
            for (int k = 0; k < boxes; k++) {
                long score = pixels[k] * side[k];
                if (to[k] - from[k] > 1 && score > best) {
                    best = score;
                    widest = k;
                }
            }
            if (widest < 0) {
                break;
            }
            int median = split(cells, count, from[widest], to[widest], pixels[widest], axis[widest]);
            from[boxes] = median;
            to[boxes] = to[widest];
            to[widest] = median;
            measure(cells, count, from, to, pixels, side, axis, widest);
            measure(cells, count, from, to, pixels, side, axis, boxes);
            boxes++;
        }

        int[] colours = new int[boxes];
        int[] paletteIndex = new int[CELLS];
        for (int k = 0; k < boxes; k++) {
            long r = 0;
            long g = 0;
            long b = 0;
            for (int i = from[k]; i < to[k]; i++) {
                int cell = cells[i];
                r += sumR[cell];
                g += sumG[cell];
                b += sumB[cell];
                paletteIndex[cell] = k;
            }
            long half = pixels[k] / 2;
            colours[k] = (int) ((r + half) / pixels[k]) << 16 | (int) ((g + half) / pixels[k]) << 8 | (int) ((b + half) / pixels[k]);
        }
        for (int p = 0; p < rgb.length; p++) {
            indices[p] = (byte) paletteIndex[cell(rgb[p])];
        }
        return palette(colours);
    }

    /** Fills in box {@code k}'s pixel count, longest side and the axis it lies along. */
    private static void measure(int[] cells, long[] count, int[] from, int[] to, long[] pixels, int[] side, int[] axis, int k) {
        int[] lo = {LEVELS, LEVELS, LEVELS};
        int[] hi = {-1, -1, -1};
        long total = 0;
        for (int i = from[k]; i < to[k]; i++) {
            int cell = cells[i];
            total += count[cell];
            for (int a = 0; a < 3; a++) {
                int v = component(cell, a);
                lo[a] = Math.min(lo[a], v);
                hi[a] = Math.max(hi[a], v);
            }
        }
        pixels[k] = total;
        axis[k] = 0;
        for (int a = 1; a < 3; a++) {
            if (hi[a] - lo[a] > hi[axis[k]] - lo[axis[k]]) {
                axis[k] = a;
            }
        }
        side[k] = hi[axis[k]] - lo[axis[k]] + 1;
    }

    /**
     * Sorts the box's cells along {@code axis} and returns where its pixels are split in two
     * halves, both non-empty.
     */
    private static int split(int[] cells, long[] count, int from, int to, long pixels, int axis) {
        // sort by the axis' component: put it above the cell number, sort, take it off again
        for (int i = from; i < to; i++) {
            cells[i] |= component(cells[i], axis) << (3 * BITS);
        }
        Arrays.sort(cells, from, to);
        for (int i = from; i < to; i++) {
            cells[i] &= CELLS - 1;
        }
        long seen = 0;
        int i = from;
        while (i < to - 1 && seen + count[cells[i]] <= pixels / 2) {
            seen += count[cells[i]];
            i++;
        }
        return Math.max(i, from + 1);
    }

    private static int cell(int rgb) {
        return (rgb >> (16 + 8 - BITS) & (LEVELS - 1)) << (2 * BITS)
                | (rgb >> (8 + 8 - BITS) & (LEVELS - 1)) << BITS
                | (rgb >> (8 - BITS) & (LEVELS - 1));
    }

    /** Component {@code axis} (0 red, 1 green, 2 blue) of a grid cell, in grid units. */
    private static int component(int cell, int axis) {
        return cell >> ((2 - axis) * BITS) & (LEVELS - 1);
    }

    private static IndexColorModel palette(int[] colours) {
        byte[] r = new byte[colours.length];
        byte[] g = new byte[colours.length];
        byte[] b = new byte[colours.length];
        for (int k = 0; k < colours.length; k++) {
            r[k] = (byte) (colours[k] >> 16);
            g[k] = (byte) (colours[k] >> 8);
            b[k] = (byte) colours[k];
        }
        return new IndexColorModel(8, colours.length, r, g, b);
    }
}
