package dev.gradus.objectives.formula;

import dev.gradus.api.error.SyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code vars} text: variable names separated by commas, blanks around them ignored
 * ({@code x, y, z}). Blank text lists none, which means: natural order. A name is an identifier
 * that is neither a function nor a constant (nor a constant in other capitals, {@code E}, which a
 * formula refuses), and appears once.
 */
final class VariableList {
    private final String text;
    private int position;

    private VariableList(String text) {
        this.text = text;
    }

    /**
     * The names in the order given; empty when the text is blank.
     *
     * @throws SyntaxException on {@code vars}, at the first problem
     */
    static List<String> parse(String text) {
        return new VariableList(text).names();
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        skipBlanks();
        if (position == text.length()) {
            return List.of();
        }
        while (true) {
            int start = position;
            if (start == text.length() || !Scanner.isNameStart(text.charAt(start))) {
                String where = start == text.length() ? "at the end" : text.charAt(start) == ',' ? "before ','" : "";
                throw error(start, ("expected a variable name " + where).strip()
                        + "; a name is a letter or _ followed by letters, digits or _ (x, y2, theta_1)");
            }
            while (position < text.length() && Scanner.isNamePart(text.charAt(position))) {
                position++;
            }
            String name = text.substring(start, position);
            check(name, start, seen);
            names.add(name);
            seen.put(name, start);
            skipBlanks();
            if (position == text.length()) {
                return List.copyOf(names);
            }
            if (text.charAt(position) != ',') {
                throw error(position, "expected ',' after the variable " + name + ", not " + Scanner.quote(text, position));
            }
            position++;
            skipBlanks();
        }
    }

    private void check(String name, int start, Map<String, Integer> seen) {
        if (MathFunction.named(name) != null) {
            throw error(start, name + " is a function, not a variable");
        }
        if (Parser.isConstant(name)) {
            throw error(start, name + " is a constant, not a variable; the constants are " + Parser.CONSTANT_NAMES);
        }
        if (Parser.looksLikeConstant(name)) {
            throw error(start, name + " cannot be a variable: it reads as a constant, and the constants are " + Parser.CONSTANT_NAMES);
        }
        Integer before = seen.get(name);
        if (before != null) {
            throw error(start, name + " is listed twice (first at column " + (before + 1) + ")");
        }
    }

    private void skipBlanks() {
        while (position < text.length() && Scanner.isBlank(text.charAt(position))) {
            position++;
        }
    }

    private SyntaxException error(int at, String problem) {
        return new SyntaxException(Formula.VARS, text, at, problem);
    }
}
