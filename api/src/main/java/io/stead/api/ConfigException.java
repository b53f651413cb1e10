package io.stead.api;

import java.util.List;
import java.util.Objects;

/**
 * A configuration error with a complete, user-facing message: it names the option path and the
 * files and lines involved. Thrown when reading a {@link Config} value fails (a conflict, a type
 * error, infinite recursion, ...); a plugin may throw it to refuse a configuration in its own
 * words. Callers let it propagate; the command line prints its message.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> trace;
    private final transient List<OptionPath> options;

    /**
     * The error a plugin throws to refuse a configuration. It records where it was thrown:
     * thrown by {@code options} or {@code config}, it is shown with the plugin's jar and source
     * line; thrown by a computed value, it is shown as written, as the evaluator's own errors
     * are, so its message names the option it refuses.
     *
     * @param message the whole message
     */
    public ConfigException(String message) {
        super(message, null, false, true);
        this.trace = List.of();
        this.options = List.of();
    }

    /**
     * The error a plugin throws to refuse the value of one option, from a computed value. The
     * evaluator adds to the message the definitions that make that value, each with its file
     * and line ("Definition values: ..."), as its own errors do: the user sees which line to
     * change.
     *
     * @param option the option, or a path into its value (an attribute of an {@code attrsOf},
     *     an option inside a submodule value), relative to the {@link Config} the computed value
     *     was given
     * @param message the whole message, naming the option
     */
    public ConfigException(OptionPath option, String message) {
        super(message, null, false, true);
        this.trace = List.of();
        this.options = List.of(Objects.requireNonNull(option, "option"));
    }

    /**
     * The error a plugin throws to refuse values of several options together, none wrong alone
     * (two containers sharing a root): the evaluator adds the definitions of each option, under
     * its name ("Definition values of '...':"), so that the user sees every line involved.
     *
     * @param options the options, or paths into their values, relative to the {@link Config}
     *     the computed value was given, in the order the message names them; at least one
     * @param message the whole message, naming the options
     * @throws IllegalArgumentException if no option is given
     */
    public ConfigException(List<OptionPath> options, String message) {
        super(message, null, false, true);
        this.trace = List.of();
        this.options = List.copyOf(options);
        if (this.options.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one option");
        }
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
        this.options = List.of();
    }

    /**
     * @return the option whose value a plugin refused ({@link #ConfigException(OptionPath,
     *     String)}), the first of them if it refused several, or null
     */
    public OptionPath option() {
        return options.isEmpty() ? null : options.get(0);
    }

    /** @return the options whose values a plugin refused, in the order given; empty if none */
    public List<OptionPath> options() {
        return options;
    }

    /** @return the option paths whose evaluation led here, outermost first; possibly empty */
    public List<String> trace() {
        return trace;
    }
}
