package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.BuildException;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one build, so that all of them are reported at once. */
public final class Problems {
    private final List<BuildException.Problem> problems = new ArrayList<>();

    /**
     * @param path the option the problem is about
     * @param message what is wrong, and the fix when one is known
     */
    public void add(OptionPath path, String message) {
        problems.add(new BuildException.Problem(path, message));
    }

    /** @throws BuildException if any problem was found */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
    }
}
