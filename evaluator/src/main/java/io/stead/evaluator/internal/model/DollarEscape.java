package io.stead.evaluator.internal.model;

import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's '$$' for a literal '$' at the start of a path segment, both ways: a key starting
 * with one '$' is a directive, so the dotted form 'a.$$x' means what the nested form
 * a: {$$x: ...} must say, and a path naming that option ($ref, $if) is written the same way.
 * Messages that show a definition as a file writes it write it back, so that it can be copied.
 */
public final class DollarEscape {
    private DollarEscape() {
    }

    /**
     * @param written a path as a file writes it
     * @return the path it names, '$$' read as '$' at the start of each segment
     */
    public static OptionPath unescape(OptionPath written) {
        List<String> segments = new ArrayList<>(written.segments().size());
        for (String segment : written.segments()) {
            segments.add(segment.startsWith("$$") ? segment.substring(1) : segment);
        }
        return new OptionPath(segments);
    }

    /**
     * @param path a path
     * @return its text as a file writes it: each segment starting with '$' has it doubled
     */
    public static String written(OptionPath path) {
        for (String segment : path.segments()) {
            if (segment.startsWith("$")) {
                List<String> segments = new ArrayList<>(path.segments().size());
                for (String s : path.segments()) {
                    segments.add(s.startsWith("$") ? "$" + s : s);
                }
                return new OptionPath(segments).toString();
            }
        }
        return path.toString();
    }
}
