package dev.gradus.objectives.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FdlibmTest {

    private static void assertSameAsStrictMath(double x) {
        double expected = StrictMath.log(x);
        double actual = Fdlibm.log(x);
        if (Double.isNaN(expected)) {
            assertThat(actual).as("log(%s)", x).isNaN();
        } else {
            assertThat(Double.doubleToRawLongBits(actual)).as("log(%s) = %s, StrictMath gives %s", x, actual, expected)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @Test
    void specialArgumentsGiveWhatStrictMathGives() {
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -1, 1, Math.nextUp(1.0), Math.nextDown(1.0), 2, 0.5, Math.E, 10,
            Math.sqrt(2), Math.sqrt(0.5), 1e-7, 1 + 1e-7, 1 - 1e-7, 1 + 0x1p-21, 1 - 0x1p-21, 1 + 0x1p-20, 0x1p-1074, 0x1p1023};

        for (double x : special) {
            assertSameAsStrictMath(x);
        }
        assertThat(Fdlibm.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Fdlibm.log(-2)).isNaN();
        assertThat(Fdlibm.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Fdlibm.log(1)).isEqualTo(0.0);
    }

    @Test
    void everyKindOfDoubleGivesWhatStrictMathGivesBitForBit() {
        SplittableRandom random = new SplittableRandom(20261204);
        for (int n = 0; n < 2_000_000; n++) {
            // every bit pattern: all exponents, subnormals, negatives, NaNs
            assertSameAsStrictMath(Double.longBitsToDouble(random.nextLong()));
        }
    }

    @Test
    void argumentsOfEveryBranchNearOneGiveWhatStrictMathGivesBitForBit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 1_000_000; n++) {
            // within 2^-18 of 1 and of powers of two, where the short polynomial and the k = 0 branches are
            double near = 1 + (random.nextDouble() - 0.5) * 0x1p-17;
            assertSameAsStrictMath(near);
            assertSameAsStrictMath(Math.scalb(near, random.nextInt(-1074, 1024)));
            // the loss's range: probabilities plus a small epsilon
            assertSameAsStrictMath(random.nextDouble() + 1e-7);
            // around the normalisation's cut at sqrt(2)
            assertSameAsStrictMath(Math.sqrt(2) * (1 + (random.nextDouble() - 0.5) * 1e-6));
        }
    }
}
