package dev.gradus.app.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Enumeration;

/**
 * The class loader of one plugin folder: its jars, with the application's loader as parent so
 * plugins share the API's classes. Service configuration files are looked up in the folder's own
 * jars only, so a folder's {@link java.util.ServiceLoader} finds that folder's providers and not
 * the built-ins again.
 */
final class PluginClassLoader extends URLClassLoader {
    private static final String SERVICES = "META-INF/services/";

    static {
        registerAsParallelCapable();
    }

    PluginClassLoader(Path folder, URL[] jars, ClassLoader parent) {
        super("gradus-plugins:" + folder, jars, parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith(SERVICES)) {
            return findResources(name);
        }
        return super.getResources(name);
    }
}
