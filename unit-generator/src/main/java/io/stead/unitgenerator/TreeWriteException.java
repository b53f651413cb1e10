package io.stead.unitgenerator;

/**
 * A system tree could not be written: the output directory exists and is not a Stead tree, or
 * the file system refused. Nothing was left half-written.
 */
public final class TreeWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the directory
     * @param cause the I/O error, or null
     */
    public TreeWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
