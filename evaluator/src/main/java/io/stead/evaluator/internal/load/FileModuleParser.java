package io.stead.evaluator.internal.load;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.ValueJson;
import io.stead.evaluator.internal.decl.Declaration;
import io.stead.evaluator.internal.decl.Disabled;
import io.stead.evaluator.internal.decl.Import;
import io.stead.evaluator.internal.decl.ModuleKeys;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a file module: reads the document and splits it into {@code imports},
 * {@code disabledModules}, {@code options} and {@code config}, or, in the shorthand form (no
 * {@code options} and no {@code config}), takes every other key as a definition.
 */
public final class FileModuleParser {
    private final SourceReader reader = new SourceReader();
    private final DefinitionParser definitions = new DefinitionParser();

    /**
     * @param file absolute, normalised path
     * @param display how messages name it
     * @return the module
     * @throws io.stead.evaluator.internal.EvalError if the file cannot be read or is malformed
     */
    public ModuleData load(Path file, String display) {
        SourceNode root = reader.read(file, display);
        if (!(root instanceof SourceNode.Mapping map)) {
            throw Messages.loadError(root.location(), "a module must be an attribute set (with imports,"
                    + " options, config, or definitions), not " + SourceNode.kind(root));
        }
        Path dir = directoryOf(file);
        if (!map.fields().isEmpty() && map.fields().get(0).key().startsWith("$")
                && !map.fields().get(0).key().startsWith("$$")) {
            // the whole file is one directive around its definitions, e.g. a $if
            return new ModuleData(file.toString(), display, List.of(), List.of(),
                    definitions.parseDefinition(map, map.location(), OptionPath.ROOT), List.of(), List.of(),
                    new Location(display, 1, 0));
        }
        // given twice, one would silently replace the other
        boolean fullForm = map.single(FullFormKey.OPTIONS) != null | map.single(FullFormKey.CONFIG) != null;
        map.single("imports"); // (each is one list: a second would be joined to the first without a word)
        map.single("disabledModules");
        for (SourceNode.Field f : map.fields()) {
            fullForm |= FullFormKey.of(f.key()) != null;
        }
        List<Import> imports = new ArrayList<>();
        List<Disabled> disabled = new ArrayList<>();
        List<Declaration> declarations = new ArrayList<>();
        List<Node.Entry> entries = new ArrayList<>();
        ConfigParts config = new ConfigParts();
        DeclarationParser decls = new DeclarationParser(definitions, display);
        for (SourceNode.Field f : map.fields()) {
            switch (f.key()) {
                case "imports" -> {
                    for (SourceNode.Scalar s : strings(f)) {
                        // the entry's line, without its column: the line is what a reader looks for
                        String entry = (String) s.value();
                        imports.add(new Import(path(dir, entry, s), new Location(display, s.location().line(), 0),
                                entry));
                    }
                }
                case "disabledModules" -> {
                    for (SourceNode.Scalar s : strings(f)) {
                        String entry = (String) s.value();
                        disabled.add(new Disabled(disabledKey(dir, entry, s), entry,
                                new Location(display, s.location().line(), 0)));
                    }
                }
                default -> {
                    String part = FullFormKey.of(f.key());
                    if (FullFormKey.OPTIONS.equals(part)) {
                        declarations.addAll(decls.parse(FullFormKey.rest(f), f));
                    } else if (part != null) {
                        config.add(f, definitions.parseDefinition(f.value(), f.keyLocation(), FullFormKey.rest(f)));
                    } else if (fullForm) {
                        String meant = ModuleKeys.closest(f.key());
                        throw Messages.loadError(f.keyLocation(), "unknown top-level key '" + f.key()
                                + "': a module with 'options' or 'config' keeps its definitions under 'config'"
                                + (meant == null ? "" : "; did you mean '" + meant + "'?"));
                    } else {
                        DefinitionParser.checkNotADirective(f);
                        OptionPath key = definitions.key(f);
                        entries.add(new Node.Entry(key, definitions.parseDefinition(f.value(), f.keyLocation(), key)));
                    }
                }
            }
        }
        Node defined = config.isEmpty() ? new Node.Attrs(entries, map.location()) : config.joined(map.location());
        return new ModuleData(file.toString(), display, declarations, List.of(), defined, imports, disabled,
                new Location(display, 1, 0));
    }

    /**
     * The directory a file's relative paths are relative to: that of the file a link leads to, as
     * Nix follows a link to a file it evaluates "so that relative path references work"
     * (a configuration.yaml linked into /etc imports the files beside the one it links to).
     * Only the file's own links are followed, as Nix does; the file keeps the name it was
     * given for de-duplication and messages.
     */
    private static Path directoryOf(Path file) {
        Path at = file;
        try {
            for (int links = 0; links < 40 && Files.isSymbolicLink(at); links++) {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return file.getParent(); // (it was read just now: a link changed meanwhile)
        }
        return at.getParent();
    }

    /**
     * A {@code disabledModules} entry names a plugin module (a bare name) or a file (a path,
     * relative to the disabling file, recognised by a '/' or a configuration file extension).
     */
    private static String disabledKey(Path dir, String entry, SourceNode.Scalar written) {
        boolean isFile = entry.contains("/") || entry.endsWith(".yaml") || entry.endsWith(".yml")
                || entry.endsWith(".json");
        return isFile ? path(dir, entry, written).toString() : entry;
    }

    /**
     * A path a file names, relative to the file's directory. A name this process cannot encode
     * (é under the C locale, whose file names are ASCII) is an error at its line, not a crash.
     */
    private static Path path(Path dir, String entry, SourceNode.Scalar written) {
        try {
            return dir.resolve(entry).normalize();
        } catch (InvalidPathException e) {
            throw Messages.loadError(written.location(), "names the path '" + entry + "', which this process"
                    + " cannot name: " + e.getReason() + " (under a locale such as C, file names are ASCII; run"
                    + " with a UTF-8 locale, such as LC_ALL=C.UTF-8)");
        }
    }

    /** @return the list's items, each a non-blank string without NUL characters */
    private static List<SourceNode.Scalar> strings(SourceNode.Field f) {
        if (!(f.value() instanceof SourceNode.Sequence seq)) {
            String hint = "";
            if (f.value() instanceof SourceNode.Scalar s && s.value() instanceof String text && !text.isBlank()) {
                // one entry written without its brackets: show the line as it should be
                hint = "; write it as a list: " + (f.keyLocation().source().endsWith(".json")
                        ? "\"" + f.key() + "\": [" + ValueJson.write(text, false) + "]"
                        : f.key() + ": [" + text + "]");
            }
            throw Messages.loadError(f.keyLocation(), "'" + f.key() + "' takes a list of strings, not "
                    + SourceNode.kind(f.value()) + hint);
        }
        List<SourceNode.Scalar> out = new ArrayList<>();
        for (SourceNode item : seq.items()) {
            if (!(item instanceof SourceNode.Scalar s) || !(s.value() instanceof String text)) {
                throw Messages.loadError(item.location(), "'" + f.key() + "' takes a list of strings, not "
                        + SourceNode.kind(item));
            }
            if (text.isBlank()) {
                throw Messages.loadError(item.location(), "'" + f.key() + "' holds an empty string, which names"
                        + " no file or module");
            }
            if (text.indexOf('\0') >= 0) {
                // (no file's name holds one: as a path it failed with the JDK's stack trace)
                throw Messages.loadError(item.location(), "'" + f.key() + "' holds a string with a NUL character ("
                        + ValueJson.write(text, false) + "), which names no file or module");
            }
            out.add(s);
        }
        return out;
    }
}
