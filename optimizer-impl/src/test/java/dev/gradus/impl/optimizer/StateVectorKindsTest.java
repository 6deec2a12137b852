package dev.gradus.impl.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.optimizer.StateVectorKind;
import dev.gradus.api.spi.OptimizerProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every built-in optimizer declares what each of its state vectors is, so views draw moments as arrows and squares as scales. */
class StateVectorKindsTest {

    private static Map<String, StateVectorKind> kinds(String id, Map<String, String> values) {
        OptimizerProvider provider = ServiceLoader.load(OptimizerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.info().id().equals(id)).findFirst().orElseThrow();
        Optimizer<?> optimizer = provider.create(provider.parameters().parse(id, values));
        OptimizerState state = optimizer.init(2);
        Map<String, StateVectorKind> kinds = new TreeMap<>();
        state.vectors().keySet().forEach(name -> kinds.put(name, state.vectorKind(name)));
        return kinds;
    }

    @Test
    void squaresAndStepSizesAreScalesAveragesArePointsAndTheRestDirections() {
        StateVectorKind d = StateVectorKind.DIRECTION;
        StateVectorKind s = StateVectorKind.SCALE;
        Map<String, Map<String, StateVectorKind>> expected = new LinkedHashMap<>();
        expected.put("sgd", Map.of("momentum buffer", d));
        expected.put("adam", Map.of("first moment", d, "second moment", s, "max second moment", s));
        expected.put("adamw", Map.of("first moment", d, "second moment", s));
        expected.put("adagrad", Map.of("accumulator", s));
        expected.put("rmsprop", Map.of("square average", s, "momentum buffer", d, "gradient average", d));
        expected.put("adadelta", Map.of("square average", s, "update average", s));
        expected.put("adamax", Map.of("first moment", d, "infinity norm", s));
        expected.put("nadam", Map.of("first moment", d, "second moment", s));
        expected.put("radam", Map.of("first moment", d, "second moment", s));
        expected.put("asgd", Map.of("average", StateVectorKind.POINT));
        expected.put("rprop", Map.of("previous gradient", d, "step size", s));
        expected.put("textbook-nesterov", Map.of("velocity", d));
        expected.put("textbook-adam", Map.of("first moment", d, "second moment", s));
        Map<String, Map<String, String>> values = Map.of("sgd", Map.of("momentum", "0.9"), "adam", Map.of("amsgrad", "true"),
                "rmsprop", Map.of("momentum", "0.9", "centered", "true"));

        for (var e : expected.entrySet()) {
            assertThat(kinds(e.getKey(), values.getOrDefault(e.getKey(), Map.of()))).as(e.getKey()).isEqualTo(new TreeMap<>(e.getValue()));
        }
        assertThat(kinds("lbfgs", Map.of())).isEqualTo(new TreeMap<>(Map.of("direction", d, "previous gradient", d)));
    }
}
