package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;

/**
 * Finds where plugin code called into the API: the first stack frame outside Stead's API and
 * evaluator, shown as {@code <jar>!<File.java>:<line>} so messages name the plugin's jar and
 * line.
 */
final class CallSite {
    private static final StackWalker WALKER = StackWalker.getInstance();

    private CallSite() {
    }

    static Location find(String origin) {
        return WALKER.walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith("io.stead.api.")
                        && !f.getClassName().startsWith("io.stead.evaluator."))
                .findFirst()
                .map(f -> new Location(origin + "!" + (f.getFileName() == null ? f.getClassName() : f.getFileName()),
                        Math.max(f.getLineNumber(), 0), 0))
                .orElse(Location.of(origin)));
    }
}
