package io.stead.evaluator;

import java.util.List;

/**
 * Everything {@code stead option PATH} shows about one option, like {@code nixos-option}.
 *
 * @param path the option's path, as asked for
 * @param aliasOf the option's new name when {@code path} is a renamed option's old one, else null
 * @param type the type's description
 * @param defaultValue the declared default rendered as JSON, or null without one
 * @param description the description
 * @param example the example rendered as JSON, or null
 * @param readOnly whether it is read-only
 * @param declarations where it is declared (file:line or plugin)
 * @param value the final value rendered as JSON, or null if evaluating it failed
 * @param error the evaluation error's message, or null
 * @param errorTrace the options whose evaluation led to the error, outermost first (for
 *     {@code --show-trace}); empty without an error
 * @param definitions every definition, in merge order
 */
public record OptionReport(String path, String aliasOf, String type, String defaultValue, String description,
                           String example, boolean readOnly, List<String> declarations,
                           String value, String error, List<String> errorTrace,
                           List<DefinitionReport> definitions) {

    /**
     * One definition of an option.
     *
     * @param location file:line, or the plugin and source line
     * @param priority its priority (100 plain, 1000 default, 50 force, ...)
     * @param value the defined value rendered as JSON (directives shown as such)
     * @param active whether it counted (not filtered out by priority or a false condition)
     */
    public record DefinitionReport(String location, int priority, String value, boolean active) {
    }
}
