package dev.gradus.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.testing.PluginJars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryIT {
    @TempDir
    Path plugins;

    private static ProviderInventory discover(Path... folders) {
        return PluginDiscovery.discover(PluginFolders.resolve(List.of(folders), null));
    }

    private static Path goodPlugin(Path jar, String id) {
        String cls = "org.test." + id.replace("-", "") + ".Provider";
        return new PluginJars().source(cls, PluginJars.optimizerSource(cls, id, GradusApi.VERSION, ""))
                .provides(OptimizerProvider.class, cls).writeTo(jar);
    }

    private static List<String> optimizerIds(ProviderInventory inventory) {
        return inventory.of(ProviderKind.OPTIMIZER).stream().map(DiscoveredProvider::id).toList();
    }

    @Test
    void findsTheBuiltInsOnTheClassPath() {
        ProviderInventory inventory = discover();

        assertThat(optimizerIds(inventory)).contains("sgd", "adam");
        assertThat(inventory.of(ProviderKind.ESTIMATOR)).extracting(DiscoveredProvider::id).contains("analytic", "forward", "central");
        assertThat(inventory.of(ProviderKind.OBJECTIVE)).extracting(DiscoveredProvider::id)
                .contains("sphere", "elongated-bowl", "rosenbrock", "beale", "himmelblau", "booth");
        assertThat(inventory.problems()).isEmpty();
    }

    @Test
    void anEmptyPluginFolderChangesNothing() {
        ProviderInventory inventory = discover(plugins);

        assertThat(inventory.providers()).hasSameSizeAs(discover().providers());
        assertThat(inventory.problems()).isEmpty();
    }

    @Test
    void findsAPluginInItsJarAndSaysWhereItCameFrom() {
        Path jar = goodPlugin(plugins.resolve("momentum-free.jar"), "plugin-descent");

        ProviderInventory inventory = discover(plugins);

        DiscoveredProvider found = inventory.of(ProviderKind.OPTIMIZER).stream().filter(p -> p.id().equals("plugin-descent")).findFirst().orElseThrow();
        assertThat(found.summary().origin()).isEqualTo(jar.toString());
        assertThat(found.provider().getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
        assertThat(inventory.problems()).isEmpty();
        assertThat(optimizerIds(inventory)).filteredOn("sgd"::equals).hasSize(1);
    }

    @Test
    void aProviderThatThrowsInItsConstructorIsReportedWithItsJarAndTheRestStillLoad() {
        String cls = "org.test.broken.Provider";
        Path broken = new PluginJars().source(cls, PluginJars.optimizerSource(cls, "broken", GradusApi.VERSION,
                "throw new IllegalStateException(\"no licence file\");")).provides(OptimizerProvider.class, cls)
                .writeTo(plugins.resolve("a-broken.jar"));
        goodPlugin(plugins.resolve("b-good.jar"), "good-one");

        ProviderInventory inventory = discover(plugins);

        assertThat(optimizerIds(inventory)).contains("good-one", "sgd").doesNotContain("broken");
        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(broken.toString());
            assertThat(p.reason()).contains("org.test.broken.Provider").contains("could not be instantiated")
                    .contains("IllegalStateException: no licence file");
        });
    }

    @Test
    void aListedClassMissingFromTheJarIsReportedWithItsJar() {
        Path jar = new PluginJars().provides(OptimizerProvider.class, "org.test.Missing").writeTo(plugins.resolve("hollow.jar"));

        ProviderInventory inventory = discover(plugins);

        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(jar.toString());
            assertThat(p.reason()).contains("org.test.Missing").contains("not found");
        });
        assertThat(optimizerIds(inventory)).contains("sgd", "adam");
    }

    @Test
    void aFileThatIsNotAJarIsReportedAndSkipped() throws IOException {
        Path notJar = Files.writeString(plugins.resolve("notes.jar"), "this is not a zip file");
        goodPlugin(plugins.resolve("real.jar"), "real-one");

        ProviderInventory inventory = discover(plugins);

        assertThat(optimizerIds(inventory)).contains("real-one");
        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(notJar.toString());
            assertThat(p.reason()).startsWith("not a readable jar file");
        });
    }

    @Test
    void aPluginCannotReplaceABuiltInIdAndBothAreNamed() {
        Path jar = goodPlugin(plugins.resolve("impostor.jar"), "adam");

        ProviderInventory inventory = discover(plugins);

        DiscoveredProvider adam = inventory.of(ProviderKind.OPTIMIZER).stream().filter(p -> p.id().equals("adam")).findFirst().orElseThrow();
        assertThat(adam.summary().origin()).isNotEqualTo(jar.toString());
        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(jar.toString());
            assertThat(p.reason()).contains("'adam'").contains(adam.summary().origin()).contains("already provided");
        });
    }

    @Test
    void twoPluginsWithOneIdAreReportedNamingBothJarsAndTheFirstIsKept() {
        Path first = goodPlugin(plugins.resolve("a.jar"), "twin");
        String cls = "org.test.other.Twin";
        Path second = new PluginJars().source(cls, PluginJars.optimizerSource(cls, "twin", GradusApi.VERSION, ""))
                .provides(OptimizerProvider.class, cls).writeTo(plugins.resolve("b.jar"));

        ProviderInventory inventory = discover(plugins);

        assertThat(inventory.of(ProviderKind.OPTIMIZER).stream().filter(p -> p.id().equals("twin")))
                .singleElement().extracting(p -> p.summary().origin()).isEqualTo(first.toString());
        assertThat(inventory.problems()).singleElement().extracting(PluginProblem::message).asString()
                .contains(first.toString()).contains(second.toString());
    }

    @Test
    void aProviderBuiltForANewerApiIsSkippedSayingWhich() {
        String cls = "org.test.future.Provider";
        Path jar = new PluginJars().source(cls, PluginJars.optimizerSource(cls, "from-the-future", "1.9", ""))
                .provides(OptimizerProvider.class, cls).writeTo(plugins.resolve("future.jar"));

        ProviderInventory inventory = discover(plugins);

        assertThat(optimizerIds(inventory)).doesNotContain("from-the-future");
        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(jar.toString());
            assertThat(p.reason()).contains("Gradus API 1.9").contains("supports API " + GradusApi.VERSION);
        });
    }

    @Test
    void aProviderWithAMalformedIdIsSkipped() {
        String cls = "org.test.badid.Provider";
        Path jar = new PluginJars().source(cls, PluginJars.optimizerSource(cls, "Bad_Id", GradusApi.VERSION, ""))
                .provides(OptimizerProvider.class, cls).writeTo(plugins.resolve("badid.jar"));

        ProviderInventory inventory = discover(plugins);

        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(jar.toString());
            assertThat(p.reason()).contains("failed to describe itself").contains("Bad_Id").contains("kebab-case");
        });
    }

    @Test
    void folderOrderDecidesBetweenDuplicates() throws IOException {
        Path one = Files.createDirectories(plugins.resolve("one"));
        Path two = Files.createDirectories(plugins.resolve("two"));
        goodPlugin(two.resolve("z.jar"), "shared-id");
        Path winner = goodPlugin(one.resolve("z.jar"), "shared-id");

        ProviderInventory inventory = discover(one, two);

        assertThat(inventory.of(ProviderKind.OPTIMIZER).stream().filter(p -> p.id().equals("shared-id")))
                .singleElement().extracting(p -> p.summary().origin()).isEqualTo(winner.toString());
    }

    @Test
    void anExplicitFolderThatDoesNotExistIsAnInputError() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> PluginFolders.resolve(List.of(plugins.resolve("nope")), null));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("plugin-dir");
            assertThat(p.reason()).contains("does not exist");
        });
    }

    @Test
    void environmentFoldersAreSplitLikeAClassPathAndAMissingOneIsOnlyReported() {
        Path jar = goodPlugin(plugins.resolve("env.jar"), "from-env");
        String env = plugins + java.io.File.pathSeparator + " " + java.io.File.pathSeparator + plugins.resolve("missing");

        ProviderInventory inventory = PluginDiscovery.discover(PluginFolders.resolve(List.of(), env));

        assertThat(optimizerIds(inventory)).contains("from-env");
        assertThat(inventory.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(plugins.resolve("missing").toString());
            assertThat(p.reason()).isEqualTo("plugin folder does not exist");
        });
        assertThat(jar).exists();
    }
}
