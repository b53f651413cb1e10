package io.stead.evaluator.internal;

import io.stead.api.ConfigException;
import java.util.List;

/**
 * An evaluation error raised by the evaluator: a whole user-facing message and the chain of
 * options being evaluated when it happened.
 */
public final class EvalError extends ConfigException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the whole message
     * @param trace option paths, outermost first
     */
    public EvalError(String message, List<String> trace) {
        super(message, trace);
    }

    /**
     * @param chain the options being evaluated
     * @return this error with that trace, unless it already has one
     */
    public EvalError withTrace(List<String> chain) {
        return trace().isEmpty() && !chain.isEmpty() ? new EvalError(getMessage(), chain) : this;
    }
}
