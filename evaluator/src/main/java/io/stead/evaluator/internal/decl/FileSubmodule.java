package io.stead.evaluator.internal.decl;

import io.stead.api.ModuleSpec;

/**
 * A submodule declared in a file ({@code {"submodule": {"options": ..., "config": ...}}}):
 * its declarations and definitions are already data with locations, so the evaluator reads them
 * directly instead of calling {@link ModuleSpec#options}.
 */
public final class FileSubmodule implements ModuleSpec {
    private final ModuleData data;

    /** @param data the inner module */
    public FileSubmodule(ModuleData data) {
        this.data = data;
    }

    /** @return the inner module */
    public ModuleData data() {
        return data;
    }
}
