package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.api.ServiceModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tiny fixture modules in a temporary directory, evaluated with chosen plugin modules; errors
 * are returned with the directory stripped, so tests compare whole messages.
 */
final class Fixture {
    private final Path dir;
    private final List<PluginSource> plugins = new ArrayList<>();
    private Map<String, Object> commandLine = Map.of();

    Fixture(Path dir) {
        this.dir = dir;
    }

    Fixture file(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Fixture plugin(ServiceModule module) {
        plugins.add(new PluginSource(module, "test-plugin.jar"));
        return this;
    }

    Fixture commandLine(Map<String, Object> definitions) {
        commandLine = definitions;
        return this;
    }

    Evaluation eval(String... files) {
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(dir.resolve(f));
        }
        return Evaluator.create(plugins).evaluate(new EvaluationRequest(paths, commandLine));
    }

    /** @return the value at {@code attr} as compact JSON */
    String json(String attr, String... files) {
        return eval(files).json(OptionPath.parse(attr), false);
    }

    /** @return the message of the error that evaluating {@code attr} raises, without the directory */
    String error(String attr, String... files) {
        ConfigException e = assertThrows(ConfigException.class, () -> json(attr, files));
        return strip(e.getMessage());
    }

    String strip(String message) {
        return message.replace(dir.toString() + "/", "");
    }
}
