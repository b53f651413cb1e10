package io.stead.evaluator.internal.model;

import io.stead.api.OptionPath;

/**
 * One condition of a {@code $if}: a boolean option's path, possibly negated.
 *
 * @param path the option
 * @param negated whether {@code !path} was written
 */
public record Condition(OptionPath path, boolean negated) {

    /**
     * @param text {@code path} or {@code !path}
     * @return the condition
     */
    public static Condition parse(String text) {
        // (as written, as a $ref's path and --attr are: " c" is the option named " c", not c)
        return text.startsWith("!")
                ? new Condition(OptionPath.parse(text.substring(1)), true)
                : new Condition(OptionPath.parse(text), false);
    }

    /**
     * @return the condition as a file writes it: '$$' for a '$' starting a segment, and a first
     *     segment starting with '!' quoted, which would read back as a negation
     */
    @Override
    public String toString() {
        String written = DollarEscape.written(path);
        if (written.startsWith("!")) {
            String first = path.segments().get(0);
            written = '"' + first.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                    + written.substring(first.length());
        }
        return (negated ? "!" : "") + written;
    }
}
