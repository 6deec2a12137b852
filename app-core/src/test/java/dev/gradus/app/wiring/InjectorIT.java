package dev.gradus.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.ProviderDescription;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderListing;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.port.in.UnknownProviderException;
import dev.gradus.app.testing.FakeProviders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InjectorIT {

    @Test
    void bindsFakeProvidersIntoMapsKeyedById() {
        Injector injector = Guice.createInjector(new DiscoveredProvidersModule(FakeProviders.standard()), new UseCasesModule());

        Map<String, OptimizerProvider> optimizers = injector.getInstance(Key.get(new TypeLiteral<Map<String, OptimizerProvider>>() { }));
        Map<String, ObjectiveProvider> objectives = injector.getInstance(Key.get(new TypeLiteral<Map<String, ObjectiveProvider>>() { }));

        assertThat(optimizers).containsOnlyKeys("gd", "probe", "sneaky", "unit-step");
        assertThat(objectives).containsOnlyKeys("quadratic", "abs-sum", "plane-2d", "cap");
        assertThat(injector.getInstance(RunOptimizationUseCase.class)).isSameAs(injector.getInstance(RunOptimizationUseCase.class));
    }

    @Test
    void listsProvidersByKindThenId() {
        ProviderListing listing = GradusApplication.over(FakeProviders.standard()).listProviders().list();

        assertThat(listing.of(ProviderKind.OPTIMIZER)).extracting(s -> s.id()).containsExactly("gd", "probe", "sneaky", "unit-step");
        assertThat(listing.of(ProviderKind.OBJECTIVE)).extracting(s -> s.id()).containsExactly("abs-sum", "cap", "plane-2d", "quadratic");
        assertThat(listing.of(ProviderKind.SCHEDULE)).extracting(s -> s.id()).containsExactly("halving");
        assertThat(listing.providers()).allSatisfy(s -> assertThat(s.origin()).isEqualTo("test"));
    }

    @Test
    void describesAnObjectiveWithItsMetadataAtThePreferredDimension() {
        List<ProviderDescription> found = GradusApplication.over(FakeProviders.standard()).describeProvider().describe("quadratic");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.summary().kind()).isEqualTo(ProviderKind.OBJECTIVE);
            assertThat(d.objectiveDimensions()).hasValueSatisfying(dim -> assertThat(dim.preferred()).isEqualTo(2));
            assertThat(d.objectiveMetadata()).hasValueSatisfying(m -> assertThat(m.formula()).isEqualTo("sum (i+1) x_i^2"));
            assertThat(d.parameters().names()).containsExactly("scale");
        });
    }

    @Test
    void describingAnUnknownIdListsEveryKnownId() {
        UnknownProviderException e = catchThrowableOfType(UnknownProviderException.class,
                () -> GradusApplication.over(FakeProviders.standard()).describeProvider().describe("nope"));

        assertThat(e.known()).containsExactly("abs-sum", "analytic", "cap", "central", "gd", "halving", "plane-2d", "probe", "quadratic", "sneaky",
                "unit-step");
    }

    @Test
    void startsOverTheRealClassPathWithTheBuiltIns() {
        GradusApplication app = GradusApplication.start(PluginFolders.NONE);

        assertThat(app.pluginProblems()).isEmpty();
        assertThat(app.listProviders().list().of(ProviderKind.OPTIMIZER)).extracting(s -> s.id())
                .containsExactly("adadelta", "adagrad", "adam", "adamax", "adamw", "asgd", "lbfgs", "nadam", "radam", "rmsprop", "rprop", "sgd", "textbook-adam", "textbook-nesterov");
        assertThat(app.describeProvider().describe("adam")).singleElement()
                .satisfies(d -> assertThat(d.parameters().names()).contains("lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad"));
    }
}
