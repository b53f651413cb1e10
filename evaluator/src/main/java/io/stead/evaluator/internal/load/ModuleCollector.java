package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.decl.Disabled;
import io.stead.evaluator.internal.decl.EditDistance;
import io.stead.evaluator.internal.decl.Import;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.model.Location;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
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
 * reversed ({@link Collected#inMergeOrder}). Definitions of equal priority and order merge in
 * that order.
 */
public final class ModuleCollector {
    private final FileModuleParser parser = new FileModuleParser();
    private final FileNames names;
    private final FileReadAhead readAhead;
    private final Map<Path, ModuleData> loaded = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
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
     * What a configuration is made of, before it is put in merge order.
     *
     * @param plugins the names of the plugin modules kept (not disabled), in the order given
     * @param files the files kept, breadth-first from the command line's
     */
    public record Collected(List<String> plugins, List<ModuleData> files) {
        /**
         * @param plugins copied
         * @param files copied
         */
        public Collected {
            plugins = List.copyOf(plugins);
            files = List.copyOf(files);
        }

        /**
         * The modules in merge order: the plugins' then the files', reversed, as NixOS orders
         * modules.
         *
         * @param recordedPlugins the kept plugins' modules, in the order of {@link #plugins}
         * @return every module in merge order
         */
        public List<ModuleData> inMergeOrder(List<ModuleData> recordedPlugins) {
            List<ModuleData> ordered = new ArrayList<>(recordedPlugins);
            ordered.addAll(files);
            Collections.reverse(ordered);
            return ordered;
        }
    }

    /**
     * Finds the files of a configuration and which modules it disables. Plugins are named, not
     * recorded: a plugin that is disabled need not run at all (its code may be what is broken).
     *
     * @param plugins the plugin modules' names, in order
     * @param files the files named by the user, in order
     * @return the plugins and files kept
     * @throws EvalError if a file cannot be loaded
     */
    public Collected collect(List<String> plugins, List<Path> files) {
        List<Path> roots = new ArrayList<>();
        for (Path f : files) {
            roots.add(f.toAbsolutePath().normalize());
        }
        Set<String> disabled = new HashSet<>();
        List<ModuleData> all = breadthFirst(roots, Set.of());
        Set<String> keys = new HashSet<>(plugins);
        for (ModuleData m : all) {
            keys.add(m.key());
        }
        for (ModuleData m : all) {
            for (Disabled d : m.disabled()) {
                disabled.add(d.key());
                if (!keys.contains(d.key())) {
                    warnings.add(nothingDisabled(d, plugins));
                }
            }
        }
        List<String> keptPlugins = new ArrayList<>();
        for (String p : plugins) {
            if (!disabled.contains(p)) {
                keptPlugins.add(p);
            }
        }
        return new Collected(keptPlugins, disabled.isEmpty() ? all : breadthFirst(roots, disabled));
    }

    /**
     * An entry that disables nothing is ignored, as in NixOS, but said: a misspelt name would
     * otherwise leave the module in without a word.
     */
    private static String nothingDisabled(Disabled d, List<String> plugins) {
        String closest = EditDistance.closest(d.written(), plugins, 2);
        // (the entry as written, its control characters escaped: a warning keeps to its line)
        return Show.escapeControls("disabledModules in '" + d.at() + "': '" + d.written() + "' names no module of"
                + " this configuration, so it disables nothing" + (closest == null ? "" : "; did you mean '" + closest
                + "'?"));
    }

    /** @return warnings about the {@code disabledModules} entries that disable nothing, in order */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** @return how many files were read */
    public long filesLoaded() {
        return filesLoaded;
    }

    private List<ModuleData> breadthFirst(List<Path> roots, Set<String> disabled) {
        List<ModuleData> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        ArrayDeque<Import> queue = new ArrayDeque<>();
        for (Path r : roots) {
            queue.add(new Import(r, null, null)); // named on the command line: imported by nothing
        }
        while (!queue.isEmpty()) {
            Import next = queue.poll();
            Path file = next.file();
            if (!seen.add(file) || disabled.contains(file.toString())) {
                continue;
            }
            ModuleData m = load(file, next.at(), next.written());
            out.add(m);
            queue.addAll(m.imports());
            readAhead.prefetch(toReadAhead(m.imports(), queue.peek(), seen, disabled));
        }
        return out;
    }

    /**
     * The imported files to read in the background: those this collector will read when it
     * reaches them, in the order it will, but the one it takes next, which it reads itself (in
     * a chain of imports, each file's one import: handing it over would only cost time).
     */
    private List<Path> toReadAhead(List<Import> imports, Import next, Set<Path> seen, Set<String> disabled) {
        List<Path> out = new ArrayList<>(imports.size());
        for (Import i : imports) {
            if (i != next && !loaded.containsKey(i.file()) && !seen.contains(i.file())
                    && !disabled.contains(i.file().toString())) {
                out.add(i.file());
            }
        }
        return out;
    }

    /**
     * @return what is wrong with a link that leads to no file: a loop, a missing target (at the
     *     end of a chain of links: the one named), or one that cannot be read
     */
    private static String brokenLink(Path link) {
        Path at = link;
        try {
            for (int links = 0; links < 40; links++) {
                if (!Files.isSymbolicLink(at)) {
                    return "which cannot be read"; // (it exists: the chain is checked link by link)
                }
                Path next = at.resolveSibling(Files.readSymbolicLink(at));
                if (!Files.exists(next, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return "a link to '" + Files.readSymbolicLink(at) + "', which does not exist";
                }
                at = next;
            }
            return "a link that leads round in a loop of links, never to a file";
        } catch (java.io.IOException e) {
            return "which cannot be read: " + e.getMessage();
        }
    }

    /**
     * Loads a file; what is wrong with an import itself is reported at its line in the importing
     * file, with the entry as written there (the line says where it is relative to).
     */
    private ModuleData load(Path file, Location importedAt, String written) {
        ModuleData known = loaded.get(file);
        if (known != null) {
            return known;
        }
        if (importedAt != null && !Files.exists(file) && Files.isSymbolicLink(file)) {
            throw Messages.loadError(importedAt, "imports '" + written + "', " + brokenLink(file));
        }
        if (importedAt != null && !Files.exists(file)) {
            String meant = besideIt(file, written);
            throw Messages.loadError(importedAt, "imports '" + written + "', which does not exist"
                    + (meant == null ? "" : "; did you mean '" + meant + "'?"));
        }
        if (importedAt != null && Files.isDirectory(file)) {
            throw Messages.loadError(importedAt, "imports '" + written + "', which is a"
                    + " directory; import the files in it");
        }
        if (importedAt != null && !SourceReader.isConfigurationFile(file)) {
            throw Messages.loadError(importedAt, "imports '" + written + "', which is not a "
                    + SourceReader.NOT_A_CONFIGURATION_FILE);
        }
        ModuleData ahead = readAhead.take(file);
        ModuleData m = ahead != null ? ahead : parser.load(file, names.display(file));
        loaded.put(file, m);
        filesLoaded++;
        return m;
    }

    /**
     * For a missing import: a configuration file of a close name in the directory it names
     * ('ssh.yml' where 'ssh.yaml' is, 'shh.yaml' where 'ssh.yaml' is), written as the entry is,
     * or null. Names are compared without their extensions, within one edit (two for a name
     * of five letters or more: a short name is near every other short name).
     */
    private static String besideIt(Path file, String written) {
        Path dir = file.getParent();
        int slash = written.lastIndexOf('/');
        if (dir == null || slash == written.length() - 1 || !Files.isDirectory(dir)) {
            return null;
        }
        List<String> siblings = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (SourceReader.isConfigurationFile(p) && Files.isRegularFile(p)) {
                    siblings.add(p.getFileName().toString());
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return null; // only a hint
        }
        Collections.sort(siblings); // a tie gives the same answer on every run
        String target = withoutExtension(file.getFileName().toString());
        String closest = null;
        int best = (target.length() >= 5 ? 2 : 1) + 1;
        for (String sibling : siblings) {
            int distance = EditDistance.between(target, withoutExtension(sibling));
            if (distance < best) {
                best = distance;
                closest = sibling;
            }
        }
        return closest == null ? null : written.substring(0, slash + 1) + closest;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
