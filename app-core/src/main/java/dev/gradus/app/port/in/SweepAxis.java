package dev.gradus.app.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One swept hyperparameter: a list of values ({@code beta1=0.8,0.9,0.95}) or a range sampled
 * evenly, linearly ({@code momentum=0:0.9:10}) or logarithmically ({@code lr=1e-4:1e-1:log:13}).
 * A grid search takes the listed or sampled values; a random search draws from the list, or
 * uniformly (log-uniformly for {@code log}) from the range.
 *
 * @param name   the hyperparameter
 * @param values the grid values, as text the provider parses (a range's samples in full precision)
 * @param low    a range's lower end, or NaN for a list
 * @param high   a range's upper end, or NaN for a list
 * @param log    whether the range is logarithmic
 */
public record SweepAxis(String name, List<String> values, double low, double high, boolean log) {

    public SweepAxis {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw InvalidInputException.of("grid", name, "grid " + name + ": give at least one value");
        }
    }

    /** Whether the axis is a range (else a list). */
    public boolean isRange() {
        return !Double.isNaN(low);
    }

    /**
     * Reads {@code NAME=V1,V2,...}, {@code NAME=A:B:N} or {@code NAME=A:B:log:N}.
     *
     * @throws InvalidInputException (field {@code grid}) saying what is wrong and what is allowed
     */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw refused(text, "give NAME=V1,V2,... or NAME=LOW:HIGH:N or NAME=LOW:HIGH:log:N");
        }
        String name = text.substring(0, eq).strip();
        String body = text.substring(eq + 1).strip();
        if (!body.contains(":")) {
            List<String> values = new ArrayList<>();
            for (String v : body.split(",")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            if (values.isEmpty()) {
                throw refused(text, "give at least one value");
            }
            return new SweepAxis(name, values, Double.NaN, Double.NaN, false);
        }
        String[] parts = body.split(":");
        boolean log = parts.length == 4 && parts[2].strip().equalsIgnoreCase("log");
        if (!(parts.length == 3 || log)) {
            throw refused(text, "a range is LOW:HIGH:N or LOW:HIGH:log:N");
        }
        double low;
        double high;
        int count;
        try {
            low = Double.parseDouble(parts[0].strip());
            high = Double.parseDouble(parts[1].strip());
            count = Integer.parseInt(parts[parts.length - 1].strip());
        } catch (NumberFormatException e) {
            throw refused(text, "LOW and HIGH must be numbers and N a whole number");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high) || count < 2 || count > 10_000) {
            throw refused(text, "needs finite LOW < HIGH and 2 <= N <= 10000");
        }
        if (log && !(low > 0)) {
            throw refused(text, "a log range needs LOW > 0");
        }
        List<String> values = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double t = (double) k / (count - 1);
            double v = k == count - 1 ? high : log ? Math.exp(Math.log(low) + t * (Math.log(high) - Math.log(low))) : low + t * (high - low);
            values.add(compact(k == 0 ? low : v, 12));
        }
        return new SweepAxis(name, values, low, high, log);
    }

    private static InvalidInputException refused(String text, String why) {
        return InvalidInputException.of("grid", text, "grid " + text + ": " + why);
    }

    /** A value drawn for a random search from {@code u} uniform in [0, 1) (and {@code pick} for a list). */
    public String draw(double u) {
        if (!isRange()) {
            return values.get(Math.min(values.size() - 1, (int) (u * values.size())));
        }
        double v = log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
        return compact(Math.min(high, Math.max(low, Double.parseDouble(compact(v, 6)))), 17);
    }

    /** {@code value} to {@code digits} significant digits, without trailing zeros: {@code 0.9}, not {@code 0.8999999999999999}. */
    static String compact(double value, int digits) {
        if (value == 0) {
            return "0";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(digits)).stripTrailingZeros().toString();
    }

    @Override
    public String toString() {
        return isRange() ? String.format(Locale.ROOT, "%s=%s:%s:%s%d", name, compact(low, 12), compact(high, 12), log ? "log:" : "", values.size())
                : name + "=" + String.join(",", values);
    }
}
