package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;
import java.util.function.Supplier;

/**
 * Finds where plugin code called into the API: the first stack frame outside Stead's API and
 * evaluator, shown as {@code <jar>!<File.java>:<line>} so messages name the plugin's jar and
 * line.
 */
final class CallSite {
    private CallSite() {
    }

    /** Stead's own frames: the API and the evaluator's internals (its facade may host test modules). */
    static boolean isStead(String className) {
        return className.startsWith("io.stead.api.") || className.startsWith("io.stead.evaluator.internal.")
                || className.startsWith("java.") || className.startsWith("jdk.");
    }

    /**
     * @param origin the plugin's jar
     * @return the caller's location, read from the stack as it is now but only when first used
     */
    static Location find(String origin) {
        // A throwable records the stack natively, in a few microseconds; turning its frames into
        // class names and lines is the expensive part, and a walk with StackWalker did it for
        // every declaration and definition of every plugin (profiled: 6 ms of a cold run)
        return Location.lazy(new Caller(new Throwable(), origin));
    }

    /** The caller in a recorded stack (a class, not a lambda: this runs cold, where lambdas link slowly). */
    private record Caller(Throwable stack, String origin) implements Supplier<Location> {
        @Override
        public Location get() {
            return firstOutsideStead(stack.getStackTrace(), origin);
        }
    }

    /**
     * @param frames a stack, innermost first
     * @return whether its innermost frame outside the JDK is plugin code (not Stead's)
     */
    static boolean innermostIsPlugin(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            String c = frame.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return !isStead(c);
            }
        }
        return false;
    }

    /**
     * @param frames a stack, innermost first
     * @param origin the plugin's jar
     * @return the innermost frame outside Stead, as {@code <jar>!<File.java>:<line>}, or the jar
     */
    static Location firstOutsideStead(StackTraceElement[] frames, String origin) {
        for (StackTraceElement frame : frames) {
            String c = frame.getClassName();
            if (!isStead(c)) {
                return new Location(origin + "!" + (frame.getFileName() == null ? c : frame.getFileName()),
                        Math.max(frame.getLineNumber(), 0), 0);
            }
        }
        return Location.of(origin);
    }
}
