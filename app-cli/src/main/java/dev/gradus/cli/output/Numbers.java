package dev.gradus.cli.output;

import java.util.Locale;

/** Numbers for people: short, in summaries and tables (files keep full precision). */
public final class Numbers {
    private Numbers() {
    }

    /** Six significant digits, plain or scientific as fits: {@code 0.0123457}, {@code 1.23457e-08}. */
    public static String brief(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        String text = magnitude >= 1e-4 && magnitude < 1e7
                ? String.format(Locale.ROOT, "%.6g", value)
                : String.format(Locale.ROOT, "%.5e", value);
        return trim(text);
    }

    /** Twelve significant digits, plain or scientific as fits: enough to see where two gradients part. */
    public static String precise(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return brief(value);
        }
        double magnitude = Math.abs(value);
        String text = magnitude >= 1e-4 && magnitude < 1e9
                ? String.format(Locale.ROOT, "%.12g", value)
                : String.format(Locale.ROOT, "%.11e", value);
        return trim(text);
    }

    /** {@code (1.5, -2)} */
    public static String point(double[] point) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < point.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (i == 8 && point.length > 10) {
                sb.append("... ").append(point.length - 9).append(" more, ").append(brief(point[point.length - 1]));
                break;
            }
            sb.append(brief(point[i]));
        }
        return sb.append(')').toString();
    }

    private static String trim(String text) {
        int e = text.indexOf('e');
        String mantissa = e >= 0 ? text.substring(0, e) : text;
        String exponent = e >= 0 ? text.substring(e) : "";
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        if (!exponent.isEmpty()) {
            exponent = exponent.replace("e+0", "e+").replace("e-0", "e-").replace("e+", "e");
        }
        return mantissa + exponent;
    }
}
