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
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SpecJson.read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("spec", file.toString(), file + ": no such file");
        } catch (IOException e) {
            throw InvalidInputException.of("spec", file.toString(), file + ": cannot be read: " + e.getMessage());
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
