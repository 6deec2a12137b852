package dev.gradus.app.plugin;

import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.ObjectiveProvider;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.Provider;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.app.port.in.PluginProblem;
import dev.gradus.app.port.in.ProviderKind;
import dev.gradus.app.port.in.ProviderSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds providers on the class path and in plugin folders, robustly: one bad provider or jar is a
 * reported problem, never a failure of the whole. Runs once, before the injector is built.
 */
public final class PluginDiscovery {
    /** How an origin on the application's own code source is shown. */
    public static final String BUILT_IN = "built-in";

    private static final Pattern PROVIDER_CLASS = Pattern.compile("Provider (\\S+)");
    private static final int MAX_CONSECUTIVE_FAILURES = 1000;

    private final ClassLoader applicationLoader;
    private final String applicationLocation;

    /**
     * @param applicationLoader the loader of the application and its built-in providers
     */
    public PluginDiscovery(ClassLoader applicationLoader) {
        this.applicationLoader = applicationLoader;
        this.applicationLocation = location(PluginDiscovery.class);
    }

    /** Discovery with the loader that loaded Gradus. */
    public static ProviderInventory discover(PluginFolders folders) {
        return new PluginDiscovery(PluginDiscovery.class.getClassLoader()).run(folders);
    }

    /** Finds every provider on the class path and in {@code folders}. */
    public ProviderInventory run(PluginFolders folders) {
        List<DiscoveredProvider> found = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (ProviderKind kind : ProviderKind.values()) {
            load(kind, applicationLoader, Map.of(), "class path", found, problems);
        }
        for (Path folder : folders.all()) {
            searchFolder(folder, found, problems);
        }
        return new ProviderInventory(withoutDuplicates(found, problems), problems);
    }

    private void searchFolder(Path folder, List<DiscoveredProvider> found, List<PluginProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new PluginProblem(folder.toString(), Files.exists(folder) ? "not a folder" : "plugin folder does not exist"));
            return;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.jar")) {
            entries.forEach(jars::add);
        } catch (IOException e) {
            problems.add(new PluginProblem(folder.toString(), "cannot list the folder: " + e.getMessage()));
            return;
        }
        jars.sort(null);
        Map<String, Path> listedIn = new HashMap<>();
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                readServiceListings(jar, listedIn);
                urls.add(jar.toUri().toURL());
            } catch (IOException e) {
                problems.add(new PluginProblem(jar.toString(), "not a readable jar file (" + e.getMessage() + "); skipped"));
            }
        }
        if (urls.isEmpty()) {
            return;
        }
        ClassLoader loader = new PluginClassLoader(folder, urls.toArray(new URL[0]), applicationLoader);
        for (ProviderKind kind : ProviderKind.values()) {
            load(kind, loader, listedIn, folder.toString(), found, problems);
        }
    }

    /** Records which jar lists which provider class, so a provider that fails can be blamed on its jar. */
    private static void readServiceListings(Path jar, Map<String, Path> listedIn) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (ProviderKind kind : ProviderKind.values()) {
                JarEntry entry = file.getJarEntry("META-INF/services/" + kind.service().getName());
                if (entry == null) {
                    continue;
                }
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        int hash = line.indexOf('#');
                        String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
                        if (!name.isEmpty()) {
                            listedIn.putIfAbsent(name, jar);
                        }
                    }
                }
            }
        }
    }

    private void load(ProviderKind kind, ClassLoader loader, Map<String, Path> listedIn, String fallbackLocation,
                      List<DiscoveredProvider> found, List<PluginProblem> problems) {
        Iterator<? extends Provider> providers = ServiceLoader.load(kind.service(), loader).iterator();
        int failures = 0;
        while (failures < MAX_CONSECUTIVE_FAILURES) {
            Provider provider;
            try {
                if (!providers.hasNext()) {
                    return;
                }
                provider = providers.next();
                failures = 0;
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                failures++;
                problems.add(new PluginProblem(blame(e, listedIn, fallbackLocation), kind.word() + " " + describeLoadFailure(e)));
                continue;
            }
            String origin = origin(provider.getClass());
            try {
                ProviderInfo info = provider.info();
                checkDescribesItself(kind, provider);
                if (!GradusApi.supports(info.apiVersion())) {
                    problems.add(new PluginProblem(origin, kind.word() + " '" + info.id() + "' (" + provider.getClass().getName()
                            + ") was built for Gradus API " + info.apiVersion() + "; this Gradus supports API " + GradusApi.VERSION
                            + " and older 1.x; skipped"));
                    continue;
                }
                found.add(new DiscoveredProvider(new ProviderSummary(kind, info, origin), provider));
            } catch (RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(origin, kind.word() + " provider " + provider.getClass().getName()
                        + " failed to describe itself: " + describe(e) + "; skipped"));
            }
        }
    }

    /** Calls what every later use relies on, so that a provider broken there fails now, once. */
    private static void checkDescribesItself(ProviderKind kind, Provider provider) {
        provider.parameters().names();
        if (kind == ProviderKind.OBJECTIVE) {
            ((ObjectiveProvider) provider).dimensions().toString();
            ((ObjectiveProvider) provider).capabilities().size();
        } else if (kind == ProviderKind.OPTIMIZER) {
            ((OptimizerProvider) provider).capabilities().size();
        }
    }

    private static List<DiscoveredProvider> withoutDuplicates(List<DiscoveredProvider> found, List<PluginProblem> problems) {
        Map<String, DiscoveredProvider> first = new LinkedHashMap<>();
        for (DiscoveredProvider candidate : found) {
            String key = candidate.kind() + "/" + candidate.id();
            DiscoveredProvider winner = first.putIfAbsent(key, candidate);
            if (winner != null) {
                problems.add(new PluginProblem(candidate.summary().origin(), candidate.kind().word() + " id '" + candidate.id()
                        + "' of " + candidate.provider().getClass().getName() + " is already provided by " + winner.summary().origin()
                        + " (" + winner.provider().getClass().getName() + "); the first one found is kept, this one is ignored"));
            }
        }
        return new ArrayList<>(first.values());
    }

    private static String blame(Throwable e, Map<String, Path> listedIn, String fallback) {
        Matcher m = PROVIDER_CLASS.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            Path jar = listedIn.get(m.group(1));
            if (jar != null) {
                return jar.toString();
            }
        }
        String text = String.valueOf(e.getMessage());
        int jarUrl = text.indexOf("jar:file:");
        int bang = text.indexOf("!/", Math.max(jarUrl, 0));
        if (jarUrl >= 0 && bang > jarUrl) {
            try {
                return Path.of(new URL(text.substring(jarUrl + 4, bang)).toURI()).toString();
            } catch (MalformedURLException | URISyntaxException | IllegalArgumentException ignored) {
                return fallback;
            }
        }
        return fallback;
    }

    private static String describeLoadFailure(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf(": ");
        String what = e instanceof ServiceConfigurationError && colon > 0 ? message.substring(colon + 2) : describe(e);
        if (what.startsWith("Provider ")) {
            what = "provider " + what.substring("Provider ".length());
        }
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            Throwable root = cause;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            what += ": " + describe(root);
        }
        return what + "; skipped";
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Where a provider class was loaded from: {@link #BUILT_IN} for the application's own code, else the jar or folder. */
    private String origin(Class<?> type) {
        String location = location(type);
        return location.equals(applicationLocation) ? BUILT_IN : location;
    }

    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "class path";
        }
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
