package dev.gradus.objectives.formula;

import dev.gradus.api.error.SyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a formula into a {@link TapeBuilder}, left to right in one pass, with an operand stack
 * and an operator stack (Dijkstra's shunting yard) instead of recursion, so that neither length
 * nor nesting can overflow the call stack; nesting is limited to {@link #MAX_NESTING} levels of
 * parentheses only so that a runaway text is refused with a position.
 *
 * <p>The parser alternates between expecting an operand (a number, a name, {@code (}, or a prefix
 * {@code -} or {@code +}) and expecting an operator (a binary operator, {@code ,}, {@code )} or
 * the end); whatever else comes is the first problem, reported with what was expected there.
 * Precedence, loosest first: {@code + -}, then {@code * /}, then prefix {@code -}, then {@code ^};
 * all are left-associative except {@code ^}.
 */
final class Parser {
    /** Levels of parentheses, a function call's included, beyond which a formula is refused. */
    static final int MAX_NESTING = 256;
    static final String CONSTANT_NAMES = "pi and e";
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E);
    private static final String OPERAND = "a number, a variable, a function or '('";

    // operator-stack entries besides the binary operators, which use the scanner's token kinds
    private static final int NEGATE = 100;
    private static final int GROUP = 101;
    private static final int CALL = 102;

    private final String text;
    private final Scanner scanner;
    private final List<String> listed;
    private final Set<String> listedNames;
    private final TapeBuilder builder = new TapeBuilder();
    private final Map<String, Integer> variableIds = new LinkedHashMap<>();

    private int[] operands = new int[16];
    private int operandCount;

    private int[] entryKind = new int[16];
    private int[] entryPosition = new int[16];
    /** For a call: the function's ordinal. */
    private int[] entryFunction = new int[16];
    /** For a call: the arguments completed so far (followed by a comma). */
    private int[] entryArguments = new int[16];
    /** For a call: where the first argument beyond the most it takes begins (its comma), or -1. */
    private int[] entrySurplus = new int[16];
    private int entryCount;
    private int depth;

    private int previousKind = -1;
    private String previousText = "";

    /** What a parse gives: the nodes, the formula's node and its variables in order of first appearance. */
    record Parsed(TapeBuilder builder, int root, List<String> variables) {
    }

    private Parser(String text, List<String> listed) {
        this.text = text;
        this.scanner = new Scanner(text);
        this.listed = listed;
        this.listedNames = new HashSet<>(listed);
    }

    /**
     * Parses {@code text}.
     *
     * @param listed the variables {@code vars} allows; empty to allow any name
     * @throws SyntaxException on {@code expression}, at the first problem
     */
    static Parsed parse(String text, List<String> listed) {
        return new Parser(text, listed).parse();
    }

    static boolean isConstant(String name) {
        return CONSTANTS.containsKey(name);
    }

    /** Whether {@code name} is a constant's name in other capitals ({@code PI}, {@code E}): refused as a likely slip. */
    static boolean looksLikeConstant(String name) {
        return !isConstant(name) && CONSTANTS.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }

    private Parsed parse() {
        boolean expectOperand = true;
        while (true) {
            scanner.advance();
            int kind = scanner.kind();
            if (expectOperand) {
                switch (kind) {
                    case Scanner.NUMBER -> {
                        push(builder.constant(scanner.number()));
                        expectOperand = false;
                    }
                    case Scanner.NAME -> expectOperand = name();
                    case Scanner.MINUS -> pushEntry(NEGATE, scanner.start(), -1);
                    case Scanner.PLUS -> {
                        // a prefix + changes nothing
                    }
                    case Scanner.OPEN -> open(GROUP, scanner.start(), -1);
                    case Scanner.CLOSE -> throw closeWithoutOperand();
                    case Scanner.END -> throw previousKind < 0
                            ? error(0, "the formula is empty: write an expression such as x^2 + y^2")
                            : error(text.length(), "the formula ends after " + Scanner.describe(previousKind, previousText) + ": expected " + OPERAND);
                    default -> throw operandExpected();
                }
            } else {
                switch (kind) {
                    case Scanner.PLUS, Scanner.MINUS, Scanner.STAR, Scanner.SLASH, Scanner.CARET -> {
                        binaryOperator(kind);
                        expectOperand = true;
                    }
                    case Scanner.COMMA -> {
                        comma();
                        expectOperand = true;
                    }
                    case Scanner.CLOSE -> close();
                    case Scanner.END -> {
                        return finish();
                    }
                    default -> throw missingOperator();
                }
            }
            previousKind = scanner.kind();
            previousText = scanner.text();
        }
    }

    /** A name where an operand is expected; returns whether an operand is still expected (a call was opened). */
    private boolean name() {
        String name = scanner.text();
        int at = scanner.start();
        boolean call = scanner.nextNonBlank() == '(';
        MathFunction function = MathFunction.named(name);
        if (function != null) {
            if (!call) {
                throw error(at, name + " is a function: give its arguments in parentheses, as in " + function.example());
            }
            scanner.advance();
            open(CALL, scanner.start(), function.ordinal());
            return true;
        }
        Double constant = CONSTANTS.get(name);
        if (constant != null) {
            push(builder.constant(constant));
            return false;
        }
        if (looksLikeConstant(name)) {
            throw error(at, "unknown name " + name + ": the constants are " + CONSTANT_NAMES + ", in small letters");
        }
        boolean allowed = listed.isEmpty() ? !call : listedNames.contains(name);
        if (!allowed) {
            throw call ? unknownFunction(name, at)
                    : error(at, "unknown variable " + name + ": vars lists " + String.join(", ", listed) + ", and the constants are " + CONSTANT_NAMES);
        }
        Integer id = variableIds.get(name);
        if (id == null) {
            id = variableIds.size();
            variableIds.put(name, id);
        }
        push(builder.variable(id));
        return false;
    }

    private void binaryOperator(int kind) {
        int precedence = precedence(kind);
        boolean rightAssociative = kind == Scanner.CARET;
        while (entryCount > 0) {
            int top = entryKind[entryCount - 1];
            if (top == GROUP || top == CALL) {
                break;
            }
            int topPrecedence = precedence(top);
            if (topPrecedence > precedence || (topPrecedence == precedence && !rightAssociative)) {
                reduce();
            } else {
                break;
            }
        }
        pushEntry(kind, scanner.start(), -1);
    }

    private static int precedence(int entry) {
        return switch (entry) {
            case Scanner.PLUS, Scanner.MINUS -> 1;
            case Scanner.STAR, Scanner.SLASH -> 2;
            case NEGATE -> 3;
            case Scanner.CARET -> 4;
            default -> throw new AssertionError("not an operator: " + entry);
        };
    }

    /** Applies the operator on top of the stack to the operands on top of theirs. */
    private void reduce() {
        int kind = entryKind[--entryCount];
        if (kind == NEGATE) {
            push(builder.unary(Op.NEG, pop()));
            return;
        }
        int y = pop();
        int x = pop();
        int op = switch (kind) {
            case Scanner.PLUS -> Op.ADD;
            case Scanner.MINUS -> Op.SUB;
            case Scanner.STAR -> Op.MUL;
            case Scanner.SLASH -> Op.DIV;
            case Scanner.CARET -> Op.POW;
            default -> throw new AssertionError("not a binary operator: " + kind);
        };
        push(builder.binary(op, x, y));
    }

    private void reduceToParenthesis() {
        while (entryCount > 0 && entryKind[entryCount - 1] != GROUP && entryKind[entryCount - 1] != CALL) {
            reduce();
        }
    }

    private void open(int kind, int position, int function) {
        if (depth == MAX_NESTING) {
            throw error(position, "parentheses nest deeper than " + MAX_NESTING + " levels");
        }
        pushEntry(kind, position, function);
        depth++;
    }

    private void comma() {
        reduceToParenthesis();
        if (entryCount == 0 || entryKind[entryCount - 1] == GROUP) {
            throw error(scanner.start(), "unexpected ',': a comma separates the arguments of a function, as in atan2(y, x)");
        }
        int top = entryCount - 1;
        entryArguments[top]++;
        if (entryArguments[top] >= MathFunction.values()[entryFunction[top]].maxArguments() && entrySurplus[top] < 0) {
            entrySurplus[top] = scanner.start();
        }
    }

    private void close() {
        reduceToParenthesis();
        if (entryCount == 0) {
            throw error(scanner.start(), "unbalanced ')': there is no '(' to close");
        }
        int top = --entryCount;
        depth--;
        if (entryKind[top] == GROUP) {
            return;
        }
        MathFunction function = MathFunction.values()[entryFunction[top]];
        int arguments = entryArguments[top] + 1;
        if (!function.accepts(arguments)) {
            int at = arguments > function.maxArguments() ? entrySurplus[top] : scanner.start();
            throw error(at, function.functionName() + " " + function.arity() + ", got " + arguments);
        }
        int base = operandCount - arguments;
        int node;
        if (arguments == 1) {
            node = builder.unary(function.op(), operands[base]);
        } else {
            // min(a, b, c) is min(min(a, b), c): ties still go to the first
            node = builder.binary(function.op(), operands[base], operands[base + 1]);
            for (int i = 2; i < arguments; i++) {
                node = builder.binary(function.op(), node, operands[base + i]);
            }
        }
        operandCount = base;
        push(node);
    }

    private Parsed finish() {
        while (entryCount > 0) {
            int top = entryCount - 1;
            if (entryKind[top] == GROUP || entryKind[top] == CALL) {
                throw error(text.length(), "expected ')' to close the '(' at column " + (entryPosition[top] + 1));
            }
            reduce();
        }
        int root = pop();
        if (variableIds.isEmpty()) {
            int first = 0;
            while (first < text.length() && Scanner.isBlank(text.charAt(first))) {
                first++;
            }
            throw error(first, "the formula has no variables: it must depend on at least one, such as x");
        }
        return new Parsed(builder, root, new ArrayList<>(variableIds.keySet()));
    }

    /** A ')' where an operand is expected. */
    private SyntaxException closeWithoutOperand() {
        if (depth == 0) {
            return error(scanner.start(), "unbalanced ')': there is no '(' to close");
        }
        if (previousKind == Scanner.OPEN) {
            int top = entryCount - 1;
            if (entryKind[top] == CALL) {
                MathFunction function = MathFunction.values()[entryFunction[top]];
                return error(scanner.start(), function.functionName() + " " + function.arity() + ", got none");
            }
            return error(scanner.start(), "empty parentheses: expected an expression between '(' and ')'");
        }
        return operandExpected();
    }

    private SyntaxException operandExpected() {
        String problem = "expected " + OPERAND + (previousKind < 0 ? " at the start" : " after " + Scanner.describe(previousKind, previousText))
                + ", not " + scanner.describe();
        if (scanner.kind() == Scanner.STAR && previousKind == Scanner.STAR) {
            problem += "; write ^ for a power (x^2, not x**2)";
        }
        return error(scanner.start(), problem);
    }

    /** An operand right after an operand: {@code 2x}, {@code x y}, {@code 2(x + 1)}, {@code (x)(y)}. */
    private SyntaxException missingOperator() {
        String left = previousKind == Scanner.CLOSE ? "(...)" : Scanner.shortened(previousText);
        String right = scanner.kind() == Scanner.OPEN ? "(...)" : Scanner.shortened(scanner.text());
        return error(scanner.start(), "expected an operator between " + Scanner.describe(previousKind, previousText) + " and " + scanner.describe()
                + "; to multiply, write " + left + "*" + right);
    }

    private SyntaxException unknownFunction(String name, int at) {
        String closest = MathFunction.closestTo(name);
        String problem = "unknown function " + name + (closest != null ? " (did you mean " + closest + "?)" : "")
                + "; the functions are " + String.join(", ", MathFunction.names());
        if (closest == null) {
            problem += "; to multiply, write " + name + "*(...)";
        }
        return error(at, problem);
    }

    private SyntaxException error(int position, String problem) {
        return new SyntaxException(Formula.EXPRESSION, text, position, problem);
    }

    private void push(int node) {
        if (operandCount == operands.length) {
            operands = Arrays.copyOf(operands, 2 * operandCount);
        }
        operands[operandCount++] = node;
    }

    private int pop() {
        return operands[--operandCount];
    }

    private void pushEntry(int kind, int position, int function) {
        if (entryCount == entryKind.length) {
            int size = 2 * entryCount;
            entryKind = Arrays.copyOf(entryKind, size);
            entryPosition = Arrays.copyOf(entryPosition, size);
            entryFunction = Arrays.copyOf(entryFunction, size);
            entryArguments = Arrays.copyOf(entryArguments, size);
            entrySurplus = Arrays.copyOf(entrySurplus, size);
        }
        entryKind[entryCount] = kind;
        entryPosition[entryCount] = position;
        entryFunction[entryCount] = function;
        entryArguments[entryCount] = 0;
        entrySurplus[entryCount] = -1;
        entryCount++;
    }
}
