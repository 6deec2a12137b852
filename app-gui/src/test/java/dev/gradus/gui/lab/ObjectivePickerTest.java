package dev.gradus.gui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectivePickerTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);

    @Test
    void theCatalogIsGroupedAndSearchable() {
        ObjectivePicker picker = new ObjectivePicker(APP.listProviders(), APP.describeProvider());

        List<String> all = picker.listedIds();
        assertThat(all).contains("parabola", "himmelblau", "rosenbrock", "mlp", "sampled-polynomial").doesNotContain("formula");
        assertThat(all.indexOf("parabola")).as("1-D before 2-D").isLessThan(all.indexOf("himmelblau"));
        assertThat(all.indexOf("himmelblau")).as("2-D before n-D").isLessThan(all.indexOf("rosenbrock"));
        assertThat(all.indexOf("rosenbrock")).as("n-D before learning").isLessThan(all.indexOf("mlp"));

        picker.search("camel");
        assertThat(picker.listedIds()).containsExactly("six-hump-camel", "three-hump-camel");
        picker.search("x^2/20");
        assertThat(picker.listedIds()).containsExactly("elongated-bowl");
    }

    @Test
    void choosingAnObjectiveShowsItsFormulaAndTellsTheListeners() {
        ObjectivePicker picker = new ObjectivePicker(APP.listProviders(), APP.describeProvider());
        List<String> chosen = new ArrayList<>();
        picker.addSelectionListener(chosen::add);

        picker.select("elongated-bowl");
        picker.select("no-such-objective");

        assertThat(chosen).containsExactly("elongated-bowl");
        assertThat(picker.selected()).hasValue("elongated-bowl");
        assertThat(picker.description().orElseThrow().objectiveMetadata().orElseThrow().formula()).isEqualTo("x^2/20 + y^2");
    }
}
