package io.stead.cli.app;

import java.util.List;

/** How {@code --show-trace} shows the chain of options that led to an error. */
public final class TraceText {
    private TraceText() {
    }

    /**
     * @param trace the option paths, outermost first; not empty
     * @return the lines, without a trailing line break
     */
    public static String of(List<String> trace) {
        StringBuilder out = new StringBuilder("trace, outermost first:");
        for (String path : trace) {
            out.append("\n  while evaluating '").append(path).append('\'');
        }
        return out.toString();
    }
}
