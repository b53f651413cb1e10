package io.stead.cli.command;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command that the arguments name, but refuses arguments that name nothing even when
 * {@code --help} is among them. picocli leaves them unreported once help is asked for, so
 * {@code stead switch --help} printed stead's own help and exited 0, as if the command existed.
 */
final class HelpWithUnmatched implements IExecutionStrategy {
    private final IExecutionStrategy run = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parsed) {
        // (a loop, not a stream: this runs in every command, on a cold JVM)
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return run.execute(parsed);
    }
}
