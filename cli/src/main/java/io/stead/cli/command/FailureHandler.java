package io.stead.cli.command;

import io.stead.api.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what goes wrong into a message on stderr and an {@link ExitCode}: a bad command line
 * into a short hint (not the whole usage, which buries the error), a configuration error
 * ({@link ConfigException}: evaluation, conflicts, types, assertions) into its
 * message alone (it is written for users), and anything else into a stack trace, since that is
 * a bug in stead.
 */
final class FailureHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("stead: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (e instanceof ConfigException) {
            err.println(e.getMessage());
            return ExitCode.EVALUATION_ERROR.code();
        }
        Console.reportBug(err, e);
        return ExitCode.INTERNAL_ERROR.code();
    }
}
