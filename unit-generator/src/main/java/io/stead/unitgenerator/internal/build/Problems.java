package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one build, so that all of them are reported at once. */
public final class Problems {
    private final List<OptionPath> paths = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    /**
     * @param path the option the problem is about
     * @param message what is wrong, and the fix when one is known
     */
    public void add(OptionPath path, String message) {
        paths.add(path);
        messages.add(message);
    }

    /** @throws ProblemsFound if any problem was found */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ProblemsFound(paths, messages);
        }
    }
}
