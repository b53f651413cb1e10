package io.stead.evaluator.internal;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.util.List;

/**
 * An evaluation error raised by the evaluator: a whole user-facing message and the chain of
 * options being evaluated when it happened.
 */
public final class EvalError extends ConfigException {
    private static final long serialVersionUID = 1L;

    // a file's error found while it is read, before any option path is known: where it is, what
    // is wrong, and the attribute path from the definition's start to the problem (see named)
    private final String where;
    private final String sentence;
    private final transient OptionPath within;

    /**
     * @param message the whole message
     * @param trace option paths, outermost first
     */
    public EvalError(String message, List<String> trace) {
        super(message, trace);
        this.where = null;
        this.sentence = null;
        this.within = null;
    }

    private EvalError(String where, String sentence, OptionPath within) {
        super(where + ": " + sentence, List.of());
        this.where = where;
        this.sentence = sentence;
        this.within = within;
    }

    /**
     * @param where the file, line and column
     * @param sentence what is wrong there
     * @return an error found while a file is read
     */
    static EvalError inFile(String where, String sentence) {
        return new EvalError(where, sentence, OptionPath.ROOT);
    }

    /**
     * @param key the attribute path of the definition the problem is in, below those above it
     * @return this error, inside that attribute (an error not found reading a file, unchanged)
     */
    public EvalError under(OptionPath key) {
        return within == null ? this : new EvalError(where, sentence, key.concat(within));
    }

    /**
     * @param context where the problem is, such as "in the default of 'a'"
     * @return this error, its message saying that (an error not found reading a file, unchanged)
     */
    public EvalError placed(String context) {
        return within == null ? this : new EvalError(where + ": " + context + ": " + sentence, trace());
    }

    /**
     * @return the attribute path from the definition's start to the problem, or null for an
     *     error not found reading a file
     */
    public OptionPath within() {
        return within;
    }

    /**
     * @return this error, inside an element of a list: the keys within the element name no
     *     option (an element of a list of submodules has options of its own), so the message
     *     names the list's
     */
    public EvalError inListElement() {
        return within == null || within.isRoot() ? this : new EvalError(where, sentence, OptionPath.ROOT);
    }

    /**
     * @param definition the option path where the definition the problem is in starts
     * @return this error, its message naming the option path it is in (as every message names
     *     one): "file:line:column: in the definition of 'a.b': ..."
     */
    public EvalError named(OptionPath definition) {
        if (within == null) {
            return this;
        }
        OptionPath path = definition.concat(within);
        return path.isRoot() ? this
                : new EvalError(where + ": in the definition of '" + path + "': " + sentence, trace());
    }

    /**
     * @param chain the options being evaluated
     * @return this error with that trace, unless it already has one
     */
    public EvalError withTrace(List<String> chain) {
        return trace().isEmpty() && !chain.isEmpty() ? new EvalError(getMessage(), chain) : this;
    }
}
