package io.stead.unitgenerator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * An I/O error as a user reads it, the file first, as {@code cp} and {@code mkdir} say it: the
 * JDK's own text is its exception's class name and a path ({@code
 * java.nio.file.AccessDeniedException: /srv/.out.new-123}), which does not say what went wrong.
 */
final class IoProblem {
    private IoProblem() {
    }

    /**
     * @param e an error of a file operation
     * @return what went wrong, naming the file, such as {@code /srv/out: permission denied}
     */
    static String of(IOException e) {
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        String file = fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
        if (fs.getReason() != null) {
            return file + ": " + fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file + ": already exists";
        }
        return file + ": " + e.getClass().getSimpleName();
    }
}
