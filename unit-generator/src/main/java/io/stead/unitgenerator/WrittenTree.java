package io.stead.unitgenerator;

import java.nio.file.Path;
import java.util.List;

/**
 * A system tree written to disk by {@link TreeWriter}.
 *
 * @param directory where it is
 * @param hash the tree's hash (see {@link TreeManifest#hash()}), for {@code stead build} to print
 * @param notes what the write did beside the tree that its user should know, as sentences: a
 *     previous tree put back after an interrupted write, a directory it could not delete
 */
public record WrittenTree(Path directory, String hash, List<String> notes) {
    /** @param notes copied */
    public WrittenTree {
        notes = List.copyOf(notes);
    }
}
