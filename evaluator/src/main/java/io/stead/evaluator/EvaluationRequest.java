package io.stead.evaluator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to evaluate: the user's files, in command-line order, and definitions given on the
 * command line (such as {@code system.root} from {@code --root}).
 *
 * @param files the file modules named by the user
 * @param commandLine definitions by attribute path, at plain priority, attributed to the
 *     command line
 */
public record EvaluationRequest(List<Path> files, Map<String, Object> commandLine) {
    /**
     * @param files copied
     * @param commandLine copied
     */
    public EvaluationRequest {
        files = List.copyOf(files);
        commandLine = Map.copyOf(commandLine);
    }

    /**
     * @param files the file modules
     * @return a request with no command-line definitions
     */
    public static EvaluationRequest of(List<Path> files) {
        return new EvaluationRequest(files, Map.of());
    }
}
