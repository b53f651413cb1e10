package io.stead.cli.app;

import io.stead.evaluator.OptionReport;

/** Renders what {@code stead option} shows about one option, like {@code nixos-option}. */
public final class OptionText {
    private OptionText() {
    }

    /**
     * @param r the report
     * @param showTrace whether to show the chain of options that led to the value's error
     * @return the text, ending with a line break
     */
    public static String of(OptionReport r, boolean showTrace) {
        StringBuilder out = new StringBuilder(r.path()).append('\n');
        if (r.aliasOf() != null) {
            field(out, "Alias of", r.aliasOf() + " (renamed; define that instead)");
        }
        field(out, "Type", r.type() + (r.readOnly() ? " (read-only)" : ""));
        field(out, "Default", r.defaultValue() == null ? "(none)" : r.defaultValue());
        if (r.example() != null) {
            field(out, "Example", r.example());
        }
        field(out, "Description", r.description().isEmpty() ? "(none)" : r.description());
        field(out, "Declared by", String.join("\n", r.declarations()));
        field(out, "Value", r.error() == null ? r.value() : "(error) " + r.error() + trace(r, showTrace));
        if (r.definitions().isEmpty()) {
            field(out, "Defined by", r.defaultValue() == null ? "(none)" : "(only the default)");
        } else {
            out.append("  Defined by:\n");
            for (OptionReport.DefinitionReport d : r.definitions()) {
                out.append("    ").append(d.location()).append(" (priority ").append(d.priority())
                        .append(d.active() ? "" : ", overridden").append("): ").append(d.value()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The value error's trace, as {@code --show-trace} adds it to any other command's error
     * (without the flag, nothing: the report is what was asked for, not a failure to hint at).
     */
    private static String trace(OptionReport r, boolean showTrace) {
        return !showTrace || r.errorTrace().isEmpty() ? "" : "\n" + TraceText.of(r.errorTrace());
    }

    private static void field(StringBuilder out, String name, String value) {
        String label = "  " + name + ":";
        String pad = " ".repeat(Math.max(1, 15 - label.length()));
        String indent = " ".repeat(label.length() + pad.length());
        out.append(label).append(pad).append(value.replace("\n", "\n" + indent)).append('\n');
    }
}
