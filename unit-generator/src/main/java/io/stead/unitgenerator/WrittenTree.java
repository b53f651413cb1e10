package io.stead.unitgenerator;

import java.nio.file.Path;

/**
 * A system tree written to disk by {@link TreeWriter}.
 *
 * @param directory where it is
 * @param hash the tree's hash (see {@link TreeManifest#hash()}), for {@code stead build} to print
 */
public record WrittenTree(Path directory, String hash) {
}
