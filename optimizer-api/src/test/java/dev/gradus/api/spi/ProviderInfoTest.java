package dev.gradus.api.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderInfoTest {

    @Test
    void acceptsKebabCaseIds() {
        for (String id : List.of("adam", "elongated-bowl", "three-hump-camel", "levi-13", "x2")) {
            assertThat(new ProviderInfo(id, "Name", "1.0", GradusApi.VERSION, "What it is.").id()).isEqualTo(id);
        }
    }

    @Test
    void refusesIdsThatAreNotKebabCase() {
        for (String id : List.of("Adam", "sign_descent", "-adam", "adam-", "a--b", "3d", "", "a b")) {
            assertThatThrownBy(() -> new ProviderInfo(id, "Name", "1.0", GradusApi.VERSION, "What it is."))
                    .as(id).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesBlankFieldsAndMalformedApiVersion() {
        assertThatThrownBy(() -> new ProviderInfo("a", " ", "1.0", "1.0", "d")).hasMessageContaining("displayName");
        assertThatThrownBy(() -> new ProviderInfo("a", "A", "", "1.0", "d")).hasMessageContaining("version");
        assertThatThrownBy(() -> new ProviderInfo("a", "A", "1.0", "1", "d")).hasMessageContaining("apiVersion");
        assertThatThrownBy(() -> new ProviderInfo("a", "A", "1.0", "1.0", "")).hasMessageContaining("description");
    }

    @Test
    void supportsSameMajorAndNoNewerMinor() {
        assertThat(GradusApi.supports(GradusApi.VERSION)).isTrue();
        assertThat(GradusApi.supports("1.0")).as("a plugin built for 1.0 runs on 1.3").isTrue();
        assertThat(GradusApi.supports("1.1")).isTrue();
        assertThat(GradusApi.supports("1.2")).isTrue();
        assertThat(GradusApi.supports("1.3")).isTrue();
        assertThat(GradusApi.supports("1.4")).isFalse();
        assertThat(GradusApi.supports("2.0")).isFalse();
        assertThat(GradusApi.supports("0.9")).isFalse();
        assertThat(GradusApi.supports("one")).isFalse();
        assertThat(GradusApi.supports(null)).isFalse();
    }
}
