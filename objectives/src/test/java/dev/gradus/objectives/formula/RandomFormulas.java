package dev.gradus.objectives.formula;

import java.util.List;
import java.util.Random;

/**
 * Random formula texts over the whole language, for property tests: every operator, every
 * function, constants, prefix signs, with and without parentheses. Deterministic for a given
 * {@link Random}, so a failure names its seed and can be replayed.
 */
final class RandomFormulas {
    private static final List<String> UNARY = MathFunction.names().stream().filter(name -> MathFunction.named(name).maxArguments() == 1).toList();
    private static final String[] BINARY = {"atan2", "hypot", "min", "max", "pow"};
    private static final String[] OPERATORS = {"+", "-", "*", "/", "^"};
    private static final String[] NUMBERS = {"2", "0.5", "3", "1.5", "10", ".25", "1e-1", "pi", "e"};
    private static final String[] EXPONENTS = {"2", "3", "4", "5", "0.5", "1.5", "-1", "-2", "0", "1"};

    private final Random random;
    private final List<String> variables;

    RandomFormulas(Random random, List<String> variables) {
        this.random = random;
        this.variables = variables;
    }

    /** A formula of nesting depth at most {@code depth}. */
    String next(int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return leaf();
        }
        return switch (random.nextInt(7)) {
            case 0 -> "(" + next(depth - 1) + " " + operator() + " " + next(depth - 1) + ")";
            // no parentheses: the parser's precedence decides, which the property does not care about
            case 1 -> next(depth - 1) + operator() + next(depth - 1);
            case 2, 3 -> UNARY.get(random.nextInt(UNARY.size())) + "(" + next(depth - 1) + ")";
            case 4 -> {
                String name = BINARY[random.nextInt(BINARY.length)];
                yield name + "(" + next(depth - 1) + ", " + next(depth - 1) + (name.equals("min") && random.nextBoolean() ? ", " + next(depth - 1) : "") + ")";
            }
            case 5 -> "(" + next(depth - 1) + ")^" + (random.nextInt(3) == 0 ? "(" + next(depth - 1) + ")" : EXPONENTS[random.nextInt(EXPONENTS.length)]);
            default -> "-" + next(depth - 1);
        };
    }

    private String operator() {
        return OPERATORS[random.nextInt(OPERATORS.length)];
    }

    private String leaf() {
        return random.nextInt(10) < 7 ? variables.get(random.nextInt(variables.size())) : NUMBERS[random.nextInt(NUMBERS.length)];
    }
}
