package io.stead.unitgenerator.internal.build;

import io.stead.api.ConfigException;
import java.util.List;

/**
 * The configuration cannot be built into a system tree: a user-facing message listing every
 * problem found, each naming the option path in single quotes and saying how to fix it where a
 * fix is known (such as {@code did you mean 'EnvironmentFile'?}). A {@link ConfigException}, so
 * callers treat it as any other configuration error.
 */
public final class BuildException extends ConfigException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    /** @param problems one sentence or more per problem; not empty */
    public BuildException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return the problems, in the order they were found */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        if (problems.size() == 1) {
            return "cannot build the system: " + problems.get(0);
        }
        StringBuilder out = new StringBuilder("cannot build the system (" + problems.size() + " problems):");
        problems.forEach(p -> out.append("\n- ").append(p));
        return out.toString();
    }
}
