package dev.gradus.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.gradus.api.objective.Box;
import dev.gradus.app.GradusApplication;
import dev.gradus.app.plugin.PluginFolders;
import dev.gradus.app.port.in.ClassifierGrid;
import dev.gradus.app.port.in.ClassifierGridCommand;
import dev.gradus.app.port.in.ClassifierGrids;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunCommand;
import dev.gradus.app.port.in.RunResult;
import dev.gradus.app.port.out.Cancellation;
import dev.gradus.app.port.out.RunObserver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decision regions: a trained XOR network classifies the four corners of its input as XOR does. */
class ClassifierGridServiceTest {
    private static final GradusApplication APP = GradusApplication.start(PluginFolders.NONE);
    private static final DataChoice XOR = DataChoice.generated("xor", Map.of());

    private static double[] trainedXor() {
        RunResult result = APP.runOptimization().run(RunCommand.builder().objective("mlp").data(XOR).optimizer("adam", Map.of("lr", 0.01))
                .steps(1000).seed(1).build(), RunObserver.NONE, Cancellation.NEVER);
        assertThat(result.finalAccuracy()).isEqualTo(1.0);
        return result.finalPoint();
    }

    @Test
    void theTrainedXorNetworksRegionsPutTheCornersInTheirClasses() {
        double[] weights = trainedXor();

        ClassifierGrid grid = APP.classifierGrid().evaluate(new ClassifierGridCommand(ComponentChoice.of("mlp"), XOR, 1, weights,
                Box.of(-0.5, 1.5, -0.5, 1.5), 2, 2));

        assertThat(grid.classNames()).containsExactly("0", "1");
        assertThat(grid.features()).containsExactly("x1", "x2");
        assertThat(grid.x(0)).isEqualTo(0.0);
        assertThat(grid.y(1)).isEqualTo(1.0);
        assertThat(grid.predicted(0, 0)).isZero();
        assertThat(grid.predicted(1, 1)).isZero();
        assertThat(grid.predicted(0, 1)).isEqualTo(1);
        assertThat(grid.predicted(1, 0)).isEqualTo(1);
        for (int c = 0; c < 2; c++) {
            for (int r = 0; r < 2; r++) {
                assertThat(grid.probability(c, r, 0) + grid.probability(c, r, 1)).isCloseTo(1, within(1e-12));
            }
        }
    }

    @Test
    void withoutAWindowTheGridSpansTheDataWithATenthToSpare() {
        ClassifierGrid grid = APP.classifierGrid().evaluate(new ClassifierGridCommand(ComponentChoice.of("mlp"), XOR, 1, new double[42], null,
                60, 40));

        assertThat(grid.xMin()).isCloseTo(-0.1, within(1e-15));
        assertThat(grid.xMax()).isCloseTo(1.1, within(1e-15));
        assertThat(grid.columns()).isEqualTo(60);
        assertThat(grid.probabilities()).hasSize(60 * 40 * 2);
        // all weights zero: every cell is a coin toss
        assertThat(grid.probability(17, 33, 1)).isEqualTo(0.5);
    }

    @Test
    void anOpenedGridEvaluatesAtManyParametersAsASingleEvaluationDoes() {
        double[] weights = trainedXor();
        ClassifierGridCommand command = new ClassifierGridCommand(ComponentChoice.of("mlp"), XOR, 1, new double[42], null, 8, 6);
        ClassifierGrids grids = APP.classifierGrid().open(command);

        ClassifierGrid zero = grids.at(new double[42]);
        ClassifierGrid trained = grids.at(weights);

        assertThat(zero.probabilities()).containsExactly(APP.classifierGrid().evaluate(command).probabilities());
        assertThat(trained.probabilities()).containsExactly(APP.classifierGrid()
                .evaluate(new ClassifierGridCommand(ComponentChoice.of("mlp"), XOR, 1, weights, null, 8, 6)).probabilities());
        assertThat(trained.probabilities()).isNotEqualTo(zero.probabilities());
        InvalidInputException wrongLength = catchThrowableOfType(InvalidInputException.class, () -> grids.at(new double[3]));
        assertThat(wrongLength).hasMessageContaining("has 42 parameters; 3 were given");
    }

    @Test
    void onlyATwoInputClassifierWithTheRightNumberOfParametersHasAGrid() {
        InvalidInputException notClassifier = catchThrowableOfType(InvalidInputException.class, () -> APP.classifierGrid()
                .evaluate(new ClassifierGridCommand(ComponentChoice.of("linear-regression"), DataChoice.generated("line", Map.of()), 1,
                        new double[2], null, 4, 4)));
        InvalidInputException wrongLength = catchThrowableOfType(InvalidInputException.class, () -> APP.classifierGrid()
                .evaluate(new ClassifierGridCommand(ComponentChoice.of("mlp"), XOR, 1, new double[5], null, 4, 4)));
        InvalidInputException noCells = catchThrowableOfType(InvalidInputException.class,
                () -> new ClassifierGridCommand(ComponentChoice.of("mlp"), XOR, 1, new double[42], null, 0, 4));

        assertThat(notClassifier).hasMessageContaining("objective 'linear-regression' is not a classifier");
        assertThat(wrongLength).hasMessageContaining("42");
        assertThat(noCells).hasMessageContaining("at least 1 x 1");
    }
}
