package io.stead.evaluator.internal.model;

/**
 * Where a declaration or definition came from: a file and line (and column), or a plugin's
 * source line. Shown in every message as {@code 'file:line'}.
 *
 * @param source the file as the user named it, or the plugin's description
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String source, int line, int column) {

    /** For values made by the evaluator itself. */
    public static final Location BUILTIN = new Location("<builtin>", 0, 0);

    /**
     * @param source a file or a description
     * @return a location without a line
     */
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
