package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import java.util.List;

/**
 * The problems of a build, thrown to the facade, which reports them as a
 * {@code io.stead.unitgenerator.BuildException} (internals do not depend on the facade).
 */
public final class ProblemsFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<OptionPath> paths;
    private final transient List<String> messages;

    ProblemsFound(List<OptionPath> paths, List<String> messages) {
        super(null, null, false, false);
        this.paths = List.copyOf(paths);
        this.messages = List.copyOf(messages);
    }

    /** @return the option each problem is about, in the order found */
    public List<OptionPath> paths() {
        return paths;
    }

    /** @return what is wrong, for each problem in the same order */
    public List<String> messages() {
        return messages;
    }
}
