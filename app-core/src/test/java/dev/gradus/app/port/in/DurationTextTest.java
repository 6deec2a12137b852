package dev.gradus.app.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one duration grammar of --time-limit, "time_limit" and the lab's time limit field. */
class DurationTextTest {

    @ParameterizedTest(name = "''{0}'' is {1} ns")
    @CsvSource(delimiter = '|', value = {
        "500ms            | 500000000",
        "30s              | 30000000000",
        "2m               | 120000000000",
        "1h               | 3600000000000",
        "1.5s             | 1500000000",
        "0.2s             | 200000000",
        "7                | 7000000000",
        "0.25             | 250000000",
        "' 30 S '         | 30000000000",
        "2M               | 120000000000",
        "+5ms             | 5000000",
        ".5h              | 1800000000000",
        "3.               | 3000000000",
        "1e3ms            | 1000000000",
        "2.5E-3s          | 2500000",
        "0.000000001s     | 1",
        "0.0000000015s    | 2",
        "1.0000000004s    | 1000000000",
        "0.0000006ms      | 1",
        "277777h          | 999997200000000000",
    })
    void readsANumberWithAUnitExactly(String text, long nanos) {
        assertThat(DurationText.parse(text)).isEqualTo(Duration.ofNanos(nanos));
    }

    @Test
    void readsLongDurationsWithoutBinaryRounding() {
        // 0.1 and 4.000000001 have no exact binary form; a parse through double would be off by a nanosecond or more at this size
        assertThat(DurationText.parse("27777.1h")).isEqualTo(Duration.ofMinutes(27777 * 60 + 6));
        assertThat(DurationText.parse("99999999.000000001s")).isEqualTo(Duration.ofSeconds(99_999_999, 1));
        assertThat(DurationText.parse("999999999.999999999s")).isEqualTo(Duration.ofNanos(999_999_999_999_999_999L));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "soon", "s", "ms", "-5s", "0", "0s", "0.0ms", "30 seconds", "30sec", "1d", "2w", "1f", "NaN", "Infinity",
        "0x10s", "1,5s", "1_000ms", "1e+99999s", "5s5", "5 5s", "1:30", "PT30S", "--1s"})
    void refusesWhatIsNotAPositiveDurationSayingWhatIsAllowed(String text) {
        assertThatThrownBy(() -> DurationText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a positive duration: give e.g. 30s, 500ms, 2m or 1h (a bare number is seconds)");
    }

    @Test
    void refusesDurationsTooShortOrTooLongToHold() {
        assertThatThrownBy(() -> DurationText.parse("0.0000000004s")).hasMessage("'0.0000000004s' is shorter than a nanosecond: "
                + DurationText.ALLOWED);
        assertThatThrownBy(() -> DurationText.parse("1e-9999s")).hasMessageStartingWith("'1e-9999s' is shorter than a nanosecond");
        assertThatThrownBy(() -> DurationText.parse("1e9s")).hasMessage("'1e9s' is too long: give less than 10^18 ns (about 31 years)");
        assertThatThrownBy(() -> DurationText.parse("277778h")).hasMessageContaining("too long");
        assertThatThrownBy(() -> DurationText.parse("1e5000s")).hasMessageContaining("too long");
    }

    @Test
    void formatsInTheLargestUnitThatHoldsTheDurationWhole() {
        assertThat(DurationText.format(Duration.ofHours(1))).isEqualTo("1h");
        assertThat(DurationText.format(Duration.ofMinutes(61))).isEqualTo("61m");
        assertThat(DurationText.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(DurationText.format(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(DurationText.format(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationText.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(DurationText.format(Duration.ofNanos(1))).isEqualTo("0.000000001s");
        assertThat(DurationText.format(Duration.ofNanos(1_500_000_001L))).isEqualTo("1.500000001s");
        assertThat(DurationText.format(Duration.ofNanos(2_500_000L + 10))).isEqualTo("0.00250001s");
    }

    @Test
    void whatItFormatsReadsBackToTheSameDuration() {
        List<Duration> durations = List.of(Duration.ofNanos(1), Duration.ofNanos(999), Duration.ofMillis(1), Duration.ofMillis(300),
                Duration.ofMillis(1500), Duration.ofSeconds(1), Duration.ofSeconds(59, 999_999_999), Duration.ofMinutes(1), Duration.ofMinutes(90),
                Duration.ofHours(5), Duration.ofNanos(123_456_789_012_345_678L), Duration.ofNanos(999_999_999_999_999_999L));
        for (Duration d : durations) {
            assertThat(DurationText.parse(DurationText.format(d))).as(DurationText.format(d)).isEqualTo(d);
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            Duration d = Duration.ofNanos(1 + Math.floorMod(random.nextLong(), 999_999_999_999_999_999L));
            assertThat(DurationText.parse(DurationText.format(d))).as(DurationText.format(d)).isEqualTo(d);
        }
        // and a text read, written and read again is the same duration
        for (String text : List.of("1.5s", "0.2s", "7", "2.5E-3s", "0.0000000015s", "27777.1h")) {
            Duration read = DurationText.parse(text);
            assertThat(DurationText.parse(DurationText.format(read))).as(text).isEqualTo(read);
        }
    }

    @Test
    void refusesToFormatWhatItWouldNotRead() {
        assertThatThrownBy(() -> DurationText.format(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.format(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DurationText.format(Duration.ofNanos(1_000_000_000_000_000_000L))).isInstanceOf(IllegalArgumentException.class);
    }
}
