package io.stead.cli.command;

import io.stead.api.ConfigException;
import io.stead.cli.app.EvaluationStatsText;
import io.stead.cli.app.Evaluations;
import io.stead.cli.app.TerminalText;
import io.stead.cli.app.TraceText;
import io.stead.evaluator.Evaluation;
import io.stead.evaluator.ReadAhead;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options shared by the commands that evaluate a configuration, and the run they share:
 * evaluate the files with the plugins, hand the evaluation to the command, then report
 * configuration errors, warnings and {@code --stats} alike for every command.
 */
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

    /** @return whether {@code --show-trace} was given (for errors a command shows itself) */
    boolean showTrace() {
        return CommandModel.isSet(showTrace);
    }

    /** What a command does with its evaluation; reading values may throw {@link ConfigException}. */
    interface Use {
        /**
         * @param evaluation the configuration, evaluated lazily
         * @return how the command ended, and what it prints on stdout if it succeeded
         */
        Outcome apply(Evaluation evaluation);
    }

    /**
     * How a command's use of its evaluation ended.
     *
     * @param code the exit code
     * @param output what to print on stdout when the command succeeded
     */
    record Outcome(ExitCode code, String output) {
        /**
         * @param output the command's result
         * @return a success printing it
         */
        static Outcome printing(String output) {
            return new Outcome(ExitCode.OK, output);
        }

        /**
         * @param code why the command failed (it has said so on stderr)
         * @return a failure that prints nothing on stdout
         */
        static Outcome failed(ExitCode code) {
            return new Outcome(code, "");
        }
    }

    /**
     * Evaluates the files and runs the command's use of the result. The files are read while
     * the plugins load, which they do not depend on. On success the warnings are printed
     * (reading them may still fail) and only then the command's output, so stdout carries a
     * result only when the whole command succeeded.
     *
     * @param stead the root command: console and plugins
     * @param plugins the command's {@code -I} option
     * @param files the configuration files, in command-line order
     * @param root the target root from {@code --root}, or null
     * @param use what the command does with the evaluation
     * @return the exit code
     */
    int run(SteadCommand stead, PluginDirOptions plugins, List<Path> files, Path root, Use use) {
        PrintWriter err = stead.console().err();
        Evaluation result = null;
        try (ReadAhead reading = ReadAhead.start(files)) {
            Evaluations evaluations = new Evaluations(stead.loadPlugins(plugins).plugins());
            result = evaluations.evaluate(files, reading, root);
            Outcome outcome = use.apply(result);
            if (outcome.code() == ExitCode.OK) {
                Evaluations.printWarnings(result, err);
                stead.console().out().print(outcome.output());
            }
            return outcome.code().code();
        } catch (ConfigException e) {
            return report(e, err).code();
        } finally {
            printStats(result, err);
        }
    }

    /**
     * With {@code --stats}, prints the evaluator's counters and the time since the command began.
     *
     * @param evaluation the evaluation, or null if none was made
     * @param err where to write
     */
    private void printStats(Evaluation evaluation, PrintWriter err) {
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
    private ExitCode report(ConfigException e, PrintWriter err) {
        err.println("error: " + TerminalText.safe(e.getMessage()));
        if (showTrace() && !e.trace().isEmpty()) {
            err.println(TraceText.of(e.trace()));
        } else if (e.trace().size() > 1) {
            // (a trace of the failing option alone would say nothing the message does not)
            err.println("(use --show-trace to see the chain of options that led here)");
        }
        return ExitCode.EVALUATION_ERROR;
    }
}
