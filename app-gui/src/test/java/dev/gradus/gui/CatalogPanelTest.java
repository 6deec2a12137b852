package dev.gradus.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.ProviderKind;
import org.junit.jupiter.api.Test;

/** Builds the catalog panel headless over the real built-ins (no window is opened). */
class CatalogPanelTest {
    private final GradusApplication app = GradusApplication.start(PluginFolders.NONE);

    @Test
    void showsAnOptimizersParametersFromItsDescriptors() {
        CatalogPanel panel = new CatalogPanel(app.listProviders(), app.describeProvider());

        panel.select(ProviderKind.OPTIMIZER, "adam");

        assertThat(panel.detailsHtml()).contains("Adam").contains("beta1").contains("amsgrad").contains("[0, 1)");
    }

    @Test
    void showsAnObjectivesMetadata() {
        CatalogPanel panel = new CatalogPanel(app.listProviders(), app.describeProvider());

        panel.select(ProviderKind.OBJECTIVE, "himmelblau");

        assertThat(panel.detailsHtml()).contains("Himmelblau").contains("Global minima").contains("3.0, 2.0");
    }

    @Test
    void refusesToSelectWhatIsNotThere() {
        CatalogPanel panel = new CatalogPanel(app.listProviders(), app.describeProvider());

        assertThatThrownBy(() -> panel.select(ProviderKind.OPTIMIZER, "nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
