package dev.gradus.objectives.formula;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The functions a formula may call, with how many arguments each takes and the instruction it compiles to. */
enum MathFunction {
    SIN("sin", Op.SIN, 1),
    COS("cos", Op.COS, 1),
    TAN("tan", Op.TAN, 1),
    ASIN("asin", Op.ASIN, 1),
    ACOS("acos", Op.ACOS, 1),
    ATAN("atan", Op.ATAN, 1),
    ATAN2("atan2", Op.ATAN2, 2),
    SINH("sinh", Op.SINH, 1),
    COSH("cosh", Op.COSH, 1),
    TANH("tanh", Op.TANH, 1),
    EXP("exp", Op.EXP, 1),
    LOG("log", Op.LOG, 1),
    LOG10("log10", Op.LOG10, 1),
    SQRT("sqrt", Op.SQRT, 1),
    CBRT("cbrt", Op.CBRT, 1),
    ABS("abs", Op.ABS, 1),
    MIN("min", Op.MIN, 2, Integer.MAX_VALUE),
    MAX("max", Op.MAX, 2, Integer.MAX_VALUE),
    POW("pow", Op.POW, 2),
    HYPOT("hypot", Op.HYPOT, 2),
    SIGMOID("sigmoid", Op.SIGMOID, 1),
    SOFTPLUS("softplus", Op.SOFTPLUS, 1);

    private static final Map<String, MathFunction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(f -> f.name, Function.identity()));
    /** Names from other notations that a distance would not find, and what they are here. */
    private static final Map<String, String> ALIASES = Map.of("ln", "log", "arcsin", "asin", "arccos", "acos", "arctan", "atan",
            "sqr", "sqrt", "power", "pow", "logistic", "sigmoid", "lg", "log10");

    private final String name;
    private final int op;
    private final int minArguments;
    private final int maxArguments;

    MathFunction(String name, int op, int arguments) {
        this(name, op, arguments, arguments);
    }

    MathFunction(String name, int op, int minArguments, int maxArguments) {
        this.name = name;
        this.op = op;
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    /** The function called {@code name} exactly, or null. */
    static MathFunction named(String name) {
        return BY_NAME.get(name);
    }

    /** Every name, in the order of the list above (the order messages list them in). */
    static List<String> names() {
        return Arrays.stream(values()).map(f -> f.name).toList();
    }

    /**
     * The known function {@code name} was most likely meant to be: an alias ({@code ln} for
     * {@code log}), the same name in another case, or one within a small edit distance (one edit
     * for names of up to four letters, two beyond); null when none is close.
     */
    static String closestTo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(lower)) {
            return ALIASES.get(lower);
        }
        int allowed = lower.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = allowed + 1;
        for (MathFunction f : values()) {
            int distance = EditDistance.between(lower, f.name, bestDistance);
            if (distance < bestDistance) {
                best = f.name;
                bestDistance = distance;
            }
        }
        return best;
    }

    String functionName() {
        return name;
    }

    int op() {
        return op;
    }

    boolean accepts(int arguments) {
        return arguments >= minArguments && arguments <= maxArguments;
    }

    int maxArguments() {
        return maxArguments;
    }

    /** {@code takes 1 argument}, {@code takes 2 arguments}, {@code takes 2 or more arguments}. */
    String arity() {
        if (maxArguments == Integer.MAX_VALUE) {
            return "takes " + minArguments + " or more arguments";
        }
        return "takes " + minArguments + (minArguments == 1 ? " argument" : " arguments");
    }

    /** How a call looks: {@code sin(x)}, {@code atan2(y, x)}. */
    String example() {
        return switch (this) {
            case ATAN2 -> "atan2(y, x)";
            case MIN, MAX, HYPOT -> name + "(x, y)";
            case POW -> "pow(x, 2)";
            default -> name + "(x)";
        };
    }
}
