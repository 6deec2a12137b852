package dev.gradus.objectives.math;

/**
 * fdlibm's natural logarithm written in Java: bit for bit {@link StrictMath#log}, which on Java 17
 * to 20 is a native method. A native call cannot be inlined and costs a JNI transition each time,
 * about a third of a small network's forward pass; this one the JIT compiles into the caller.
 * Results are the same on every JVM, as {@code StrictMath}'s are ({@code FdlibmTest} checks every
 * kind of argument against {@code StrictMath.log}, bit for bit).
 *
 * <p>The method is fdlibm 5.3's {@code e_log.c}: {@code x = 2^k (1 + f)} with
 * {@code sqrt(2)/2 < 1 + f < sqrt(2)}, then {@code log(1 + f) = 2s + s R(s^2)} for
 * {@code s = f / (2 + f)}, with {@code R} a minimax polynomial, and {@code k ln 2} added in two
 * parts so the sum is exact to within 1 ulp.
 */
public final class Fdlibm {
    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double TWO54 = Double.longBitsToDouble(0x4350000000000000L);
    private static final double LG1 = Double.longBitsToDouble(0x3fe5555555555593L);
    private static final double LG2 = Double.longBitsToDouble(0x3fd999999997fa04L);
    private static final double LG3 = Double.longBitsToDouble(0x3fd2492494229359L);
    private static final double LG4 = Double.longBitsToDouble(0x3fcc71c51d8e78afL);
    private static final double LG5 = Double.longBitsToDouble(0x3fc7466496cb03deL);
    private static final double LG6 = Double.longBitsToDouble(0x3fc39a09d078c69fL);
    private static final double LG7 = Double.longBitsToDouble(0x3fc2f112df3e5244L);

    private Fdlibm() {
    }

    /**
     * The natural logarithm of {@code x}, exactly as {@link StrictMath#log} gives it: NaN for NaN
     * and negative arguments, negative infinity for zeros, {@code x} for positive infinity.
     */
    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int k = 0;
        if (hx < 0x00100000) {
            // zero, subnormal or negative
            if (((hx & 0x7fffffff) | (int) bits) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return Double.NaN;
            }
            k -= 54;
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // normalise x or x/2 into [sqrt(2)/2, sqrt(2))
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            // |f| < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }
}
