package dev.gradus.api.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.param.ParameterViolation.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {

    private static final ParameterSpace SGD_LIKE = ParameterSpace.of(
                    RealParameter.learningRate(1e-3),
                    RealParameter.of("momentum", "momentum factor", 0, Range.atLeast(0)),
                    RealParameter.of("dampening", "dampening for momentum", 0, Range.all()),
                    new BooleanParameter("nesterov", "use Nesterov momentum", false),
                    new IntegerParameter("history_size", "update history size", 100, 1, 10_000),
                    new ChoiceParameter("line_search_fn", "line search", "none", List.of("none", "strong_wolfe")))
            .withRule("nesterov momentum requires momentum > 0 and dampening = 0",
                    v -> !v.bool("nesterov") || (v.real("momentum") > 0 && v.real("dampening") == 0),
                    "nesterov", "momentum", "dampening");

    @Test
    void aRuleThatExplainsItselfByThrowingIsReportedWithTheOtherRules() {
        ParameterSpace space = ParameterSpace.of(new TextParameter("inner", "an id looked up elsewhere", "a", 16),
                        RealParameter.of("beta", "a factor", 0.5, Range.closed(0, 1)), RealParameter.of("gamma", "another", 0.5, Range.closed(0, 1)))
                .withRule("inner is a known id", v -> {
                    if (!List.of("a", "b").contains(v.text("inner"))) {
                        throw new InvalidParametersException(List.of(new ParameterViolation("wrapper", "inner", "inner=" + v.text("inner"),
                                "there is no '" + v.text("inner") + "'; inner is one of a, b", Kind.RULE)));
                    }
                    return true;
                }, "inner")
                .withRule("beta <= gamma", v -> v.real("beta") <= v.real("gamma"), "beta", "gamma");

        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                () -> space.parse("wrapper", Map.of("inner", "c", "beta", "0.9", "gamma", "0.1")));

        assertThat(e.violations()).extracting(ParameterViolation::parameter, ParameterViolation::allowed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("inner", "there is no 'c'; inner is one of a, b"),
                org.assertj.core.groups.Tuple.tuple("beta, gamma", "beta <= gamma"));
        assertThat(space.parse("wrapper", Map.of("inner", "b")).text("inner")).isEqualTo("b");
    }

    @Test
    void fillsInDefaultsForAbsentNames() {
        ParameterValues values = SGD_LIKE.parse("sgd", Map.of("lr", "0.1"));

        assertThat(values.real("lr")).isEqualTo(0.1);
        assertThat(values.real("momentum")).isZero();
        assertThat(values.bool("nesterov")).isFalse();
        assertThat(values.integer("history_size")).isEqualTo(100);
        assertThat(values.choice("line_search_fn")).isEqualTo("none");
    }

    @Test
    void parsesEveryKindFromText() {
        ParameterValues values = SGD_LIKE.parse("sgd", Map.of("lr", "1e-2", "momentum", " .9 ", "nesterov", "TRUE",
                "history_size", "1e3", "line_search_fn", "strong_wolfe"));

        assertThat(values.real("lr")).isEqualTo(0.01);
        assertThat(values.real("momentum")).isEqualTo(0.9);
        assertThat(values.bool("nesterov")).isTrue();
        assertThat(values.integer("history_size")).isEqualTo(1000);
        assertThat(values.choice("line_search_fn")).isEqualTo("strong_wolfe");
    }

    @Test
    void reportsEveryViolationAtOnceInDeclarationOrder() {
        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                () -> SGD_LIKE.parse("sgd", Map.of("lr", "-1", "momentum", "abc", "history_size", "2.5", "beta3", "0.1")));

        assertThat(e.violations()).extracting(ParameterViolation::parameter, ParameterViolation::value, ParameterViolation::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lr", "-1", Kind.OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("momentum", "abc", Kind.MALFORMED),
                        org.assertj.core.groups.Tuple.tuple("history_size", "2.5", Kind.MALFORMED),
                        org.assertj.core.groups.Tuple.tuple("beta3", "0.1", Kind.UNKNOWN_PARAMETER));
        assertThat(e.violations().get(0).allowed()).isEqualTo(">= 0");
        assertThat(e.violations().get(0).owner()).isEqualTo("sgd");
        assertThat(e.violations().get(3).allowed()).isEqualTo("lr, momentum, dampening, nesterov, history_size, line_search_fn");
    }

    @Test
    void outOfRangeMessageNamesOwnerParameterValueAndRange() {
        assertThatThrownBy(() -> SGD_LIKE.parse("sgd", Map.of("lr", "-1")))
                .isInstanceOf(InvalidParametersException.class)
                .hasMessage("sgd: lr = -1 is out of range; allowed: >= 0");
    }

    @Test
    void refusesNanHexAndTypeSuffixesAsMalformed() {
        for (String text : List.of("NaN", "0x1p3", "1d", "", "1e", "--1", "1,5")) {
            InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                    () -> SGD_LIKE.parse("sgd", Map.of("lr", text)));
            assertThat(e.violations()).as(text).singleElement().extracting(ParameterViolation::kind).isEqualTo(Kind.MALFORMED);
        }
    }

    @Test
    void acceptsInfinityOnlyWhereTheRangeDoes() {
        ParameterSpace space = ParameterSpace.of(RealParameter.of("max_norm", "clip norm", 1, new Range(0, false, Double.POSITIVE_INFINITY, true)),
                RealParameter.of("eps", "epsilon", 1, Range.greaterThan(0)));

        assertThat(space.parse("clip", Map.of("max_norm", "inf")).real("max_norm")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> space.parse("clip", Map.of("eps", "Infinity")))
                .isInstanceOf(InvalidParametersException.class)
                .hasMessage("clip: eps = Infinity is out of range; allowed: > 0");
    }

    @Test
    void checksRulesOnlyOnceEachValueIsValid() {
        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                () -> SGD_LIKE.parse("sgd", Map.of("nesterov", "true")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.RULE);
            assertThat(v.parameter()).isEqualTo("nesterov, momentum, dampening");
            assertThat(v.value()).isEqualTo("nesterov=true, momentum=0.0, dampening=0.0");
            assertThat(v.message()).isEqualTo("sgd: nesterov=true, momentum=0.0, dampening=0.0 is not allowed: "
                    + "nesterov momentum requires momentum > 0 and dampening = 0");
        });
        assertThat(SGD_LIKE.parse("sgd", Map.of("nesterov", "true", "momentum", "0.9")).bool("nesterov")).isTrue();
    }

    @Test
    void rejectsChoiceOutsideTheList() {
        assertThatThrownBy(() -> SGD_LIKE.parse("lbfgs", Map.of("line_search_fn", "wolfe")))
                .hasMessage("lbfgs: line_search_fn = wolfe is out of range; allowed: one of none, strong_wolfe");
    }

    @Test
    void parsesAssignmentsAndRefusesDuplicatesAndMissingEquals() {
        assertThat(SGD_LIKE.parseAssignments("sgd", List.of("lr=0.5", "momentum = 0.9")).real("momentum")).isEqualTo(0.9);

        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                () -> SGD_LIKE.parseAssignments("sgd", List.of("lr0.5", "lr=0.1", "lr=0.2", "=3")));
        assertThat(e.violations()).extracting(ParameterViolation::kind)
                .containsExactly(Kind.NOT_AN_ASSIGNMENT, Kind.NOT_AN_ASSIGNMENT, Kind.DUPLICATE);
        assertThat(e.violations().get(0).message()).isEqualTo("sgd: 'lr0.5' is not of the form NAME=VALUE");
        assertThat(e.violations().get(2).message()).isEqualTo("sgd: lr is given more than once (lr=0.1, lr=0.2)");
    }

    @Test
    void bindsTypedValuesAndRefusesWrongTypes() {
        ParameterValues values = SGD_LIKE.bind("sgd", Map.of("lr", 1, "history_size", 20.0, "nesterov", true, "momentum", 0.5));
        assertThat(values.real("lr")).isEqualTo(1.0);
        assertThat(values.integer("history_size")).isEqualTo(20);

        InvalidParametersException e = catchThrowableOfType(InvalidParametersException.class,
                () -> SGD_LIKE.bind("sgd", Map.of("nesterov", 1, "history_size", 2.5)));
        assertThat(e.violations()).extracting(ParameterViolation::parameter).containsExactly("nesterov", "history_size");
    }

    @Test
    void unknownNameOnAnEmptySpaceSaysItTakesNone() {
        assertThatThrownBy(() -> ParameterSpace.empty().parse("analytic", Map.of("h", "0.1")))
                .hasMessage("analytic: unknown parameter 'h'; known: none (it takes no parameters)");
    }

    @Test
    void valuesFormatBackToTextThatParsesToTheSameValues() {
        ParameterValues values = SGD_LIKE.parse("sgd", Map.of("lr", "1e-8", "momentum", "0.9", "nesterov", "true"));
        Map<String, String> text = new java.util.LinkedHashMap<>();
        for (String name : SGD_LIKE.names()) {
            text.put(name, values.format(name));
        }

        assertThat(SGD_LIKE.parse("sgd", text)).isEqualTo(values);
        assertThat(values.toString()).isEqualTo("lr=1.0E-8, momentum=0.9, dampening=0.0, nesterov=true, history_size=100, line_search_fn=none");
    }

    @Test
    void withRevalidatesChanges() {
        ParameterValues values = SGD_LIKE.defaults();

        assertThat(values.with("sgd", Map.of("lr", 0.5)).real("lr")).isEqualTo(0.5);
        assertThatThrownBy(() -> values.with("sgd", Map.of("lr", -0.5))).isInstanceOf(InvalidParametersException.class);
    }

    @Test
    void typedAccessorRefusesWrongKindOrUnknownName() {
        ParameterValues values = SGD_LIKE.defaults();

        assertThatThrownBy(() -> values.bool("lr")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lr");
        assertThatThrownBy(() -> values.real("beta1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta1");
    }

    @Test
    void refusesDeclaringANameTwiceOrARuleOverUndeclaredNames() {
        assertThatThrownBy(() -> ParameterSpace.of(RealParameter.learningRate(1), RealParameter.learningRate(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'lr' is declared twice");
        assertThatThrownBy(() -> ParameterSpace.of(RealParameter.learningRate(1)).withRule("x", v -> true, "beta1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beta1");
    }

    @Test
    void parsesIntegerListsJoinedByDashes() {
        ParameterSpace space = ParameterSpace.of(new IntegerListParameter("milestones", "steps at which to decay", List.of(100L, 200L), 1,
                Long.MAX_VALUE));

        assertThat(space.parse("multistep", Map.of("milestones", "30-60-90")).integers("milestones")).containsExactly(30L, 60L, 90L);
        assertThat(space.parse("multistep", Map.of()).integers("milestones")).containsExactly(100L, 200L);
        assertThat(space.bind("multistep", Map.of("milestones", List.of(5, 7))).format("milestones")).isEqualTo("5-7");
        for (String bad : List.of("", "30--60", "-30", "30,60", "1.5-2", "a-b")) {
            assertThat(catchThrowableOfType(InvalidParametersException.class, () -> space.parse("multistep", Map.of("milestones", bad))))
                    .as(bad).isNotNull().extracting(e -> e.violations().get(0).kind()).isEqualTo(Kind.MALFORMED);
        }
        assertThat(catchThrowableOfType(InvalidParametersException.class, () -> space.parse("multistep", Map.of("milestones", "0-5"))))
                .extracting(e -> e.violations().get(0).kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(space.descriptors().get(0).allowedValues()).isEqualTo("whole numbers joined by '-', each >= 1");
    }

    @Test
    void visitorReachesEachKind() {
        ParameterDescriptor.Visitor<String> kind = new ParameterDescriptor.Visitor<>() {
            @Override
            public String real(RealParameter p) {
                return "real";
            }

            @Override
            public String integer(IntegerParameter p) {
                return "integer";
            }

            @Override
            public String bool(BooleanParameter p) {
                return "bool";
            }

            @Override
            public String choice(ChoiceParameter p) {
                return "choice";
            }

            @Override
            public String integerList(IntegerListParameter p) {
                return "integer list";
            }

            @Override
            public String text(TextParameter p) {
                return "text";
            }
        };

        assertThat(SGD_LIKE.descriptors()).extracting(d -> d.accept(kind))
                .containsExactly("real", "real", "real", "bool", "integer", "choice");
        assertThat(new IntegerListParameter("layers", "sizes", List.of(2L), 1, 100).accept(kind)).isEqualTo("integer list");
        assertThat(new TextParameter("expression", "a formula", "x^2", 100).accept(kind)).isEqualTo("text");
    }

    @Test
    void textIsTakenAsGivenWithinItsLengthOnOneLine() {
        ParameterSpace space = ParameterSpace.of(new TextParameter("expression", "a formula", "x^2", 10));

        assertThat(space.parse("formula", Map.of("expression", " y^2 ")).text("expression")).isEqualTo(" y^2 ");
        assertThat(space.bind("formula", Map.of("expression", "sin(x)")).text("expression")).isEqualTo("sin(x)");
        assertThat(space.defaults().text("expression")).isEqualTo("x^2");
        assertThatThrownBy(() -> space.parse("formula", Map.of("expression", "x^2 + y^2 + z^2")))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.parameter()).isEqualTo("expression");
                        assertThat(v.kind()).isEqualTo(Kind.OUT_OF_RANGE);
                        assertThat(v.allowed()).isEqualTo("one line of text, at most 10 characters");
                    });
                });
        assertThatThrownBy(() -> space.parse("formula", Map.of("expression", "x\ny"))).isInstanceOf(InvalidParametersException.class);
        assertThatThrownBy(() -> space.bind("formula", Map.of("expression", 3.0))).isInstanceOfSatisfying(InvalidParametersException.class,
                e -> assertThat(e.violations().get(0).kind()).isEqualTo(Kind.MALFORMED));
        assertThatThrownBy(() -> space.defaults().real("expression")).isInstanceOf(IllegalArgumentException.class);
    }
}
