package io.stead.evaluator;

import java.util.List;

/**
 * An evaluation error: a complete, user-facing message naming the option path and the files
 * and lines involved, plus the chain of options whose evaluation led to it (for
 * {@code --show-trace}).
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> trace;

    /**
     * @param message the whole message
     * @param trace option paths, outermost first; may be empty
     */
    public EvaluationException(String message, List<String> trace) {
        super(message, null, false, false);
        this.trace = List.copyOf(trace);
    }

    /** @return the chain of options that led to this error, outermost first */
    public List<String> trace() {
        return trace;
    }
}
