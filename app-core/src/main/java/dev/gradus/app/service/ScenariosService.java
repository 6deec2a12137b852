package dev.gradus.app.service;

import dev.gradus.app.io.AtomicFile;
import dev.gradus.app.port.in.InvalidInputException;
import dev.gradus.app.port.in.RunSpec;
import dev.gradus.app.port.in.ScenariosUseCase;
import dev.gradus.app.spec.SpecJson;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The built-in scenarios are JSON resources listed in {@code scenarios.txt}; files are read and written with {@link SpecJson}. */
@Singleton
public final class ScenariosService implements ScenariosUseCase {
    private static final String FOLDER = "/dev/gradus/app/spec/";

    private volatile List<RunSpec> builtIn;
    private final ProviderCatalog catalog;

    @jakarta.inject.Inject
    ScenariosService(ProviderCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<RunSpec> builtIn() {
        List<RunSpec> specs = builtIn;
        if (specs == null) {
            specs = load();
            builtIn = specs;
        }
        return specs;
    }

    private static List<RunSpec> load() {
        List<RunSpec> specs = new ArrayList<>();
        for (String name : lines(FOLDER + "scenarios.txt")) {
            try (InputStream in = resource(FOLDER + name + ".json");
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                specs.add(SpecJson.read(reader, name + ".json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(specs);
    }

    private static List<String> lines(String path) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ScenariosService.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing built-in resource " + path);
        }
        return in;
    }

    @Override
    public RunSpec read(Path file) {
        RunSpec spec;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            spec = SpecJson.read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("spec", file.toString(), file + ": no such file");
        } catch (IOException e) {
            throw InvalidInputException.of("spec", file.toString(), file + ": cannot be read: " + e.getMessage());
        }
        check(spec, file.toString());
        return spec;
    }

    /**
     * Looks up every provider a specification names and binds its values, so a mistake is said
     * with its JSON path ({@code runs[1].optimizer.parameters.lr: -1 is out of range; ...}) before
     * anything runs.
     */
    private void check(RunSpec spec, String source) {
        check(source, "objective", dev.gradus.app.port.in.ProviderKind.OBJECTIVE, spec.objective());
        if (spec.data() != null && !spec.data().isFile()) {
            check(source, "data", dev.gradus.app.port.in.ProviderKind.DATA_SET,
                    dev.gradus.app.port.in.ComponentChoice.of(spec.data().id(), spec.data().values()));
        }
        for (int i = 0; i < spec.runs().size(); i++) {
            RunSpec.Run run = spec.runs().get(i);
            check(source, "runs[" + i + "].optimizer", dev.gradus.app.port.in.ProviderKind.OPTIMIZER, run.optimizer());
            if (run.gradient() != null) {
                check(source, "runs[" + i + "].gradient", dev.gradus.app.port.in.ProviderKind.ESTIMATOR, run.gradient());
            }
            if (run.schedule() != null) {
                check(source, "runs[" + i + "].schedule", dev.gradus.app.port.in.ProviderKind.SCHEDULE, run.schedule());
            }
        }
    }

    private void check(String source, String path, dev.gradus.app.port.in.ProviderKind kind, dev.gradus.app.port.in.ComponentChoice choice) {
        dev.gradus.api.spi.Provider provider = catalog.find(kind, choice.id()).orElseThrow(() -> InvalidInputException.of("spec", source,
                source + ": " + path + ".id: no " + kind.word() + " '" + choice.id() + "'; the " + kind.plural() + " are "
                        + String.join(", ", new java.util.TreeSet<>(catalog.byKind(kind).keySet()))));
        try {
            provider.parameters().bind(provider.info().id(), choice.values());
        } catch (dev.gradus.api.param.InvalidParametersException e) {
            List<InvalidInputException.Problem> problems = new ArrayList<>();
            for (dev.gradus.api.param.ParameterViolation v : e.violations()) {
                String message = v.message();
                String reason = message.startsWith(v.owner() + ": ") ? message.substring(v.owner().length() + 2) : message;
                problems.add(new InvalidInputException.Problem("spec", source, source + ": " + path + ".parameters." + v.parameter() + ": " + reason));
            }
            throw new InvalidInputException(problems);
        }
    }

    @Override
    public void write(RunSpec spec, Path file) {
        try {
            AtomicFile.write(file, writer -> SpecJson.write(spec, writer));
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of("spec", file.toString(), file + ": cannot be written: " + e.getMessage());
        }
    }
}
