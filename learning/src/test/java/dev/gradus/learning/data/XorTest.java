package dev.gradus.learning.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XorTest {
    private final Xor xor = new Xor();

    @Test
    void isSeed003sTruthTableInItsOrder() {
        DataSet data = Generate.from(xor, 0);

        assertThat(data.name()).isEqualTo("xor");
        assertThat(data.featureNames()).containsExactly("x1", "x2");
        assertThat(data.targetName()).isEqualTo("class");
        assertThat(data.classNames()).containsExactly("0", "1");
        assertThat(data.featureMatrix()).containsExactly(0, 0, 0, 1, 1, 0, 1, 1);
        assertThat(data.targetVector()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void ignoresTheSeed() {
        DataSet first = Generate.from(xor, 1);
        DataSet other = Generate.from(xor, -987_654_321L);

        assertThat(other.featureMatrix()).isEqualTo(first.featureMatrix());
        assertThat(other.targetVector()).isEqualTo(first.targetVector());
    }

    @Test
    void takesNoParameters() {
        assertThat(xor.parameters().isEmpty()).isTrue();
        assertThatThrownBy(() -> xor.parameters().bind("xor", Map.of("points", 8)))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.violations())
                        .extracting(ParameterViolation::parameter, ParameterViolation::kind)
                        .containsExactly(tuple("points", ParameterViolation.Kind.UNKNOWN_PARAMETER)));
    }
}
