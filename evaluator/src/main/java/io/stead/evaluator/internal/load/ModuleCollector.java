package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.ModuleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the modules of a configuration in NixOS's order: breadth-first from the list given
 * (plugin modules first, then the files named on the command line, in order), each file once
 * however often it is imported, leaving out disabled modules (and what only they import), then
 * reversed. Definitions of equal priority and order merge in that order.
 */
public final class ModuleCollector {
    private final FileModuleParser parser = new FileModuleParser();
    private final FileNames names;
    private final FileReadAhead readAhead;
    private final Map<Path, ModuleData> loaded = new HashMap<>();
    private long filesLoaded;

    /**
     * @param names how files are named in messages
     * @param readAhead files already being read; others are read when reached
     */
    public ModuleCollector(FileNames names, FileReadAhead readAhead) {
        this.names = names;
        this.readAhead = readAhead;
    }

    /**
     * @param plugins the plugin modules, by name
     * @param files the files named by the user, in order
     * @return the modules in merge order
     * @throws EvalError if a file cannot be loaded
     */
    public List<ModuleData> collect(List<ModuleData> plugins, List<Path> files) {
        List<Path> roots = new ArrayList<>();
        for (Path f : files) {
            roots.add(f.toAbsolutePath().normalize());
        }
        Set<String> disabled = new HashSet<>();
        for (ModuleData m : breadthFirst(plugins, roots, Set.of())) {
            disabled.addAll(m.disabled());
        }
        List<ModuleData> ordered = breadthFirst(plugins, roots, disabled);
        Collections.reverse(ordered);
        return ordered;
    }

    /** @return how many files were read */
    public long filesLoaded() {
        return filesLoaded;
    }
    private List<ModuleData> breadthFirst(List<ModuleData> plugins, List<Path> roots, Set<String> disabled) {
        List<ModuleData> out = new ArrayList<>();
        for (ModuleData p : plugins) {
            if (!disabled.contains(p.key())) {
                out.add(p);
            }
        }
        Set<Path> seen = new HashSet<>();
        ArrayDeque<Map.Entry<Path, ModuleData>> queue = new ArrayDeque<>();
        for (Path r : roots) {
            queue.add(new java.util.AbstractMap.SimpleEntry<>(r, null));
        }
        while (!queue.isEmpty()) {
            Map.Entry<Path, ModuleData> next = queue.poll();
            Path file = next.getKey();
            if (!seen.add(file) || disabled.contains(file.toString())) {
                continue;
            }
            ModuleData m = load(file, next.getValue());
            out.add(m);
            for (Path i : m.imports()) {
                queue.add(new java.util.AbstractMap.SimpleEntry<>(i, m));
            }
        }
        return out;
    }

    private ModuleData load(Path file, ModuleData importer) {
        ModuleData known = loaded.get(file);
        if (known != null) {
            return known;
        }
        if (importer != null && !Files.exists(file)) {
            throw Messages.loadError(importer.location(), "imports '" + names.display(file) + "', which does not exist");
        }
        if (importer != null && Files.isDirectory(file)) {
            throw Messages.loadError(importer.location(), "imports '" + names.display(file) + "', which is a"
                    + " directory; import the files in it");
        }
        ModuleData ahead = readAhead.take(file);
        ModuleData m = ahead != null ? ahead : parser.load(file, names.display(file));
        loaded.put(file, m);
        filesLoaded++;
        return m;
    }
}
