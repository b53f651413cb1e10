package io.stead.evaluator.internal;

/**
 * A value too deep to write as JSON: one that holds itself ({@code o: {k: {j: {$ref: o}}}}),
 * which is lazy and has no end. Thrown by {@link ValueJson} for the caller that knows the
 * value's option to say where it is defined.
 */
public final class ValueWithoutEnd extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int depth;

    ValueWithoutEnd(int depth) {
        super(null, null, false, false);
        this.depth = depth;
    }

    /**
     * @param path the value's option path ("" for the whole configuration), or null
     * @return the error to report
     */
    public EvalError error(String path) {
        return Messages.nestedTooDeeplyToPrint(path, depth);
    }
}
