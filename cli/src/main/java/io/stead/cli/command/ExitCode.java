package io.stead.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every exit code of {@code stead}, in one place, so that scripts and tests can rely on them;
 * {@code stead --help} lists them from here. The first three are fixed by the user contract
 * (docs/spec: evaluation errors exit 1).
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0, "The command did what was asked."),
    /** The configuration does not evaluate: a message names the option and the files. */
    EVALUATION_ERROR(1, "The configuration is wrong: a file cannot be read, a value fails its option, an"
            + " assertion fails (the message names the option and the files and lines)."),
    /** The command line is wrong: unknown option, missing argument. */
    USAGE(2, "The command line is wrong: an unknown command or option, a missing or malformed argument."),
    /**
     * A plugin could not be loaded or failed while declaring its options ({@code stead plugins}
     * only: the other commands go on without a plugin that cannot be loaded, having said so, and
     * stop with {@link #EVALUATION_ERROR} when a plugin's code fails).
     */
    PLUGIN_ERROR(3, "stead plugins: a plugin cannot be loaded or declare its options. The other commands go on"
            + " without a plugin that cannot be loaded, saying so; a plugin's code that fails stops them (1)."),
    /** The output cannot be written: the directory is not a Stead tree, or the disk refused. */
    OUTPUT_ERROR(4, "stead build: the output directory is refused (it is no Stead tree, or holds files Stead"
            + " did not write) or cannot be written; a previous tree there is left as it was."),
    /** A bug in stead itself: an unexpected exception, reported with its stack trace. */
    INTERNAL_ERROR(70, "A bug in Stead, reported with its stack trace.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** @return the process exit status */
    public int code() {
        return code;
    }

    /** @return the codes and their meanings, in order, as {@code --help} lists them */
    static Map<String, String> usageList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            list.put(Integer.toString(c.code), c.meaning);
        }
        return list;
    }
}
