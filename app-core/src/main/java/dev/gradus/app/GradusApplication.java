package dev.gradus.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.gradus.app.plugin.PluginDiscovery;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.plugin.ProviderInventory;
import dev.gradus.app.port.in.DescribeProviderUseCase;
import dev.gradus.app.port.in.ListProvidersUseCase;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.in.RunOptimizationUseCase;
import dev.gradus.app.wiring.DiscoveredProvidersModule;
import dev.gradus.app.wiring.UseCasesModule;
import java.util.List;

/**
 * A started Gradus: discovery done, the one injector built. Adapters make one in {@code main} and
 * take the use cases from it.
 */
public final class GradusApplication {
    private final Injector injector;
    private final List<PluginProblem> problems;

    private GradusApplication(ProviderInventory inventory) {
        this.injector = Guice.createInjector(new DiscoveredProvidersModule(inventory), new UseCasesModule());
        this.problems = inventory.problems();
    }

    /**
     * Discovers providers on the class path and in {@code folders}, then builds the injector.
     *
     * @param folders plugin folders to search, in order
     */
    public static GradusApplication start(PluginFolders folders) {
        return new GradusApplication(PluginDiscovery.discover(folders));
    }

    /** Builds the injector over an inventory found elsewhere (tests, embedding hosts). */
    public static GradusApplication over(ProviderInventory inventory) {
        return new GradusApplication(inventory);
    }

    public RunOptimizationUseCase runOptimization() {
        return injector.getInstance(RunOptimizationUseCase.class);
    }

    public ListProvidersUseCase listProviders() {
        return injector.getInstance(ListProvidersUseCase.class);
    }

    public DescribeProviderUseCase describeProvider() {
        return injector.getInstance(DescribeProviderUseCase.class);
    }

    /** What discovery had to skip, each naming its jar and reason. */
    public List<PluginProblem> pluginProblems() {
        return problems;
    }
}
