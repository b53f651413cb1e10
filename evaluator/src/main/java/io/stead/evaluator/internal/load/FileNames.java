package io.stead.evaluator.internal.load;

import java.nio.file.Path;

/**
 * How files are named in messages: relative to the working directory when under it, otherwise
 * absolutely.
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
            return file.toString();
        }
        String relative = workingDirectory.relativize(file).toString();
        return relative.isEmpty() ? "." : relative; // the working directory itself
    }
}
