package io.stead.evaluator.internal.decl;

import java.util.List;

/**
 * The keys a file module has besides its definitions. A misspelt one ({@code import:}) is read
 * as a definition, as NixOS reads it, so messages say which key was likely meant.
 */
public final class ModuleKeys {
    private static final List<String> KEYS = List.of("imports", "options", "config", "disabledModules");

    private ModuleKeys() {
    }

    /**
     * @param key a top-level key that is not one of them
     * @return the module key within two edits of it, or null
     */
    public static String closest(String key) {
        return EditDistance.closest(key, KEYS, 2);
    }
}
