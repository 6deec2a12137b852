package dev.gradus.objectives.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How operators group: each row's value tells one grouping from the others. */
class PrecedenceTest {

    static Stream<Arguments> groupings() {
        return Stream.of(
                // the prefix minus binds looser than ^: -(x^2), not (-x)^2 = 9
                Arguments.of("-x^2", new double[] {3}, -9.0),
                Arguments.of("(-x)^2", new double[] {3}, 9.0),
                Arguments.of("-2^2 + 0*x", new double[] {1}, -4.0),
                // ^ is right-associative: 2^(3^2) = 512, not (2^3)^2 = 64
                Arguments.of("2^3^2*x", new double[] {1}, 512.0),
                Arguments.of("x^y^z", new double[] {2, 1, 3}, 2.0),
                // a sign in an exponent: 2^(-x), and 2^(-(x^2)) rather than (2^-x)^2
                Arguments.of("2^-x", new double[] {1}, 0.5),
                Arguments.of("2^-x^2", new double[] {2}, 1.0 / 16),
                Arguments.of("2^-x*3", new double[] {1}, 1.5),
                // - and / are left-associative: (a-b)-c = 5, not a-(b-c) = 9; (a/b)/c = 2, not a/(b/c) = 8
                Arguments.of("a-b-c", new double[] {10, 3, 2}, 5.0),
                Arguments.of("a/b/c", new double[] {12, 3, 2}, 2.0),
                Arguments.of("a/b*c", new double[] {12, 3, 2}, 8.0),
                Arguments.of("a-b+c", new double[] {10, 3, 2}, 9.0),
                // * before +, ^ before *
                Arguments.of("1 + 2*x^2", new double[] {3}, 19.0),
                Arguments.of("2*x^2 - x*3", new double[] {3}, 9.0),
                // prefix signs chain, after an operator too
                Arguments.of("--x", new double[] {3}, 3.0),
                Arguments.of("- - -x", new double[] {3}, -3.0),
                Arguments.of("-+-x", new double[] {3}, 3.0),
                Arguments.of("+x", new double[] {3}, 3.0),
                Arguments.of("x - -y", new double[] {3, 2}, 5.0),
                Arguments.of("x*-y", new double[] {3, 2}, -6.0),
                Arguments.of("x^-y", new double[] {2, 2}, 0.25),
                Arguments.of("-x*y", new double[] {3, 2}, -6.0),
                // blanks anywhere between tokens, none needed
                Arguments.of("  sin ( x )*2 ", new double[] {0}, 0.0),
                Arguments.of("x*(y+1)", new double[] {2, 3}, 8.0),
                Arguments.of("(((x)))", new double[] {2}, 2.0),
                // numbers in every allowed form
                Arguments.of("1 + 2.5 + .5 + 1. + 1e-3 + 2E+4 + 3e2 + x", new double[] {0}, 1 + 2.5 + .5 + 1 + 1e-3 + 2e4 + 300));
    }

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @MethodSource("groupings")
    void groupsAsDocumented(String formula, double[] point, double value) {
        assertThat(Formula.parse(formula).value(point)).isEqualTo(value);
    }
}
