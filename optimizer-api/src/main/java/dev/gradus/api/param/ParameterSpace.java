package dev.gradus.api.param;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parameters a provider accepts: ordered descriptors plus rules across them. Immutable.
 *
 * <p>This is where values are parsed and validated for every front end. {@link #parse} takes text
 * (the command line's {@code -p lr=0.1}), {@link #bind} takes typed values (a form, a JSON
 * specification); both fill in defaults, check every value against its descriptor, then check the
 * rules, and throw one {@link InvalidParametersException} listing every violation.
 */
public final class ParameterSpace {
    private static final ParameterSpace EMPTY = new ParameterSpace(List.of(), List.of());
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INFINITY = Pattern.compile("([+-]?)(inf|infinity)");

    private final List<ParameterDescriptor> descriptors;
    private final List<ParameterRule> rules;
    private final Map<String, Integer> index;

    private ParameterSpace(List<ParameterDescriptor> descriptors, List<ParameterRule> rules) {
        this.descriptors = List.copyOf(descriptors);
        this.rules = List.copyOf(rules);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < this.descriptors.size(); i++) {
            String name = Objects.requireNonNull(this.descriptors.get(i), "descriptor").name();
            if (byName.put(name, i) != null) {
                throw new IllegalArgumentException("parameter '" + name + "' is declared twice");
            }
        }
        this.index = Map.copyOf(byName);
        for (ParameterRule rule : this.rules) {
            for (String name : rule.parameters()) {
                if (!byName.containsKey(name)) {
                    throw new IllegalArgumentException("rule '" + rule.description() + "' names undeclared parameter '" + name + "'");
                }
            }
        }
    }

    /** No parameters. */
    public static ParameterSpace empty() {
        return EMPTY;
    }

    /** The given parameters, in this order (the order of help texts and forms). */
    public static ParameterSpace of(ParameterDescriptor... descriptors) {
        return new ParameterSpace(Arrays.asList(descriptors), List.of());
    }

    /** The given parameters, in this order. */
    public static ParameterSpace of(List<? extends ParameterDescriptor> descriptors) {
        return new ParameterSpace(new ArrayList<>(descriptors), List.of());
    }

    /**
     * This space with one more rule across parameters.
     *
     * @param description what must hold, in words
     * @param holds       the check; called only when every value is individually valid
     * @param parameters  the names involved
     */
    public ParameterSpace withRule(String description, Predicate<ParameterValues> holds, String... parameters) {
        List<ParameterRule> more = new ArrayList<>(rules);
        more.add(new ParameterRule(description, List.of(parameters), holds));
        return new ParameterSpace(descriptors, more);
    }

    /** The descriptors in declaration order. */
    public List<ParameterDescriptor> descriptors() {
        return descriptors;
    }

    /** The rules across parameters. */
    public List<ParameterRule> rules() {
        return rules;
    }

    /** Whether there are no parameters. */
    public boolean isEmpty() {
        return descriptors.isEmpty();
    }

    /** The descriptor named {@code name}, if declared. */
    public Optional<ParameterDescriptor> descriptor(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(descriptors.get(i));
    }

    /** The declared names in order. */
    public List<String> names() {
        return descriptors.stream().map(ParameterDescriptor::name).collect(Collectors.toUnmodifiableList());
    }

    /** Every parameter at its default. */
    public ParameterValues defaults() {
        Object[] values = new Object[descriptors.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = descriptors.get(i).defaultObject();
        }
        return new ParameterValues(this, values);
    }

    /**
     * Parses {@code NAME=VALUE} assignments as typed on a command line. Malformed assignments and
     * names given twice are violations like any other.
     *
     * @param owner       id of the provider, named in violations
     * @param assignments texts such as {@code lr=0.01}
     * @return the values, defaults filled in
     * @throws InvalidParametersException listing every problem
     */
    public ParameterValues parseAssignments(String owner, List<String> assignments) {
        return parse(owner, splitAssignments(owner, assignments));
    }

    /**
     * Splits {@code NAME=VALUE} assignments into text values by name, without checking names or
     * values against any space (front ends do this before they know which provider is meant).
     *
     * @param owner       id of the provider, named in violations
     * @param assignments texts such as {@code lr=0.01}
     * @return the value texts by name, in the order given
     * @throws InvalidParametersException for texts without {@code =} or a name, and names given twice
     */
    public static Map<String, String> splitAssignments(String owner, List<String> assignments) {
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, List<String>> seen = new LinkedHashMap<>();
        List<ParameterViolation> problems = new ArrayList<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            String name = eq < 0 ? "" : assignment.substring(0, eq).strip();
            if (eq < 0 || name.isEmpty()) {
                problems.add(new ParameterViolation(owner, assignment, assignment, "NAME=VALUE", ParameterViolation.Kind.NOT_AN_ASSIGNMENT));
                continue;
            }
            seen.computeIfAbsent(name, k -> new ArrayList<>()).add(assignment.strip());
            text.put(name, assignment.substring(eq + 1));
        }
        seen.forEach((name, all) -> {
            if (all.size() > 1) {
                problems.add(new ParameterViolation(owner, name, String.join(", ", all), "once", ParameterViolation.Kind.DUPLICATE));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return text;
    }

    /**
     * Parses values given as text, by name.
     *
     * @param owner id of the provider, named in violations
     * @param text  values by parameter name; absent names take their default
     * @return the values
     * @throws InvalidParametersException listing every problem
     */
    public ParameterValues parse(String owner, Map<String, String> text) {
        return resolve(owner, new LinkedHashMap<>(text));
    }

    /**
     * Binds typed values by name: a {@link Number} for a real, a whole {@link Number} for an
     * integer, a {@link Boolean} for a switch, a {@link String} for a choice; text is parsed as
     * {@link #parse} would.
     *
     * @param owner  id of the provider, named in violations
     * @param values values by parameter name; absent names take their default
     * @return the values
     * @throws InvalidParametersException listing every problem
     */
    public ParameterValues bind(String owner, Map<String, ?> values) {
        return resolve(owner, new LinkedHashMap<>(values));
    }

    private ParameterValues resolve(String owner, Map<String, ?> given) {
        Objects.requireNonNull(owner, "owner");
        List<ParameterViolation> problems = new ArrayList<>();
        Object[] values = new Object[descriptors.size()];
        for (int i = 0; i < values.length; i++) {
            ParameterDescriptor descriptor = descriptors.get(i);
            if (!given.containsKey(descriptor.name())) {
                values[i] = descriptor.defaultObject();
                continue;
            }
            Object raw = given.get(descriptor.name());
            Object value = convert(descriptor, raw);
            if (value == null) {
                problems.add(new ParameterViolation(owner, descriptor.name(), String.valueOf(raw).strip(), expectation(descriptor),
                        ParameterViolation.Kind.MALFORMED));
            } else if (!allowed(descriptor, value)) {
                problems.add(new ParameterViolation(owner, descriptor.name(), String.valueOf(raw).strip(), descriptor.allowedValues(),
                        ParameterViolation.Kind.OUT_OF_RANGE));
            } else {
                values[i] = value;
            }
        }
        for (String name : given.keySet()) {
            if (!index.containsKey(name)) {
                String known = descriptors.isEmpty() ? "none (it takes no parameters)" : String.join(", ", names());
                problems.add(new ParameterViolation(owner, name, String.valueOf(given.get(name)), known, ParameterViolation.Kind.UNKNOWN_PARAMETER));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        ParameterValues result = new ParameterValues(this, values);
        for (ParameterRule rule : rules) {
            boolean holds;
            try {
                holds = rule.holds().test(result);
            } catch (InvalidParametersException explained) {
                problems.addAll(explained.violations());
                continue;
            }
            if (!holds) {
                String involved = rule.parameters().stream().map(n -> n + "=" + result.format(n)).collect(Collectors.joining(", "));
                problems.add(new ParameterViolation(owner, String.join(", ", rule.parameters()), involved, rule.description(),
                        ParameterViolation.Kind.RULE));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
        return result;
    }

    /** The typed value of {@code raw} for the descriptor, or null when it is not of the right type. */
    private static Object convert(ParameterDescriptor descriptor, Object raw) {
        if (raw == null) {
            return null;
        }
        return descriptor.accept(new ParameterDescriptor.Visitor<Object>() {
            @Override
            public Object real(RealParameter parameter) {
                return raw instanceof Number n ? Double.valueOf(n.doubleValue()) : raw instanceof String s ? parseReal(s) : null;
            }

            @Override
            public Object integer(IntegerParameter parameter) {
                return raw instanceof String s ? parseInteger(s) : raw instanceof Number n ? wholeNumber(n) : null;
            }

            @Override
            public Object bool(BooleanParameter parameter) {
                return raw instanceof Boolean b ? b : raw instanceof String s ? parseBoolean(s) : null;
            }

            @Override
            public Object choice(ChoiceParameter parameter) {
                return raw instanceof String s ? s.strip() : null;
            }

            @Override
            public Object text(TextParameter parameter) {
                return raw instanceof String s ? s : null;
            }

            @Override
            public Object integerList(IntegerListParameter parameter) {
                if (raw instanceof String s) {
                    return parseIntegerList(s);
                }
                if (raw instanceof List<?> list) {
                    List<Long> values = new ArrayList<>(list.size());
                    for (Object element : list) {
                        Long value = element instanceof Number n ? wholeNumber(n) : null;
                        if (value == null) {
                            return null;
                        }
                        values.add(value);
                    }
                    return List.copyOf(values);
                }
                return null;
            }
        });
    }

    private static boolean allowed(ParameterDescriptor descriptor, Object value) {
        return descriptor.accept(new ParameterDescriptor.Visitor<Boolean>() {
            @Override
            public Boolean real(RealParameter parameter) {
                return parameter.range().contains((Double) value);
            }

            @Override
            public Boolean integer(IntegerParameter parameter) {
                return parameter.contains((Long) value);
            }

            @Override
            public Boolean bool(BooleanParameter parameter) {
                return true;
            }

            @Override
            public Boolean choice(ChoiceParameter parameter) {
                return parameter.choices().contains((String) value);
            }

            @Override
            @SuppressWarnings("unchecked")
            public Boolean integerList(IntegerListParameter parameter) {
                return parameter.contains((List<Long>) value);
            }

            @Override
            public Boolean text(TextParameter parameter) {
                return parameter.contains((String) value);
            }
        });
    }

    /** What a well-formed value looks like, for a malformed one's message. */
    private static String expectation(ParameterDescriptor descriptor) {
        if (descriptor instanceof RealParameter real) {
            String range = real.range().toString();
            if (range.equals("any number")) {
                return "a number";
            }
            return range.startsWith("[") || range.startsWith("(") ? "a number in " + range : "a number " + range;
        }
        return descriptor.allowedValues();
    }

    /**
     * Parses a real number strictly: decimal notation with an optional exponent, or {@code inf},
     * {@code infinity} with an optional sign (any case). Hexadecimal, {@code NaN}, type suffixes
     * ({@code 1d}) and empty text are refused.
     *
     * @return the value, or null when the text is not a number
     */
    public static Double parseReal(String text) {
        String s = text.strip();
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        var inf = INFINITY.matcher(s.toLowerCase(Locale.ROOT));
        if (inf.matches()) {
            return inf.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /**
     * Parses a whole number; decimal and exponent notation are accepted when the value is whole
     * ({@code 1e6}, {@code 1000.0}).
     *
     * @return the value, or null when the text is not a whole number within {@code long}
     */
    public static Long parseInteger(String text) {
        String s = text.strip();
        if (!DECIMAL.matcher(s).matches()) {
            return null;
        }
        try {
            return new BigDecimal(s).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Parses whole numbers joined by dashes ({@code 30-60-90}); blanks around them are ignored.
     *
     * @return the list, or null when the text is not such a list
     */
    public static List<Long> parseIntegerList(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        String[] parts = s.split("-", -1);
        List<Long> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            String p = part.strip();
            if (!p.matches("\\d+")) {
                return null;
            }
            Long value = parseInteger(p);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    private static Long wholeNumber(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return n.longValue();
        }
        double d = n.doubleValue();
        if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 0x1p63) {
            return (long) d;
        }
        return null;
    }

    private static Boolean parseBoolean(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return s.equals("true") ? Boolean.TRUE : s.equals("false") ? Boolean.FALSE : null;
    }

    int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'; declared: " + names());
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSpace other && descriptors.equals(other.descriptors)
                && rules.stream().map(ParameterRule::description).toList().equals(other.rules.stream().map(ParameterRule::description).toList());
    }

    @Override
    public int hashCode() {
        return descriptors.hashCode();
    }

    @Override
    public String toString() {
        return descriptors.isEmpty() ? "(no parameters)" : String.join(", ", names());
    }
}
