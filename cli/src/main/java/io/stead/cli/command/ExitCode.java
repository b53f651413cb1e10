package io.stead.cli.command;

/**
 * Every exit code of {@code stead}, in one place, so that scripts and tests can rely on them.
 * The first three are fixed by the user contract (docs/spec: evaluation errors exit 1).
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The configuration does not evaluate: a message names the option and the files. */
    EVALUATION_ERROR(1),
    /** The command line is wrong: unknown option, missing argument. */
    USAGE(2),
    /** A plugin could not be loaded or failed while declaring its options. */
    PLUGIN_ERROR(3),
    /** The output cannot be written: the directory is not a Stead tree, or the disk refused. */
    OUTPUT_ERROR(4),
    /** A bug in stead itself: an unexpected exception, reported with its stack trace. */
    INTERNAL_ERROR(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** @return the process exit status */
    public int code() {
        return code;
    }
}
