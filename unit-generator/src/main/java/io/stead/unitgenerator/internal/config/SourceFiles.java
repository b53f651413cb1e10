package io.stead.unitgenerator.internal.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file that an option names (an {@code /etc} file's source, a user's authorized keys
 * file) when the system is built. Only a regular file of a bounded size is read: a device such
 * as {@code /dev/zero} would fill the memory, and a FIFO would block the build.
 */
public final class SourceFiles {
    /** The largest file read: a system's files are held in memory until the tree is written. */
    public static final int MAX_BYTES = 16 << 20;

    private SourceFiles() {
    }

    /**
     * @param file the absolute path an option gives
     * @return the file's bytes
     * @throws Unreadable if it is not a regular file, is too large or cannot be read; the
     *     message is a sentence naming the file, without a final full stop
     */
    public static byte[] read(String file) throws Unreadable {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getReason());
        }
        if (!Files.exists(path)) {
            throw new Unreadable(file + " does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new Unreadable(file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Unreadable(file + " is larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new Unreadable("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new Unreadable("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A file that cannot be read, said in a sentence. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }
}
