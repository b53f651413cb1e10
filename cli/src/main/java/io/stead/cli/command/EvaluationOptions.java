package io.stead.cli.command;

import io.stead.api.ConfigException;
import io.stead.cli.app.EvaluationStatsText;
import io.stead.evaluator.Evaluation;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Options shared by the commands that evaluate a configuration. */
final class EvaluationOptions {
    private final OptionSpec showTrace = CommandModel.flag("--show-trace",
            "On an error, also show the chain of options whose evaluation led to it.");
    private final OptionSpec stats = CommandModel.flag("--stats",
            "Also print on stderr how many modules ran, options were forced and definitions merged,"
                    + " the time taken and the peak heap.");
    private final long start = System.nanoTime();

    private EvaluationOptions() {
    }

    /**
     * Adds {@code --show-trace} and {@code --stats} to a command.
     *
     * @param command the command's model
     * @return the options' values for that command
     */
    static EvaluationOptions addTo(CommandSpec command) {
        EvaluationOptions options = new EvaluationOptions();
        command.addOption(options.showTrace);
        command.addOption(options.stats);
        return options;
    }

    /**
     * With {@code --stats}, prints the evaluator's counters and the time since the command began.
     *
     * @param evaluation the evaluation, or null if none was made
     * @param err where to write
     */
    void printStats(Evaluation evaluation, PrintWriter err) {
        if (CommandModel.isSet(stats) && evaluation != null) {
            err.println(EvaluationStatsText.of(evaluation.stats(), System.nanoTime() - start));
        }
    }

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
        if (CommandModel.isSet(showTrace) && !e.trace().isEmpty()) {
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
