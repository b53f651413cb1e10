package io.stead.api;

import java.util.List;

/**
 * A configuration error with a complete, user-facing message: it names the option path and the
 * files and lines involved. Thrown when reading a {@link Config} value fails (a conflict, a type
 * error, infinite recursion, ...); a plugin may throw it to refuse a configuration in its own
 * words. Callers let it propagate; the command line prints its message.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> trace;

    /**
     * The error a plugin throws to refuse a configuration. It records where it was thrown, so
     * that the message can name the plugin's source line.
     *
     * @param message the whole message
     */
    public ConfigException(String message) {
        super(message, null, false, true);
        this.trace = List.of();
    }

    /**
     * An error whose message already says where (the evaluator's): it records no stack, which
     * the evaluator, throwing many, need not pay for.
     *
     * @param message the whole message
     * @param trace the option paths whose evaluation led here, outermost first
     */
    public ConfigException(String message, List<String> trace) {
        super(message, null, false, false);
        this.trace = List.copyOf(trace);
    }

    /** @return the option paths whose evaluation led here, outermost first; possibly empty */
    public List<String> trace() {
        return trace;
    }
}
