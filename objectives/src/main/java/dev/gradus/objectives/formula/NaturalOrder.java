package dev.gradus.objectives.formula;

import java.util.Comparator;

/**
 * The order in which a formula's variables become coordinates when {@code vars} does not say:
 * names are compared piece by piece, a run of digits as the number it spells and anything else
 * character by character, so {@code x < y < z}, {@code x2 < x10} and {@code a < b}. A name that
 * is a prefix of another comes first ({@code x < x1}); digits come before letters, capitals
 * before small letters (their order in ASCII). Names equal as numbers but written differently
 * ({@code x01}, {@code x1}) fall back to plain string order, so the order is total.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int endA = endOfDigits(a, i);
                int endB = endOfDigits(b, j);
                int byNumber = compareNumbers(a, skipZeros(a, i, endA), endA, b, skipZeros(b, j, endB), endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** Digit runs without leading zeros: the longer is the larger number, else the first differing digit decides. */
    private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
        int byLength = Integer.compare(endA - fromA, endB - fromB);
        if (byLength != 0) {
            return byLength;
        }
        for (int k = 0; k < endA - fromA; k++) {
            int byDigit = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int endOfDigits(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The start of the run without its leading zeros, keeping at least one digit. */
    private static int skipZeros(String s, int from, int end) {
        int start = from;
        while (start < end - 1 && s.charAt(start) == '0') {
            start++;
        }
        return start;
    }
}
