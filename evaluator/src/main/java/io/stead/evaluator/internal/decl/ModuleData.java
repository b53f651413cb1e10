package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.List;

/**
 * A module as data, whatever its origin: declarations, aliases, definitions (one node, usually
 * an attribute set), and, for files, imports and disabled modules. Plugin modules are recorded
 * into this form once and reused by every evaluation.
 *
 * @param key identity for de-duplication and {@code disabledModules}: a plugin's name or a
 *     file's normalised absolute path
 * @param display how messages name it
 * @param declarations option declarations
 * @param aliases renames and removals
 * @param config the definitions
 * @param imports the imported files, with the lines that import them (files only)
 * @param disabled {@code disabledModules} entries, each resolved to a key
 * @param location where the module starts
 */
public record ModuleData(String key, String display, List<Declaration> declarations,
                         List<Alias> aliases, Node config, List<Import> imports,
                         List<Disabled> disabled, Location location) {
    /**
     * @param key not null
     * @param display not null
     * @param declarations copied
     * @param aliases copied
     * @param config not null
     * @param imports copied
     * @param disabled copied
     * @param location not null
     */
    public ModuleData {
        declarations = List.copyOf(declarations);
        aliases = List.copyOf(aliases);
        imports = List.copyOf(imports);
        disabled = List.copyOf(disabled);
    }
}
