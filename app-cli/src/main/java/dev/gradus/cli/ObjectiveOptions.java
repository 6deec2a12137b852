package dev.gradus.cli;

import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose an objective, shared by {@code run} and {@code gradient}: a catalog id
 * with {@code -o} values, or a formula. {@code --expression F} is the objective {@code formula}
 * with its parameter {@code expression} set to F, and {@code --vars} its parameter {@code vars},
 * so a formula is validated, described and recorded like any other objective.
 */
final class ObjectiveOptions {
    /** The id of the objective that {@code --expression} stands for. */
    static final String FORMULA = "formula";

    @Option(names = "--objective", paramLabel = "ID", description = "The objective to minimize (see 'gradus list objectives').")
    String objective;

    @Option(names = "--expression", paramLabel = "FORMULA",
            description = "Minimize a formula instead, e.g. --expression \"x^2/20 + y^2\" (gradient by automatic differentiation).")
    String expression;

    @Option(names = "--vars", paramLabel = "X,Y,...",
            description = "With --expression: the variables in coordinate order (default: natural order, x, y, z; x1, x2, ..., x10; a, b).")
    String vars;

    @Option(names = {"-o", "--objective-param"}, paramLabel = "NAME=VALUE", description = "An objective parameter (repeatable).")
    List<String> objectiveParameters = new ArrayList<>();

    @Option(names = "--dim", paramLabel = "N", converter = Converters.Count.class,
            description = "Dimension of an n-D objective (default: the length of the point given, else the objective's own).")
    Integer dimension;

    /**
     * The chosen objective with its values.
     *
     * @throws InvalidInputException when neither or both of {@code --objective} and {@code --expression} are given, or
     *     {@code --vars} without {@code --expression}
     */
    ComponentChoice choice() {
        if (objective == null && expression == null) {
            throw InvalidInputException.of("objective", "", "give an objective (--objective ID, see 'gradus list objectives') "
                    + "or a formula (--expression \"x^2/20 + y^2\")");
        }
        if (objective != null && expression != null) {
            throw InvalidInputException.of("expression", expression, "give either --objective or --expression, not both");
        }
        if (vars != null && expression == null) {
            throw InvalidInputException.of("vars", vars, "orders the variables of a formula; give it with --expression");
        }
        if (expression == null) {
            return ComponentChoice.fromAssignments(objective, objectiveParameters);
        }
        Map<String, Object> values = new LinkedHashMap<>(ComponentChoice.fromAssignments(FORMULA, objectiveParameters).values());
        for (String name : List.of("expression", "vars")) {
            if (values.containsKey(name)) {
                throw InvalidInputException.of("objective-param", name + "=" + values.get(name), "set the formula's " + name
                        + " with --" + name + ", not -o");
            }
        }
        values.put("expression", expression);
        if (vars != null) {
            values.put("vars", vars);
        }
        return ComponentChoice.of(FORMULA, values);
    }
}
