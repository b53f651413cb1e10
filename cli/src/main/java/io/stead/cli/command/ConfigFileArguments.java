package io.stead.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The files after {@code -c}: the first word, then each following one named as a configuration
 * file is (.json, .yaml, .yml). With picocli's arity "1..*" the option took every word up to
 * the next option, the PATH after the files too ({@code stead option -c a.yaml services.x}
 * had no PATH left).
 */
final class ConfigFileArguments implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        if (args.isEmpty()) {
            throw new ParameterException(commandSpec.commandLine(),
                    "Missing required parameter for option '--config' (FILE)");
        }
        List<Path> given = argSpec.getValue();
        List<Path> files = new ArrayList<>(given == null ? List.of() : given);
        files.add(path(args.pop(), commandSpec));
        while (!args.isEmpty() && !args.peek().startsWith("-") && isConfigurationFileName(args.peek())) {
            files.add(path(args.pop(), commandSpec));
        }
        argSpec.setValue(files);
    }

    private static boolean isConfigurationFileName(String word) {
        return word.endsWith(".json") || word.endsWith(".yaml") || word.endsWith(".yml");
    }

    private static Path path(String word, CommandSpec commandSpec) {
        try {
            return new PathConverter().convert(word);
        } catch (TypeConversionException e) {
            throw new ParameterException(commandSpec.commandLine(), "Invalid value for option '--config': "
                    + e.getMessage());
        }
    }
}
