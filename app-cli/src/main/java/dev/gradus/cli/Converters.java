package dev.gradus.cli;

import dev.gradus.api.param.ParameterSpace;
import dev.gradus.app.port.in.DurationText;
import dev.gradus.app.port.in.ProviderKind;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Strict number converters shared by the commands, so that every option reads numbers alike. */
final class Converters {
    private Converters() {
    }

    /** A whole number; {@code 1e6} and {@code 1000.0} are accepted when whole. */
    static final class WholeNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Long parsed = ParameterSpace.parseInteger(value);
            if (parsed == null) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            return parsed;
        }
    }

    /** A whole number that fits an int. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long parsed = new WholeNumber().convert(value);
            if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
                throw new TypeConversionException("'" + value + "' is too large");
            }
            return (int) parsed;
        }
    }

    /** A real number in plain or exponent notation; no NaN, no hexadecimal. */
    static final class Real implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            Double parsed = ParameterSpace.parseReal(value);
            if (parsed == null) {
                throw new TypeConversionException("'" + value + "' is not a number");
            }
            return parsed;
        }
    }

    /** {@code optimizers}, {@code objectives} or {@code estimators}. */
    static final class Kind implements ITypeConverter<ProviderKind> {
        @Override
        public ProviderKind convert(String value) {
            return ProviderKind.fromPlural(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of "
                    + String.join(", ", Arrays.stream(ProviderKind.values()).map(ProviderKind::plural).toList())));
        }
    }

    /** Completion candidates for {@link Kind}. */
    static final class KindNames extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        KindNames() {
            super(Arrays.stream(ProviderKind.values()).map(ProviderKind::plural).toList());
        }
    }

    /** A duration as {@link DurationText} reads it: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1.5s}, or a bare number of seconds. */
    static final class TimeLimit implements ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
            try {
                return DurationText.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
