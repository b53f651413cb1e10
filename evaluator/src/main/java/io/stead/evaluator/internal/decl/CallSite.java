package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;
import java.util.Iterator;
import java.util.stream.Stream;

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
        // a loop, not a stream pipeline: this runs for every declaration and definition of
        // every plugin, before the JIT has compiled anything (profiled: the pipeline made it
        // a tenth of a cold evaluation)
        StackWalker.StackFrame caller = WALKER.walk(CallSite::firstOutsideStead);
        if (caller == null) {
            return Location.of(origin);
        }
        String file = caller.getFileName() == null ? caller.getClassName() : caller.getFileName();
        return new Location(origin + "!" + file, Math.max(caller.getLineNumber(), 0), 0);
    }

    private static StackWalker.StackFrame firstOutsideStead(Stream<StackWalker.StackFrame> frames) {
        Iterator<StackWalker.StackFrame> it = frames.iterator();
        while (it.hasNext()) {
            StackWalker.StackFrame frame = it.next();
            if (!isStead(frame.getClassName())) {
                return frame;
            }
        }
        return null;
    }
}
