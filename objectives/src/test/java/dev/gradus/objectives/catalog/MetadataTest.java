package dev.gradus.objectives.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.api.objective.Box;
import dev.gradus.api.objective.DifferentiableObjective;
import dev.gradus.api.objective.Dimensions;
import dev.gradus.api.objective.ObjectiveContext;
import dev.gradus.api.objective.ObjectiveMetadata;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.Scale;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.objectives.BuildInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every catalog objective says about itself, and what each one says in particular. */
class MetadataTest {
    private static final Set<String> NON_SMOOTH = Set.of("ackley", "bukin-6", "cross-in-tray", "eggholder", "holder-table");

    static Stream<CatalogCase> cases() {
        return CatalogCase.all();
    }

    static Stream<ObjectiveProvider> providers() {
        return CatalogCase.providers().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void metadataIsCompleteAndConsistent(CatalogCase c) {
        DifferentiableObjective f = c.objective();
        ObjectiveMetadata m = f.metadata();

        assertThat(m.dimension()).isEqualTo(f.dimension());
        assertThat(m.coordinateNames()).hasSize(f.dimension()).doesNotHaveDuplicates();
        assertThat(m.formula()).isNotBlank();
        assertThat(m.smooth()).as("smooth").isEqualTo(!NON_SMOOTH.contains(c.provider().info().id()));
        assertThat(m.plotWindow().contains(m.suggestedStart())).as("start %s inside %s", Arrays.toString(m.suggestedStart()), m.plotWindow())
                .isTrue();
        assertThat(Stream.concat(m.globalMinima().stream(), m.localMinima().stream())).allSatisfy(minimum -> {
            assertThat(m.domain().contains(minimum.point())).as("%s in the domain %s", minimum, m.domain()).isTrue();
            assertThat(m.plotWindow().contains(minimum.point())).as("%s in the plot window %s", minimum, m.plotWindow()).isTrue();
        });
    }

    @Test
    void exactlyTheFunctionsWithKinksSayTheyAreNotSmoothAndDeclareWhereTheKinksAre() {
        assertThat(CatalogCase.providers()).filteredOn(p -> !metadataAtDefaults(p).smooth()).extracting(p -> p.info().id())
                .containsExactlyInAnyOrderElementsOf(NON_SMOOTH);
        assertThat(CatalogCase.providers()).filteredOn(p -> Kinks.of(p.info().id()) != Kinks.NONE).extracting(p -> p.info().id())
                .containsExactlyInAnyOrderElementsOf(NON_SMOOTH);
    }

    @Test
    void exactlyTheSaddlesAreUnboundedBelow() {
        assertThat(CatalogCase.providers()).filteredOn(p -> !metadataAtDefaults(p).boundedBelow()).extracting(p -> p.info().id())
                .containsExactlyInAnyOrder("saddle", "monkey-saddle");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSuggestedStartIsNotAStationaryPoint(CatalogCase c) {
        double[] g = new double[c.objective().dimension()];
        c.objective().valueAndGradient(c.objective().metadata().suggestedStart(), g);

        assertThat(GradientCheck.norm(g)).isGreaterThan(1e-3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void providerInfoIsWellFormedAndStable(ObjectiveProvider provider) {
        ProviderInfo info = provider.info();

        assertThat(info.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
        assertThat(info.version()).isEqualTo(BuildInfo.VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(info.apiVersion()).isEqualTo(GradusApi.VERSION);
        assertThat(info.description()).hasSizeBetween(60, 300).endsWith(".");
        assertThat(provider.info()).isEqualTo(info);
        assertThat(provider.parameters()).isEqualTo(provider.parameters());
        assertThat(provider.dimensions()).isEqualTo(provider.dimensions());
    }

    @Test
    void displayNamesAreTheHumanNames() {
        assertThat(CatalogCase.providers()).extracting(p -> p.info().id() + "=" + p.info().displayName()).containsExactlyInAnyOrder(
                "sphere=Sphere", "elongated-bowl=Elongated bowl", "rosenbrock=Rosenbrock", "beale=Beale", "himmelblau=Himmelblau", "booth=Booth",
                "shifted-bowl=Shifted bowl", "matyas=Matyas", "three-hump-camel=Three-hump camel", "six-hump-camel=Six-hump camel",
                "goldstein-price=Goldstein-Price", "mccormick=McCormick", "levi-13=Lévi N.13", "easom=Easom", "parabola=Parabola",
                "wavy-polynomial=Wavy polynomial", "ackley=Ackley", "saddle=Saddle", "monkey-saddle=Monkey saddle", "rastrigin=Rastrigin",
                "styblinski-tang=Styblinski-Tang", "ill-conditioned-quadratic=Ill-conditioned quadratic", "bukin-6=Bukin N.6",
                "cross-in-tray=Cross-in-tray", "eggholder=Eggholder", "holder-table=Hölder table");
    }

    @Test
    void contoursAreLogSpacedForTheDeepNarrowValleys() {
        assertThat(CatalogCase.providers()).filteredOn(p -> metadataAtDefaults(p).logScaledContours()).extracting(p -> p.info().id())
                .containsExactlyInAnyOrder("elongated-bowl", "rosenbrock", "beale", "himmelblau", "booth", "shifted-bowl", "matyas",
                        "three-hump-camel", "goldstein-price", "ill-conditioned-quadratic", "bukin-6");
    }

    @Test
    void theElongatedBowlIsTheBooksFigure() {
        ObjectiveMetadata m = metadataAtDefaults(new ElongatedBowl());

        assertThat(m.formula()).isEqualTo("x^2/20 + y^2");
        assertThat(m.suggestedStart()).containsExactly(-7, 2);
        assertThat(m.plotWindow()).isEqualTo(Box.of(-10, 10, -5, 5));
        assertThat(m.coordinateNames()).containsExactly("x", "y");
    }

    @Test
    void planeFunctionsUseTheUsualSearchDomains() {
        assertThat(metadataAtDefaults(new Beale()).domain()).isEqualTo(Box.of(-4.5, 4.5, -4.5, 4.5));
        assertThat(metadataAtDefaults(new Himmelblau()).domain()).isEqualTo(Box.of(-5, 5, -5, 5));
        assertThat(metadataAtDefaults(new Booth()).domain()).isEqualTo(Box.of(-10, 10, -10, 10));
        assertThat(metadataAtDefaults(new Beale()).globalMinima()).singleElement().satisfies(min -> assertThat(min.point()).containsExactly(3, 0.5));
        assertThat(metadataAtDefaults(new Booth()).globalMinima()).singleElement().satisfies(min -> assertThat(min.point()).containsExactly(1, 3));
    }

    @Test
    void rosenbrockStartsAtTheClassicPointAndDrawsTheClassicWindow() {
        ObjectiveMetadata plane = metadataAtDefaults(new Rosenbrock());
        ObjectiveMetadata five = CatalogCase.make(new Rosenbrock(), 5).metadata();

        assertThat(plane.suggestedStart()).containsExactly(-1.2, 1);
        assertThat(plane.plotWindow()).isEqualTo(Box.of(-2, 2, -1, 3));
        assertThat(plane.domain()).isEqualTo(Box.cube(2, -5, 10));
        assertThat(five.suggestedStart()).containsExactly(-1.2, 1, -1.2, 1, -1.2);
        assertThat(five.plotWindow()).isEqualTo(Box.cube(5, -2, 2));
    }

    @Test
    void sphereStartsWhereNoCoordinateIsZeroAndNotAllAreEqual() {
        ObjectiveMetadata m = CatalogCase.make(new Sphere(), 5).metadata();

        assertThat(m.suggestedStart()).containsExactly(3, -2, 3, -2, 3);
        assertThat(m.plotWindow()).isEqualTo(Box.cube(5, -5.12, 5.12));
        assertThat(CatalogCase.make(new Sphere(), 1).metadata().suggestedStart()).containsExactly(3);
    }

    @Test
    void formulasNameTheCoordinatesInFewDimensionsAndSumBeyond() {
        assertThat(CatalogCase.make(new Sphere(), 1).metadata().formula()).isEqualTo("x^2");
        assertThat(CatalogCase.make(new Sphere(), 2).metadata().formula()).isEqualTo("x^2 + y^2");
        assertThat(CatalogCase.make(new Sphere(), 3).metadata().formula()).isEqualTo("x^2 + y^2 + z^2");
        assertThat(CatalogCase.make(new Sphere(), 10).metadata().formula()).isEqualTo("sum_{i=1}^{10} x_i^2");
        assertThat(CatalogCase.make(new Rosenbrock(), 2).metadata().formula()).isEqualTo("100*(y - x^2)^2 + (1 - x)^2");
        assertThat(CatalogCase.make(new Rosenbrock(), 3).metadata().formula())
                .isEqualTo("100*(y - x^2)^2 + (1 - x)^2 + 100*(z - y^2)^2 + (1 - y)^2");
        assertThat(CatalogCase.make(new Rosenbrock(), 4).metadata().formula()).isEqualTo("sum_{i=1}^{3} [100*(x_{i+1} - x_i^2)^2 + (1 - x_i)^2]");
        assertThat(CatalogCase.of(new Rosenbrock(), 2, Map.of("a", "2", "b", "0.5")).objective().metadata().formula())
                .isEqualTo("0.5*(y - x^2)^2 + (2 - x)^2");
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 10})
    void sphereTakesTheDimensionItIsAskedFor(int n) {
        assertTakesDimension(CatalogCase.make(new Sphere(), n), n);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 10})
    void rosenbrockTakesTheDimensionItIsAskedFor(int n) {
        assertTakesDimension(CatalogCase.make(new Rosenbrock(), n), n);
    }

    private static void assertTakesDimension(DifferentiableObjective f, int n) {
        ObjectiveMetadata m = f.metadata();
        assertThat(f.dimension()).isEqualTo(n);
        assertThat(m.dimension()).isEqualTo(n);
        assertThat(m.coordinateNames()).hasSize(n);
        assertThat(m.suggestedStart()).hasSize(n);
        assertThat(m.plotWindow().dimension()).isEqualTo(n);
        assertThat(m.domain().dimension()).isEqualTo(n);
        assertThat(m.globalMinima()).allSatisfy(min -> assertThat(min.dimension()).isEqualTo(n));
    }

    @Test
    void tenDimensionalObjectivesNameTheirCoordinatesX1ToX10() {
        List<String> names = List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10");

        assertThat(CatalogCase.make(new Sphere(), 10).metadata().coordinateNames()).isEqualTo(names);
        assertThat(CatalogCase.make(new Rosenbrock(), 10).metadata().coordinateNames()).isEqualTo(names);
    }

    @Test
    void providersDeclareTheDimensionsTheyMake() {
        assertThat(new Sphere().dimensions()).satisfies(d -> {
            assertThat(d.min()).isEqualTo(1);
            assertThat(d.max()).isEqualTo(Integer.MAX_VALUE);
            assertThat(d.preferred()).isEqualTo(2);
        });
        assertThat(new Rosenbrock().dimensions()).satisfies(d -> {
            assertThat(d.min()).isEqualTo(2);
            assertThat(d.max()).isEqualTo(Integer.MAX_VALUE);
            assertThat(d.preferred()).isEqualTo(2);
        });
        for (ObjectiveProvider plane : List.of(new ElongatedBowl(), new Beale(), new Himmelblau(), new Booth())) {
            assertThat(plane.dimensions().isFixed()).as(plane.info().id()).isTrue();
            assertThat(plane.dimensions().min()).as(plane.info().id()).isEqualTo(2);
        }
    }

    @Test
    void aDimensionTheProviderDoesNotDeclareIsRefused() {
        ObjectiveProvider beale = new Beale();
        ObjectiveProvider rosenbrock = new Rosenbrock();

        assertThatThrownBy(() -> beale.create(new ObjectiveContext(3, beale.parameters().defaults(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beale");
        assertThatThrownBy(() -> rosenbrock.create(new ObjectiveContext(1, rosenbrock.parameters().defaults(), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rosenbrock");
    }

    @Test
    void rosenbrockDeclaresItsParametersAAndB() {
        var parameters = new Rosenbrock().parameters();

        assertThat(parameters.names()).containsExactly("a", "b");
        assertThat(parameters.defaults().real("a")).isEqualTo(1);
        assertThat(parameters.defaults().real("b")).isEqualTo(100);
        assertThat(new Rosenbrock().parameters().descriptor("b")).hasValueSatisfying(b -> assertThat(b.allowedValues()).isEqualTo(">= 0"));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 10})
    void theNewFunctionsOfAnyDimensionTakeTheDimensionTheyAreAskedFor(int n) {
        for (ObjectiveProvider provider : List.of(new Rastrigin(), new StyblinskiTang(), new IllConditionedQuadratic(), new Ackley())) {
            assertTakesDimension(CatalogCase.make(provider, n), n);
            assertThat(provider.dimensions()).as(provider.info().id()).isEqualTo(new Dimensions(1, Integer.MAX_VALUE, 2));
        }
    }

    @Test
    void theCurvesAreOneDimensional() {
        for (ObjectiveProvider curve : List.of(new Parabola(), new WavyPolynomial())) {
            assertThat(curve.dimensions()).as(curve.info().id()).isEqualTo(Dimensions.fixed(1));
            assertTakesDimension(CatalogCase.make(curve, 1), 1);
            assertThat(CatalogCase.make(curve, 1).metadata().coordinateNames()).containsExactly("x");
            assertThatThrownBy(() -> curve.create(new ObjectiveContext(2, curve.parameters().defaults(), 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(curve.info().id());
        }
    }

    @Test
    void theNewPlaneFunctionsAreTwoDimensional() {
        for (ObjectiveProvider plane : List.of(new Saddle(), new MonkeySaddle(), new Bukin6(), new CrossInTray(), new Eggholder(),
                new HolderTable())) {
            assertThat(plane.dimensions()).as(plane.info().id()).isEqualTo(Dimensions.fixed(2));
            assertThatThrownBy(() -> plane.create(new ObjectiveContext(3, plane.parameters().defaults(), 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(plane.info().id());
        }
    }

    @Test
    void ackleyDeclaresItsParametersABAndCWithTheLiteraturesDefaults() {
        var parameters = new Ackley().parameters();

        assertThat(parameters.names()).containsExactly("a", "b", "c");
        assertThat(parameters.defaults().real("a")).isEqualTo(20);
        assertThat(parameters.defaults().real("b")).isEqualTo(0.2);
        assertThat(parameters.defaults().real("c")).isEqualTo(2 * Math.PI);
        assertThat(parameters.descriptors()).extracting(d -> d.name() + " " + d.allowedValues()).containsExactly("a > 0", "b > 0", "c >= 0");
    }

    @Test
    void rastriginDeclaresItsAmplitudeAsA() {
        var parameters = new Rastrigin().parameters();

        assertThat(parameters.names()).containsExactly("a");
        assertThat(parameters.defaults().real("a")).isEqualTo(10);
        assertThat(parameters.descriptor("a")).hasValueSatisfying(a -> assertThat(a.allowedValues()).isEqualTo(">= 0"));
    }

    @Test
    void theIllConditionedQuadraticDeclaresItsConditionNumberOnALogScale() {
        var parameters = new IllConditionedQuadratic().parameters();

        assertThat(parameters.names()).containsExactly("condition_number");
        assertThat(parameters.descriptor("condition_number")).hasValueSatisfying(d -> {
            assertThat(d).isInstanceOfSatisfying(RealParameter.class, real -> {
                assertThat(real.defaultValue()).isEqualTo(100);
                assertThat(real.scale()).isEqualTo(Scale.LOG);
            });
            assertThat(d.allowedValues()).isEqualTo(">= 1");
        });
    }

    @Test
    void theOtherNewObjectivesHaveNoParameters() {
        for (ObjectiveProvider provider : List.of(new Saddle(), new MonkeySaddle(), new Parabola(), new WavyPolynomial(), new StyblinskiTang(),
                new Bukin6(), new CrossInTray(), new Eggholder(), new HolderTable())) {
            assertThat(provider.parameters().isEmpty()).as(provider.info().id()).isTrue();
        }
    }

    @Test
    void outOfRangeParameterValuesAreRefusedNamingTheObjectiveTheParameterTheValueAndTheRange() {
        assertRefused(new Ackley(), "a", "0", "> 0");
        assertRefused(new Ackley(), "b", "-0.2", "> 0");
        assertRefused(new Ackley(), "c", "-1", ">= 0");
        assertRefused(new Rastrigin(), "a", "-10", ">= 0");
        assertRefused(new IllConditionedQuadratic(), "condition_number", "0.5", ">= 1");
        assertRefused(new IllConditionedQuadratic(), "condition_number", "inf", ">= 1");
    }

    private static void assertRefused(ObjectiveProvider provider, String name, String value, String allowed) {
        String id = provider.info().id();
        assertThatThrownBy(() -> provider.parameters().parse(id, Map.of(name, value)))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations()).singleElement()
                        .isEqualTo(new ParameterViolation(id, name, value, allowed, ParameterViolation.Kind.OUT_OF_RANGE)));
    }

    @Test
    void theNewFormulasNameTheCoordinatesInFewDimensionsAndSumBeyond() {
        assertThat(CatalogCase.make(new Ackley(), 1).metadata().formula())
                .isEqualTo("-20*exp(-0.2*sqrt(x^2)) - exp(cos(2*pi*x)) + 20 + e");
        assertThat(CatalogCase.make(new Ackley(), 2).metadata().formula())
                .isEqualTo("-20*exp(-0.2*sqrt((x^2 + y^2)/2)) - exp((cos(2*pi*x) + cos(2*pi*y))/2) + 20 + e");
        assertThat(CatalogCase.make(new Ackley(), 10).metadata().formula())
                .isEqualTo("-20*exp(-0.2*sqrt((sum_{i=1}^{10} x_i^2)/10)) - exp((sum_{i=1}^{10} cos(2*pi*x_i))/10) + 20 + e");
        assertThat(CatalogCase.of(new Ackley(), 2, Map.of("a", "10", "b", "1", "c", "1")).objective().metadata().formula())
                .isEqualTo("-10*exp(-1*sqrt((x^2 + y^2)/2)) - exp((cos(1*x) + cos(1*y))/2) + 10 + e");
        assertThat(CatalogCase.make(new Rastrigin(), 2).metadata().formula()).isEqualTo("20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)");
        assertThat(CatalogCase.make(new Rastrigin(), 10).metadata().formula()).isEqualTo("100 + sum_{i=1}^{10} [x_i^2 - 10*cos(2*pi*x_i)]");
        assertThat(CatalogCase.of(new Rastrigin(), 1, Map.of("a", "2.5")).objective().metadata().formula()).isEqualTo("2.5 + x^2 - 2.5*cos(2*pi*x)");
        assertThat(CatalogCase.make(new StyblinskiTang(), 2).metadata().formula()).isEqualTo("0.5*(x^4 - 16*x^2 + 5*x + y^4 - 16*y^2 + 5*y)");
        assertThat(CatalogCase.make(new StyblinskiTang(), 10).metadata().formula()).isEqualTo("0.5*(sum_{i=1}^{10} [x_i^4 - 16*x_i^2 + 5*x_i])");
        assertThat(CatalogCase.make(new IllConditionedQuadratic(), 1).metadata().formula()).isEqualTo("0.5*x^2");
        assertThat(CatalogCase.make(new IllConditionedQuadratic(), 2).metadata().formula()).isEqualTo("0.5*(x^2 + 100*y^2)");
        assertThat(CatalogCase.make(new IllConditionedQuadratic(), 3).metadata().formula()).isEqualTo("0.5*(x^2 + 10*y^2 + 100*z^2)");
        assertThat(CatalogCase.make(new IllConditionedQuadratic(), 10).metadata().formula()).isEqualTo("0.5*sum_{i=1}^{10} 100^((i - 1)/9)*x_i^2");
        assertThat(CatalogCase.of(new IllConditionedQuadratic(), 2, Map.of("condition_number", "1e20")).objective().metadata().formula())
                .isEqualTo("0.5*(x^2 + 100000000000000000000*y^2)");
    }

    @Test
    void theIllConditionedQuadraticsCurvaturesAreLogSpacedFromOneToTheConditionNumber() {
        assertThat(IllConditionedQuadratic.curvatures(1, 100)).containsExactly(1);
        assertThat(IllConditionedQuadratic.curvatures(2, 100)).containsExactly(1, 100);
        assertThat(IllConditionedQuadratic.curvatures(3, 100)).containsExactly(1, 10, 100);
        assertThat(IllConditionedQuadratic.curvatures(5, 16)).containsExactly(1, 2, 4, 8, 16);
        assertThat(IllConditionedQuadratic.curvatures(10, 1e6)).startsWith(1).endsWith(1e6).isSorted();
        assertThat(IllConditionedQuadratic.curvatures(4, 1)).containsExactly(1, 1, 1, 1);
    }

    @Test
    void theSeedArticlesStartsAreTheSuggestedOnes() {
        assertThat(metadataAtDefaults(new Parabola()).suggestedStart()).containsExactly(9);
        assertThat(metadataAtDefaults(new WavyPolynomial()).suggestedStart()).containsExactly(3.5);
        assertThat(metadataAtDefaults(new Parabola()).formula()).isEqualTo("x^2");
    }

    @Test
    void theNewFunctionsUseTheUsualSearchDomains() {
        assertThat(CatalogCase.make(new Rastrigin(), 3).metadata().domain()).isEqualTo(Box.cube(3, -5.12, 5.12));
        assertThat(CatalogCase.make(new StyblinskiTang(), 3).metadata().domain()).isEqualTo(Box.cube(3, -5, 5));
        assertThat(metadataAtDefaults(new Bukin6()).domain()).isEqualTo(Box.of(-15, -5, -3, 3));
        assertThat(metadataAtDefaults(new CrossInTray()).domain()).isEqualTo(Box.of(-10, 10, -10, 10));
        assertThat(metadataAtDefaults(new Eggholder()).domain()).isEqualTo(Box.of(-512, 512, -512, 512));
        assertThat(metadataAtDefaults(new HolderTable()).domain()).isEqualTo(Box.of(-10, 10, -10, 10));
        assertThat(CatalogCase.make(new Ackley(), 3).metadata().domain()).isEqualTo(Box.cube(3, -32.768, 32.768));
    }

    private static ObjectiveMetadata metadataAtDefaults(ObjectiveProvider provider) {
        return CatalogCase.make(provider, provider.dimensions().preferred()).metadata();
    }
}
