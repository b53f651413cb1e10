package io.stead.cli.plugins;

/**
 * A plugin failed to load; the message says why in one line, for a {@link PluginProblem}.
 * Internal to the registry: it never escapes {@link PluginRegistry#load}.
 */
final class PluginLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    PluginLoadException(String reason) {
        super(reason, null, false, false);
    }

    /**
     * Describes a failure by its own message and its innermost cause, which is what the user
     * can act on: {@code FindException} and {@code ServiceConfigurationError} only wrap it.
     */
    static String describe(Throwable thrown) {
        String outer = thrown.getMessage() == null ? thrown.getClass().getSimpleName()
                : thrown.getMessage();
        if (thrown.getCause() == null) {
            return outer;
        }
        String inner = rootCause(thrown);
        return outer.contains(inner) ? outer : outer + " (" + inner + ")";
    }

    /** The innermost cause of a failure, as {@code Type: message}. */
    static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
