package io.stead.cli.command;

import io.stead.api.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Options shared by the commands that evaluate a configuration. */
public final class EvaluationOptions {
    @Option(names = "--show-trace",
            description = "On an error, also show the chain of options whose evaluation led to it.")
    private boolean showTrace;

    /**
     * Reports a configuration error: its message, and with {@code --show-trace} the options
     * being evaluated, innermost last.
     *
     * @param e the error
     * @param err where to write
     * @return the exit code
     */
    ExitCode report(ConfigException e, PrintWriter err) {
        err.println("error: " + e.getMessage());
        if (showTrace && !e.trace().isEmpty()) {
            err.println("trace, outermost first:");
            for (String path : e.trace()) {
                err.println("  while evaluating '" + path + "'");
            }
        } else if (!e.trace().isEmpty()) {
            err.println("(use --show-trace to see the chain of options that led here)");
        }
        return ExitCode.EVALUATION_ERROR;
    }
}
