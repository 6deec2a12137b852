package dev.gradus.app.service;

import dev.gradus.api.data.DataSet;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.spi.DataSetProvider;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.app.data.CsvDataSets;
import dev.gradus.app.port.in.ComponentChoice;
import dev.gradus.app.port.in.DataChoice;
import dev.gradus.app.port.in.DataSummary;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.ProviderFailedException;
import dev.gradus.app.port.in.ProviderKind;
import java.util.ArrayList;
import java.util.List;

/** Makes or reads the data a learning objective is fitted to, for runs and gradient checks alike. */
final class LearningData {
    private LearningData() {
    }

    /** The data set and its summary. */
    record Loaded(DataSet data, DataSummary summary) {
    }

    /**
     * The data the command names, made or read; null when the objective takes none.
     *
     * @throws InvalidInputException when data is missing for an objective that learns from it, or
     *     given to one that does not
     */
    static Loaded load(ProviderCatalog catalog, DataChoice choice, ObjectiveProvider objective, long seed) {
        String objectiveId = objective.info().id();
        boolean uses = ProviderCalls.guarded(ProviderKind.OBJECTIVE, objective, "to say whether it uses data", objective::dataUse)
                == ObjectiveProvider.DataUse.REQUIRED;
        if (choice == null) {
            if (uses) {
                throw InvalidInputException.of("data", "", "objective '" + objectiveId + "' learns from data: give --data NAME (one of "
                        + String.join(", ", catalog.byKind(ProviderKind.DATA_SET).keySet()) + ") or --data FILE.csv --target COLUMN");
            }
            return null;
        }
        if (!uses) {
            throw InvalidInputException.of("data", choice.name(), "objective '" + objectiveId + "' does not learn from data; "
                    + "the objectives that do are " + String.join(", ", dataObjectives(catalog)));
        }
        if (choice.isFile()) {
            DataSet data = CsvDataSets.read(choice.file(), choice.target(), choice.targetType());
            return new Loaded(data, new DataSummary(choice.file().toString(), null, null, data.size(), data.featureNames(), data.targetName(),
                    data.classNames()));
        }
        DataSetProvider provider = catalog.dataSet(choice.id());
        List<ParameterViolation> violations = new ArrayList<>();
        ParameterValues values = ProviderCalls.bind(provider, ComponentChoice.of(choice.id(), choice.values()), violations);
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
        DataSet data = ProviderCalls.guarded(ProviderKind.DATA_SET, provider, "to make its data", () -> provider.create(values, seed));
        if (data == null) {
            throw new ProviderFailedException(ProviderKind.DATA_SET, choice.id(), "to keep its contract",
                    new IllegalStateException("it made no data set (null)"));
        }
        return new Loaded(data, new DataSummary(choice.id(), provider.info(), values, data.size(), data.featureNames(), data.targetName(),
                data.classNames()));
    }

    private static List<String> dataObjectives(ProviderCatalog catalog) {
        List<String> ids = new ArrayList<>();
        catalog.byKind(ProviderKind.OBJECTIVE).forEach((id, p) -> {
            if (((ObjectiveProvider) p).dataUse() == ObjectiveProvider.DataUse.REQUIRED) {
                ids.add(id);
            }
        });
        return ids;
    }

}
