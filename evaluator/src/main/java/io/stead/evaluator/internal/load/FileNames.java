package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.Show;
import java.nio.file.Path;

/**
 * How files are named in messages: relative to the working directory when under it, otherwise
 * absolutely, with control characters (a line feed) escaped.
 *
 * @param workingDirectory the directory names are relative to (absolute, normalised)
 */
public record FileNames(Path workingDirectory) {
    /** @param workingDirectory the directory names are relative to */
    public FileNames {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** @return names relative to the process's working directory */
    public static FileNames ofProcess() {
        return new FileNames(Path.of(""));
    }

    /**
     * @param file an absolute, normalised path
     * @return its name in messages
     */
    public String display(Path file) {
        if (!file.startsWith(workingDirectory)) {
            return Show.escapeControls(file.toString());
        }
        String relative = workingDirectory.relativize(file).toString();
        // (a line feed in a name would make a message's lines lie about where they come from)
        return relative.isEmpty() ? "." : Show.escapeControls(relative); // "." is the working directory itself
    }
}
