package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.spi.ObjectiveProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values and gradients at points worked out by hand from each formula. */
class KnownValuesTest {

    @Test
    void rosenbrockAtTheClassicStart() {
        // 100 (1 - 1.44)^2 + (1 + 1.2)^2 = 19.36 + 4.84; gradient (-400 x (y - x^2) - 2 (1 - x), 200 (y - x^2))
        assertValueAndGradient(new Rosenbrock(), 2, Map.of(), new double[] {-1.2, 1}, 24.2, -215.6, -88);
    }

    @Test
    void rosenbrockInFourDimensionsSumsItsThreeTerms() {
        // x = (1, 2, 0, -1): [100 (2 - 1)^2 + 0^2] + [100 (0 - 4)^2 + (1 - 2)^2] + [100 (-1 - 0)^2 + (1 - 0)^2] = 100 + 1601 + 101
        // gradient: -400*1*1 - 0 | 200*1 - 400*2*(-4) + 2 | 200*(-4) - 0 - 2 | 200*(-1)
        assertValueAndGradient(new Rosenbrock(), 4, Map.of(), new double[] {1, 2, 0, -1}, 1802, -400, 3402, -802, -200);
    }

    @Test
    void rosenbrockTakesItsParametersAAndB() {
        // a = 2, b = 10 at (1, 3): 10 (3 - 1)^2 + (2 - 1)^2 = 41; gradient (-40*1*2 - 2*1, 20*2)
        assertValueAndGradient(new Rosenbrock(), 2, Map.of("a", "2", "b", "10"), new double[] {1, 3}, 41, -82, 40);
        // and at (1, 3, -1): 41 + 10 (-1 - 9)^2 + (2 - 3)^2 = 41 + 1001; gradient (-82, 40 - 40*3*(-10) + 2, 20*(-10))
        assertValueAndGradient(new Rosenbrock(), 3, Map.of("a", "2", "b", "10"), new double[] {1, 3, -1}, 1042, -82, 1242, -200);
    }

    @Test
    void bealeAtTheOriginAndElsewhere() {
        // t = (1.5, 2.25, 2.625): 2.25 + 5.0625 + 6.890625; df/dx = -2 (1.5 + 2.25 + 2.625), df/dy = 0 since x = 0
        assertValueAndGradient(new Beale(), 2, Map.of(), new double[] {0, 0}, 14.203125, -12.75, 0);
        // at (2, -1): t = (-2.5, 2.25, -1.375): 6.25 + 5.0625 + 1.890625;
        // df/dx = 2 (-2.5*(-2) + 2.25*0 + (-1.375)*(-2)), df/dy = 2*2 (-2.5 + 2*2.25*(-1) + 3*(-1.375)*1)
        assertValueAndGradient(new Beale(), 2, Map.of(), new double[] {2, -1}, 13.203125, 15.5, -44.5);
    }

    @Test
    void himmelblauAtTheOrigin() {
        // u = -11, v = -7: 121 + 49; gradient (2v, 2u)
        assertValueAndGradient(new Himmelblau(), 2, Map.of(), new double[] {0, 0}, 170, -14, -22);
        // (1, 1): u = -9, v = -5: 81 + 25; gradient (4*(-9) + 2*(-5), 2*(-9) + 4*(-5))
        assertValueAndGradient(new Himmelblau(), 2, Map.of(), new double[] {1, 1}, 106, -46, -38);
    }

    @Test
    void boothAtTheOrigin() {
        // p = -7, q = -5: 49 + 25; gradient (2p + 4q, 4p + 2q)
        assertValueAndGradient(new Booth(), 2, Map.of(), new double[] {0, 0}, 74, -34, -38);
    }

    @Test
    void elongatedBowlAtTheBooksStart() {
        // 49/20 + 4; gradient (x/10, 2y)
        assertValueAndGradient(new ElongatedBowl(), 2, Map.of(), new double[] {-7, 2}, 6.45, -0.7, 4);
    }

    @Test
    void theShiftedBowlOfSeed002AtItsStart() {
        // (0 - 1)^2 + (0 - 2)^2; gradient (2(x - 1), 2(y - 2))
        assertValueAndGradient(new ShiftedBowl(), 2, Map.of(), new double[] {0, 0}, 5, -2, -4);
    }

    @Test
    void matyasAtOneTwo() {
        // 0.26 * 5 - 0.48 * 2; gradient (0.52 - 0.96, 1.04 - 0.48)
        assertValueAndGradient(new Matyas(), 2, Map.of(), new double[] {1, 2}, 0.34, -0.44, 0.56);
    }

    @Test
    void theCamelsAtOneOne() {
        // 2 - 1.05 + 1/6 + 1 + 1; gradient (4 - 4.2 + 1 + 1, 1 + 2)
        assertValueAndGradient(new ThreeHumpCamel(), 2, Map.of(), new double[] {1, 1}, 2.95 + 1.0 / 6, 1.8, 3);
        // (4 - 2.1 + 1/3) + 1 + 0; gradient (8 - 8.4 + 2 + 1, 1 - 8 + 16)
        assertValueAndGradient(new SixHumpCamel(), 2, Map.of(), new double[] {1, 1}, 2.9 + 1.0 / 3, 2.6, 9);
    }

    @Test
    void goldsteinPriceAtTheOrigin() {
        // a = 1, P = 19, b = 0: (1 + 19)(30 + 0) = 600; dA = 2 * 19 + (-14) = 24 in both, dB = 0: gradient 24 * 30 in both
        assertValueAndGradient(new GoldsteinPrice(), 2, Map.of(), new double[] {0, 0}, 600, 720, 720);
    }

    @Test
    void mccormickAtTheOrigin() {
        // sin 0 + 0 + 1; gradient (cos 0 - 1.5, cos 0 + 2.5)
        assertValueAndGradient(new McCormick(), 2, Map.of(), new double[] {0, 0}, 1, -0.5, 3.5);
    }

    @Test
    void levi13AndEasomAtTheOrigin() {
        // 0 + 1 * (1 + 0) + 1 * (1 + 0); gradient (0 + 2 * (-1), 0 + 2 * (-1) + 0)
        assertValueAndGradient(new Levi13(), 2, Map.of(), new double[] {0, 0}, 2, -2, -2);
        // -1 * 1 * exp(-2 pi^2); gradient E (sin 0 + 2 (-pi) cos 0) = -2 pi E in both
        double e = Math.exp(-2 * Math.PI * Math.PI);
        assertValueAndGradient(new Easom(), 2, Map.of(), new double[] {0, 0}, -e, -2 * Math.PI * e, -2 * Math.PI * e);
    }

    @Test
    void sphereInOneThreeAndTenDimensions() {
        assertValueAndGradient(new Sphere(), 1, Map.of(), new double[] {-3}, 9, -6);
        assertValueAndGradient(new Sphere(), 3, Map.of(), new double[] {1, -2, 3}, 14, 2, -4, 6);
        // 1 + 4 + ... + 100 = 10*11*21/6
        assertValueAndGradient(new Sphere(), 10, Map.of(), new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 385, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20);
    }

    @Test
    void theParabolaOfSeed001AtItsStartAndOneStepOn() {
        // 9^2; 2 * 9
        assertValueAndGradient(new Parabola(), 1, Map.of(), new double[] {9}, 81, 18);
        // one step of lr 0.08 from 9: 9 - 0.08 * 18 = 7.56; 7.56^2 = 57.1536, 2 * 7.56
        assertValueAndGradient(new Parabola(), 1, Map.of(), new double[] {7.56}, 57.1536, 15.12);
    }

    @Test
    void theWavyPolynomialAtZeroAndOne() {
        // at 0 only c_0 and c_1 remain
        assertValueAndGradient(new WavyPolynomial(), 1, Map.of(), new double[] {0}, -5333.0 / 2431, -1057.0 / 8580);
        // at 1 the value is the sum of the coefficients, the derivative the sum of k c_k; over the common denominator 17503200:
        // (-38397600 - 2156280 + 23965502 + 712725 - 2047045 - 25245 + 51623) / 17503200 = -17896320 / 17503200 = -956/935
        // (-2156280 + 2*23965502 + 3*712725 - 4*2047045 - 5*25245 + 6*51623) / 17503200 = 39908232 / 17503200 = 42637/18700
        assertValueAndGradient(new WavyPolynomial(), 1, Map.of(), new double[] {1}, -956.0 / 935, 42637.0 / 18700);
    }

    @Test
    void ackleyOnTheAxisAndOnTheDiagonal() {
        // (1, 0): r = sqrt(1/2), both cosines 1 so e - e^1 = 0: 20 (1 - e^(-0.2/sqrt 2));
        // df/dx = 20 * 0.2 e^(-0.2/sqrt 2) * 1 / (2 sqrt(1/2)) + pi sin(2 pi) e = 2 sqrt(2) e^(-0.2/sqrt 2); df/dy = 0 + pi sin 0 e = 0
        double funnel = Math.exp(-0.2 / Math.sqrt(2));
        assertValueAndGradient(new Ackley(), 2, Map.of(), new double[] {1, 0}, 20 * (1 - funnel), 2 * Math.sqrt(2) * funnel, 0);
        // (0.5, 0.5): r = 0.5, both cosines cos(pi) = -1: 20 (1 - e^-0.1) + e - e^-1;
        // each df/dx_i = 20 * 0.2 e^-0.1 * 0.5 / (2 * 0.5) + pi sin(pi) e^-1 = 2 e^-0.1
        assertValueAndGradient(new Ackley(), 2, Map.of(), new double[] {0.5, 0.5}, 20 * (1 - Math.exp(-0.1)) + Math.E - Math.exp(-1),
                2 * Math.exp(-0.1), 2 * Math.exp(-0.1));
        // (0.25, 0): r = 0.25/sqrt 2, cosines cos(pi/2) = 0 and 1, mean 1/2: 20 (1 - e^(-0.2 r)) + e - e^0.5;
        // df/dx = 20 * 0.2 e^(-0.2 r) * 0.25 / (2 r) + (2 pi / 2) sin(pi/2) e^0.5 = 2 sqrt(2) e^(-0.2 r) + pi e^0.5, df/dy = pi sin 0 e^0.5 = 0
        double r = 0.25 / Math.sqrt(2);
        assertValueAndGradient(new Ackley(), 2, Map.of(), new double[] {0.25, 0}, 20 * (1 - Math.exp(-0.2 * r)) + Math.E - Math.exp(0.5),
                2 * Math.sqrt(2) * Math.exp(-0.2 * r) + Math.PI * Math.exp(0.5), 0);
    }

    @Test
    void ackleyTakesItsParametersAndDefinesItsGradientAtTheConeTipAsZero() {
        // n = 1, a = 10, b = 1, c = 1 at 2: r = 2: 10 (1 - e^-2) + e - e^(cos 2); df/dx = 10 * 1 * e^-2 * 2 / 2 + 1 * sin 2 * e^(cos 2)
        assertValueAndGradient(new Ackley(), 1, Map.of("a", "10", "b", "1", "c", "1"), new double[] {2},
                10 * (1 - Math.exp(-2)) + Math.E - Math.exp(Math.cos(2)), 10 * Math.exp(-2) + Math.sin(2) * Math.exp(Math.cos(2)));
        // the origin: 20 (1 - 1) + e - e = 0, and the gradient is defined as 0 (no derivative at the tip)
        assertValueAndGradient(new Ackley(), 3, Map.of(), new double[] {0, 0, 0}, 0, 0, 0, 0);
    }

    @Test
    void theSaddlesNearTheirSaddlePointAndFurtherOut() {
        // 1 - 0.01; gradient (2x, -2y)
        assertValueAndGradient(new Saddle(), 2, Map.of(), new double[] {1, 0.1}, 0.99, 2, -0.2);
        assertValueAndGradient(new Saddle(), 2, Map.of(), new double[] {3, -2}, 5, 6, 4);
        // 1 - 3 * 0.01; gradient (3x^2 - 3y^2, -6xy) = (3 - 0.03, -0.6)
        assertValueAndGradient(new MonkeySaddle(), 2, Map.of(), new double[] {1, 0.1}, 0.97, 2.97, -0.6);
        // 8 - 3 * 2 * 1; gradient (12 - 3, -12)
        assertValueAndGradient(new MonkeySaddle(), 2, Map.of(), new double[] {2, 1}, 2, 9, -12);
    }

    @Test
    void rastriginAtHalvesAndQuarters() {
        // 20 + (0.25 - 10 cos pi) + (1 - 10 cos 2pi) = 20 + 10.25 - 9; gradient (1 + 20 pi sin pi, 2 + 20 pi sin 2pi) = (1, 2)
        assertValueAndGradient(new Rastrigin(), 2, Map.of(), new double[] {0.5, 1}, 21.25, 1, 2);
        // 20 + 2 (0.0625 - 10 cos(pi/2)); gradient (0.5 + 20 pi sin(pi/2), -0.5 - 20 pi)
        assertValueAndGradient(new Rastrigin(), 2, Map.of(), new double[] {0.25, -0.25}, 20.125, 0.5 + 20 * Math.PI, -0.5 - 20 * Math.PI);
        // a = 3, n = 3: 9 + (0.25 + 3) + (0 - 3) + (1 - 3); gradient (1, 0, 2)
        assertValueAndGradient(new Rastrigin(), 3, Map.of("a", "3"), new double[] {0.5, 0, 1}, 7.25, 1, 0, 2);
    }

    @Test
    void styblinskiTangInOneTwoAndThreeDimensions() {
        // (16 - 64 + 10) / 2; 2 * 8 - 32 + 2.5
        assertValueAndGradient(new StyblinskiTang(), 1, Map.of(), new double[] {2}, -19, -13.5);
        // ((1 - 16 + 5) + (1 - 16 - 5)) / 2; (2 - 16 + 2.5, -2 + 16 + 2.5)
        assertValueAndGradient(new StyblinskiTang(), 2, Map.of(), new double[] {1, -1}, -15, -11.5, 16.5);
        // ((81 - 144 - 15) + 0 + (81 - 144 + 15)) / 2; (-54 + 48 + 2.5, 2.5, 54 - 48 + 2.5)
        assertValueAndGradient(new StyblinskiTang(), 3, Map.of(), new double[] {-3, 0, 3}, -63, -3.5, 2.5, 8.5);
    }

    @Test
    void theIllConditionedQuadraticWithItsLogSpacedCurvatures() {
        // lambda = (1, 100): (1 + 100) / 2; gradient (1, 100)
        assertValueAndGradient(new IllConditionedQuadratic(), 2, Map.of(), new double[] {1, 1}, 50.5, 1, 100);
        // lambda = (1, 10, 100): (1 + 10 * 4 + 100) / 2; gradient (1, 20, -100)
        assertValueAndGradient(new IllConditionedQuadratic(), 3, Map.of(), new double[] {1, 2, -1}, 70.5, 1, 20, -100);
        // lambda = 16^(k/4) = (1, 2, 4, 8, 16): 31 / 2; gradient lambda
        assertValueAndGradient(new IllConditionedQuadratic(), 5, Map.of("condition_number", "16"), new double[] {1, 1, 1, 1, 1}, 15.5,
                1, 2, 4, 8, 16);
        // one dimension: lambda = 1 whatever the condition number: 9 / 2; gradient 3
        assertValueAndGradient(new IllConditionedQuadratic(), 1, Map.of("condition_number", "1000"), new double[] {3}, 4.5, 3);
    }

    @Test
    void bukinAboveAndBelowItsValleyAndOnIt() {
        // u = 2 - 0.01 * 100 = 1: 100 * 1 + 0.01 * 0; du-term 50 / 1: gradient (-0.02 * (-10) * 50 + 0.01 sgn(0), 50) = (10, 50)
        assertValueAndGradient(new Bukin6(), 2, Map.of(), new double[] {-10, 2}, 100, 10, 50);
        // u = 0 - 0.25 = -0.25: 100 * 0.5 + 0.01 * 5; du-term -50 / 0.5 = -100: gradient (-0.02 * (-5) * (-100) + 0.01, -100)
        assertValueAndGradient(new Bukin6(), 2, Map.of(), new double[] {-5, 0}, 50.05, -9.99, -100);
        // u = 3.25 - 2.25 = 1: 100 + 0.01 * 5; gradient (-0.02 * (-15) * 50 - 0.01, 50)
        assertValueAndGradient(new Bukin6(), 2, Map.of(), new double[] {-15, 3.25}, 100.05, 14.99, 50);
        // on the valley floor u = 0.25 - 0.25 = 0, where the floor's term is taken as 0: 0.01 * 5; gradient (0.01 sgn(5), 0)
        assertValueAndGradient(new Bukin6(), 2, Map.of(), new double[] {-5, 0.25}, 0.05, 0.01, 0);
        // the minimum, where both kinks meet: 0, gradient 0 by the same choice
        assertValueAndGradient(new Bukin6(), 2, Map.of(), new double[] {-10, 1}, 0, 0, 0);
    }

    @Test
    void crossInTrayInTheMiddleOfACellAndOnTheCrossAtTheOrigin() {
        // (pi/2, pi/2): s = 1, r = pi/sqrt 2, w = 100 - 1/sqrt 2 > 0, E = e^w, q = E + 1: -0.0001 q^0.1;
        // cos(pi/2) = 0 leaves only the radial term: df/dx = -0.00001 q^-0.9 E (0 - 1 * (pi/2) / (pi * pi/sqrt 2)) = 0.00001 q^-0.9 E / (sqrt 2 pi)
        double e = Math.exp(100 - 1 / Math.sqrt(2));
        double q = e + 1;
        double slope = 0.00001 * Math.pow(q, -0.9) * e / (Math.sqrt(2) * Math.PI);
        assertValueAndGradient(new CrossInTray(), 2, Map.of(), new double[] {Math.PI / 2, Math.PI / 2}, -0.0001 * Math.pow(q, 0.1), slope, slope);
        // (pi/2, -pi/2): s = -1, the same value; the radial term flips with y
        assertValueAndGradient(new CrossInTray(), 2, Map.of(), new double[] {Math.PI / 2, -Math.PI / 2}, -0.0001 * Math.pow(q, 0.1), slope, -slope);
        // the origin: s = 0, q = 1: -0.0001; on the ridges sgn(0) = 0 and x/r is taken as 0: gradient 0
        assertValueAndGradient(new CrossInTray(), 2, Map.of(), new double[] {0, 0}, -0.0001, 0, 0);
    }

    @Test
    void holderTableInsideAndOutsideTheCircleOfRadiusPi() {
        // (pi/2, 0): p = 1, r = pi/2, w = 1/2, E = e^0.5: -e^0.5; radial term |p| sgn(w) x / (pi r) = (pi/2) / (pi^2/2) = 1/pi:
        // df/dx = -E (cos(pi/2) - 1/pi) = E/pi, df/dy = -E (-sin(pi/2) sin 0 - 0) = 0
        assertValueAndGradient(new HolderTable(), 2, Map.of(), new double[] {Math.PI / 2, 0}, -Math.exp(0.5), Math.exp(0.5) / Math.PI, 0);
        // (pi/2, pi): p = -1, r = pi sqrt(5)/2, w = 1 - sqrt(5)/2 < 0, E = e^(sqrt(5)/2 - 1): -E; radial term -2/(pi^2 sqrt 5) per unit:
        // df/dx = -E (0 + (pi/2) 2/(pi^2 sqrt 5)) = -E/(pi sqrt 5), df/dy = -E (sin(pi) + pi 2/(pi^2 sqrt 5)) = -2E/(pi sqrt 5)
        double e = Math.exp(Math.sqrt(5) / 2 - 1);
        assertValueAndGradient(new HolderTable(), 2, Map.of(), new double[] {Math.PI / 2, Math.PI}, -e, -e / (Math.PI * Math.sqrt(5)),
                -2 * e / (Math.PI * Math.sqrt(5)));
        // (0, 1), on the ridge x = 0: p = 0, so f = 0, and the kink's term is taken as 0: gradient (-E (0 - 0), -E (-0 - 0)) = 0
        assertValueAndGradient(new HolderTable(), 2, Map.of(), new double[] {0, 1}, 0, 0, 0);
    }

    @Test
    void eggholderWhereItsSquareRootsAreWholeMultiplesOfHalfPi() {
        // x = 5 pi^2/6, y + 47 = -pi^2/6: a = x/2 + y + 47 = pi^2/4, b = x - (y + 47) = pi^2, so sqrt a = pi/2 and sqrt b = pi:
        // f = pi^2/6 * sin(pi/2) - x sin(pi) = pi^2/6; S(a) = cos(pi/2) / pi = 0, S(b) = cos(pi) / (2 pi) = -1/(2 pi):
        // df/dx = 0 - sin(pi) + x/(2 pi) = 5 pi/12, df/dy = -sin(pi/2) - 0 - x/(2 pi) = -1 - 5 pi/12
        double pi2 = Math.PI * Math.PI;
        assertValueAndGradient(new Eggholder(), 2, Map.of(), new double[] {5 * pi2 / 6, -pi2 / 6 - 47}, pi2 / 6, 5 * Math.PI / 12,
                -1 - 5 * Math.PI / 12);
        // the origin: a = 47, b = -47: -47 sin(sqrt 47); S(a) = cos(sqrt 47) / (2 sqrt 47) = -S(b):
        // df/dx = -47 S(a)/2 - sin(sqrt 47) - 0 = -(sqrt 47 / 4) cos(sqrt 47) - sin(sqrt 47), df/dy = -sin(sqrt 47) - (sqrt 47 / 2) cos(sqrt 47)
        double r = Math.sqrt(47);
        assertValueAndGradient(new Eggholder(), 2, Map.of(), new double[] {0, 0}, -47 * Math.sin(r), -r / 4 * Math.cos(r) - Math.sin(r),
                -Math.sin(r) - r / 2 * Math.cos(r));
        // (2, -48), on the line a = 1 - 48 + 47 = 0, where S(a) is taken as 0; y + 47 = -1, b = 3: f = sin(0) - 2 sin(sqrt 3);
        // S(b) = cos(sqrt 3) / (2 sqrt 3): df/dx = 0 - sin(sqrt 3) - 2 S(b), df/dy = -sin 0 - 0 + 2 S(b)
        double s3 = Math.sqrt(3);
        assertValueAndGradient(new Eggholder(), 2, Map.of(), new double[] {2, -48}, -2 * Math.sin(s3), -Math.sin(s3) - Math.cos(s3) / s3,
                Math.cos(s3) / s3);
    }

    private static void assertValueAndGradient(ObjectiveProvider provider, int n, Map<String, String> parameters, double[] x, double value,
            double... gradient) {
        DifferentiableObjective f = CatalogCase.of(provider, n, parameters).objective();
        double[] g = new double[n];

        assertThat(f.value(x)).as("value").isCloseTo(value, within(1e-12 * Math.max(1, Math.abs(value))));
        f.valueAndGradient(x, g);
        for (int i = 0; i < n; i++) {
            assertThat(g[i]).as("df/dx%d", i + 1).isCloseTo(gradient[i], within(1e-12 * Math.max(1, Math.abs(gradient[i]))));
        }
    }
}
