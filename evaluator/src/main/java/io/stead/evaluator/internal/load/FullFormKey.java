package io.stead.evaluator.internal.load;

import io.stead.api.OptionPath;

/**
 * Which of a module's {@code options} and {@code config} a top-level key belongs to. A top-level
 * key is an attribute path like any other, so {@code options.my.greeting: ...} is the
 * {@code options} key, dotted, as Nix reads {@code { options.my.greeting = ...; }}.
 */
final class FullFormKey {
    static final String OPTIONS = "options";
    static final String CONFIG = "config";

    private FullFormKey() {
    }

    /**
     * @param key a top-level key as written
     * @return {@link #OPTIONS} or {@link #CONFIG} if the key is, or starts with, one of them;
     *     otherwise null
     */
    static String of(String key) {
        if (key.equals(OPTIONS) || key.equals(CONFIG)) {
            return key;
        }
        // most keys are definitions: decide those without reading a path
        if (!key.startsWith("options.") && !key.startsWith("config.") && !key.startsWith("\"")) {
            return null;
        }
        OptionPath path;
        try {
            path = OptionPath.parse(key);
        } catch (IllegalArgumentException e) {
            return null; // not a path: reported where the key is read as a definition
        }
        String first = path.segments().get(0);
        return first.equals(OPTIONS) ? OPTIONS : first.equals(CONFIG) ? CONFIG : null;
    }

    /**
     * @param field a top-level field for which {@link #of} is not null
     * @return the path below {@code options} or {@code config} that it names, the root for the
     *     key itself
     */
    static OptionPath rest(SourceNode.Field field) {
        return isWhole(field.key()) ? OptionPath.ROOT : DefinitionParser.path(field.key(), field.keyLocation()).drop(1);
    }

    private static boolean isWhole(String key) {
        return key.equals(OPTIONS) || key.equals(CONFIG);
    }
}
