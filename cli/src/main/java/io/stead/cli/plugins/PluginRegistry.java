package io.stead.cli.plugins;

import io.stead.api.ServiceModule;
import io.stead.evaluator.Evaluator;
import io.stead.evaluator.PluginSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the service modules of one run, once: those of the base layer (the bundled ones), then
 * every {@code *.jar} of each plugin directory, each jar in a layer of its own. A jar that
 * cannot be used becomes a {@link PluginProblem} naming it and why, and the others still load.
 * Names are unique: a module whose {@code name()} is taken is refused (so is {@code core}, the
 * evaluator's own module's), and the first one found keeps the name (bundled modules first, then directories in order, jars by file name).
 */
public final class PluginRegistry {
    private final ModuleLayer base;
    private final boolean bundled;

    /**
     * @param base the layer holding {@code io.stead.api} and the bundled modules; normally
     *     {@link ModuleLayer#boot()}
     */
    public PluginRegistry(ModuleLayer base) {
        this(base, true);
    }

    /**
     * @param base the layer holding {@code io.stead.api}, the parent of every jar's layer
     * @param bundled whether to load the service modules of {@code base} too (tests that look at
     *     jars alone say no)
     */
    PluginRegistry(ModuleLayer base, boolean bundled) {
        this.base = base;
        this.bundled = bundled;
    }

    /**
     * @param pluginDirs the directories to search, in order (see {@link PluginPath})
     * @return the modules that loaded, sorted by name, and the problems
     */
    public LoadedPlugins load(List<Path> pluginDirs) {
        List<PluginProblem> problems = new ArrayList<>();
        Map<String, PluginSource> byName = new HashMap<>();
        List<PluginSource> builtins = bundled ? BuiltinPlugins.discover(base, problems) : List.of();
        for (PluginSource builtin : builtins) {
            accept(List.of(builtin.module()), builtin.location(), byName, problems);
        }
        for (Path dir : pluginDirs) {
            for (Path jar : jarsIn(dir, problems)) {
                try {
                    accept(PluginJar.load(jar, base), jar.toString(), byName, problems);
                } catch (PluginLoadException e) {
                    problems.add(PluginProblem.plugin(jar.toString(), e.getMessage()));
                }
            }
        }
        return new LoadedPlugins(new ArrayList<>(new TreeMap<>(byName).values()), problems); // by name
    }

    /** Takes all of one jar's modules, or none of them if any name is taken or unreadable. */
    private static void accept(List<ServiceModule> modules, String location,
                               Map<String, PluginSource> byName, List<PluginProblem> problems) {
        Map<String, PluginSource> mine = new HashMap<>();
        for (ServiceModule module : modules) {
            String name;
            try {
                name = module.name();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (RuntimeException | Error e) {
                problems.add(PluginProblem.plugin(location, module.getClass().getName()
                        + ".name() failed: " + PluginLoadException.rootCause(e)));
                return;
            }
            if (name == null || name.isBlank()) {
                problems.add(PluginProblem.plugin(location,
                        module.getClass().getName() + ".name() gives no name"));
                return;
            }
            if (Evaluator.CORE.equals(name)) {
                // the evaluator's own module: disabledModules: [core] would leave out both
                problems.add(PluginProblem.plugin(location, "the name '" + name + "' is Stead's own module's"
                        + " (assertions, warnings)"));
                return;
            }
            PluginSource taken = byName.getOrDefault(name, mine.get(name));
            if (taken != null) {
                problems.add(PluginProblem.plugin(location, "a plugin named '" + name
                        + "' is already loaded from " + taken.location()));
                return;
            }
            mine.put(name, new PluginSource(module, location));
        }
        byName.putAll(mine);
    }

    private static List<Path> jarsIn(Path dir, List<PluginProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(PluginProblem.directory(dir, Files.exists(dir)
                    ? "not a directory" : "no such directory"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(PluginProblem.directory(dir, "cannot list it: " + e.getMessage()));
            return List.of();
        }
    }
}
