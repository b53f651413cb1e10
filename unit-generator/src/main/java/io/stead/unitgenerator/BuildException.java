package io.stead.unitgenerator;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The configuration cannot be built into a system tree: a user-facing message listing every
 * problem found, each naming the option path in single quotes and saying how to fix it where a
 * fix is known (such as {@code did you mean 'EnvironmentFile'?}). A {@link ConfigException}, so
 * callers treat it as any other configuration error.
 */
public final class BuildException extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * One problem.
     *
     * @param path the option it is about (possibly a path into its value)
     * @param message what is wrong, and the fix when one is known
     * @param definedAt where the definitions behind it are written ({@code file:line}), if known
     */
    public record Problem(OptionPath path, String message, List<String> definedAt) {
        /** @throws NullPointerException if an argument is null */
        public Problem {
            definedAt = List.copyOf(definedAt);
        }

        /**
         * @param path the option it is about
         * @param message what is wrong
         */
        public Problem(OptionPath path, String message) {
            this(path, message, List.of());
        }

        @Override
        public String toString() {
            return "'" + path + "'" + (definedAt.isEmpty() ? "" : " (defined in '"
                    + String.join("', '", definedAt) + "')") + ": " + message;
        }
    }

    /** @param problems the problems, in the order they were found; not empty */
    public BuildException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems as the message lists them, in the order they were found */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Problem p : problems) {
            out.add(p.toString());
        }
        return out;
    }

    /**
     * The same problems, each naming where its option's definitions are written: the unit
     * generator reads values, which carry no locations, so the caller that has the evaluation
     * adds them.
     *
     * @param definedAt the {@code file:line}s behind an option path (empty when unknown)
     * @return the problems with their places
     */
    public BuildException located(Function<OptionPath, List<String>> definedAt) {
        List<Problem> located = new ArrayList<>();
        for (Problem p : problems) {
            located.add(new Problem(p.path(), p.message(), definedAt.apply(p.path())));
        }
        return new BuildException(located);
    }

    /**
     * These problems as the enclosing configuration sees them, when the system built was a
     * nested one (a container's): the builder names paths relative to the system it was given.
     *
     * @param prefix where the nested system is, such as {@code containers.foo.config}
     * @return the problems, naming whole paths
     */
    public BuildException under(OptionPath prefix) {
        List<Problem> whole = new ArrayList<>();
        for (Problem p : problems) {
            whole.add(new Problem(prefix.concat(p.path()), p.message(), p.definedAt()));
        }
        return new BuildException(whole);
    }

    private static String message(List<Problem> problems) {
        if (problems.size() == 1) {
            return "cannot build the system: " + problems.get(0);
        }
        StringBuilder out = new StringBuilder("cannot build the system (" + problems.size() + " problems):");
        for (Problem p : problems) {
            out.append("\n- ").append(p);
        }
        return out.toString();
    }
}
