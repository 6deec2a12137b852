package dev.gradus.app.port.in;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as a user types them, on the command line ({@code --time-limit}), in a run
 * specification ({@code "time_limit"}) or in the lab: a number with a unit, {@code 500ms},
 * {@code 30s}, {@code 2m}, {@code 1h}, {@code 1.5s}, or a bare number of seconds. Case and spaces
 * around the number and unit do not matter. The number is read exactly (no binary rounding), so
 * {@link #format} writes every duration this reads as a text this reads back to the same duration.
 */
public final class DurationText {
    /** What a duration may be, said in every refusal. */
    public static final String ALLOWED = "give e.g. 30s, 500ms, 2m or 1h (a bare number is seconds)";

    private static final long NANOS_PER_MILLI = 1_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_MINUTE = 60 * NANOS_PER_SECOND;
    private static final long NANOS_PER_HOUR = 60 * NANOS_PER_MINUTE;
    /** Every duration read or written is shorter than this: 10^18 ns, about 31 years (a long holds 9.2 * 10^18 ns). */
    public static final Duration LONGEST = Duration.ofNanos(1_000_000_000_000_000_000L);
    private static final BigDecimal LIMIT_NANOS = BigDecimal.valueOf(LONGEST.toNanos());
    /** Half a nanosecond: shorter durations would round to none. */
    private static final BigDecimal HALF_NANO = new BigDecimal("0.5");
    /** The exponent is kept to four digits so that no text makes the rounding work through a huge power of ten. */
    private static final Pattern TEXT = Pattern.compile("\\+?((?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d{1,4})?)\\s*(ms|s|m|h)?");

    private DurationText() {
    }

    /**
     * The duration {@code text} says, rounded to the nearest nanosecond.
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed ({@link #ALLOWED}),
     *                                  when it is not a number with a unit, is not positive, is
     *                                  shorter than half a nanosecond or not shorter than {@link #LONGEST}
     */
    public static Duration parse(String text) {
        Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration: " + ALLOWED);
        }
        String unit = m.group(2) == null ? "s" : m.group(2);
        long factor = switch (unit) {
            case "ms" -> NANOS_PER_MILLI;
            case "m" -> NANOS_PER_MINUTE;
            case "h" -> NANOS_PER_HOUR;
            default -> NANOS_PER_SECOND;
        };
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
        if (nanos.signum() == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration: " + ALLOWED);
        }
        if (nanos.compareTo(HALF_NANO) < 0) {
            throw new IllegalArgumentException("'" + text + "' is shorter than a nanosecond: " + ALLOWED);
        }
        if (nanos.compareTo(LIMIT_NANOS) >= 0) {
            throw new IllegalArgumentException("'" + text + "' is too long: give less than 10^18 ns (about 31 years)");
        }
        return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * {@code duration} in the largest of h, m, s and ms that holds it whole ({@code 2m}, {@code 90s},
     * {@code 1500ms}), else in seconds with as many decimals as it needs ({@code 0.000000001s});
     * {@link #parse} reads it back to {@code duration}.
     *
     * @param duration positive and shorter than {@link #LONGEST}, as {@link #parse} gives
     * @throws IllegalArgumentException for any other duration
     */
    public static String format(Duration duration) {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) >= 0) {
            throw new IllegalArgumentException(duration + " is not a positive duration shorter than 10^18 ns");
        }
        long nanos = duration.toNanos();
        if (nanos % NANOS_PER_HOUR == 0) {
            return nanos / NANOS_PER_HOUR + "h";
        }
        if (nanos % NANOS_PER_MINUTE == 0) {
            return nanos / NANOS_PER_MINUTE + "m";
        }
        if (nanos % NANOS_PER_SECOND == 0) {
            return nanos / NANOS_PER_SECOND + "s";
        }
        if (nanos % NANOS_PER_MILLI == 0) {
            return nanos / NANOS_PER_MILLI + "ms";
        }
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString() + "s";
    }
}
