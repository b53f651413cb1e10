package io.stead.evaluator.internal.decl;

import io.stead.evaluator.internal.model.Location;
import java.nio.file.Path;

/**
 * One entry of a file's {@code imports}: the file it names, and where it names it, so that an
 * import of nothing (or of a directory) is reported at its own line.
 *
 * @param file the resolved, normalised absolute path
 * @param at the entry's file and line
 * @param written the entry as the importing file writes it, for messages (null for a file named
 *     on the command line)
 */
public record Import(Path file, Location at, String written) {
}
