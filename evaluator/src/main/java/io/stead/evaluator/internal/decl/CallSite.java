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

    /** Stead's own frames: the API and the evaluator's internals (its facade may host test modules). */
    static boolean isStead(String className) {
        return className.startsWith("io.stead.api.") || className.startsWith("io.stead.evaluator.internal.")
                || className.startsWith("java.") || className.startsWith("jdk.");
    }

    static Location find(String origin) {
        return WALKER.walk(frames -> frames
                .filter(f -> !isStead(f.getClassName()))
                .findFirst()
                .map(f -> new Location(origin + "!" + (f.getFileName() == null ? f.getClassName() : f.getFileName()),
                        Math.max(f.getLineNumber(), 0), 0))
                .orElse(Location.of(origin)));
    }
}
