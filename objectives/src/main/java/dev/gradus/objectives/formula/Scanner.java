package dev.gradus.objectives.formula;

import dev.gradus.api.error.SyntaxException;

/**
 * Splits a formula into tokens, one at a time on demand: numbers, names, the operators
 * {@code + - * / ^}, parentheses and commas. Blanks between tokens are skipped. A number is
 * decimal with an optional exponent ({@code 1}, {@code 2.5}, {@code .5}, {@code 1.}, {@code 1e-3},
 * {@code 2E+4}); an {@code e} after a number that no exponent digits follow is left to be read
 * as the name {@code e}. Mistakes are reported as a {@link SyntaxException} on {@code expression}.
 */
final class Scanner {
    static final int NUMBER = 0;
    static final int NAME = 1;
    static final int PLUS = 2;
    static final int MINUS = 3;
    static final int STAR = 4;
    static final int SLASH = 5;
    static final int CARET = 6;
    static final int OPEN = 7;
    static final int CLOSE = 8;
    static final int COMMA = 9;
    static final int END = 10;

    /** Tokens quoted in messages are cut to this many characters. */
    private static final int QUOTED_LENGTH = 20;

    private final String text;
    private int position;
    private int kind = END;
    private int start;
    private int end;
    private double number;

    Scanner(String text) {
        this.text = text;
    }

    /** Reads the next token; after the last one, {@link #END} at the text's length. */
    void advance() {
        while (position < text.length() && isBlank(text.charAt(position))) {
            position++;
        }
        start = position;
        if (position == text.length()) {
            kind = END;
            end = position;
            return;
        }
        char c = text.charAt(position);
        if (isDigit(c) || c == '.') {
            scanNumber();
        } else if (isNameStart(c)) {
            while (position < text.length() && isNamePart(text.charAt(position))) {
                position++;
            }
            kind = NAME;
        } else {
            kind = switch (c) {
                case '+' -> PLUS;
                case '-' -> MINUS;
                case '*' -> STAR;
                case '/' -> SLASH;
                case '^' -> CARET;
                case '(' -> OPEN;
                case ')' -> CLOSE;
                case ',' -> COMMA;
                default -> throw unexpectedCharacter(position);
            };
            position++;
        }
        end = position;
    }

    private void scanNumber() {
        int i = position;
        int digitsBefore = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            digitsBefore++;
        }
        int digitsAfter = 0;
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
                digitsAfter++;
            }
        }
        if (digitsBefore == 0 && digitsAfter == 0) {
            throw new SyntaxException(Formula.EXPRESSION, text, position, "expected a digit before or after '.' (a number such as .5 or 2.5)");
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && isDigit(text.charAt(j))) {
                i = j;
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < text.length() && text.charAt(i) == '.') {
            throw new SyntaxException(Formula.EXPRESSION, text, i, "a number has at most one decimal point, and no '.' after its exponent");
        }
        String digits = text.substring(position, i);
        number = Double.parseDouble(digits);
        if (Double.isInfinite(number)) {
            throw new SyntaxException(Formula.EXPRESSION, text, position,
                    "the number " + shortened(digits) + " is too large: numbers go up to " + Double.MAX_VALUE);
        }
        kind = NUMBER;
        position = i;
    }

    private SyntaxException unexpectedCharacter(int at) {
        int codePoint = text.codePointAt(at);
        String hint = switch (codePoint) {
            case '\u2212', '\u2013', '\u2014' -> "write - for minus";
            case '\u00d7', '\u00b7', '\u22c5', '\u2219' -> "write * to multiply";
            case '\u00f7', '\u2215' -> "write / to divide";
            case '\u00b2' -> "write ^2 for a square";
            case '\u00b3' -> "write ^3 for a cube";
            case '\u03c0' -> "write pi";
            case '[', ']', '{', '}' -> "group with ( and )";
            case '=' -> "write the expression alone, not an equation or an assignment";
            default -> Character.isLetter(codePoint) ? "names use the letters A-Z and a-z, digits and _"
                    : "a formula is made of numbers, names, + - * / ^, parentheses and commas";
        };
        return new SyntaxException(Formula.EXPRESSION, text, at, "unexpected character " + quote(text, at) + ": " + hint);
    }

    int kind() {
        return kind;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The value of the current {@link #NUMBER}. */
    double number() {
        return number;
    }

    /** The current token's text. */
    String text() {
        return text.substring(start, end);
    }

    /** The first character after the current token that is not blank, or -1 at the end. */
    int nextNonBlank() {
        int i = end;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : -1;
    }

    /** The current token for a message: {@code '+'}, {@code 2.5}, {@code x}, {@code the end}. */
    String describe() {
        return describe(kind, text.substring(start, end));
    }

    /** A token of this kind and text for a message. */
    static String describe(int kind, String tokenText) {
        return switch (kind) {
            case END -> "the end";
            case NUMBER, NAME -> shortened(tokenText);
            default -> "'" + tokenText + "'";
        };
    }

    static String shortened(String tokenText) {
        return tokenText.length() <= QUOTED_LENGTH ? tokenText : tokenText.substring(0, QUOTED_LENGTH) + "...";
    }

    /** The character at {@code at} in quotes, a whole code point. */
    static String quote(String text, int at) {
        return "'" + Character.toString(text.codePointAt(at)) + "'";
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
