package io.stead.unitgenerator.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stead.api.Config;
import io.stead.api.ServiceModule;
import io.stead.evaluator.EvaluationRequest;
import io.stead.evaluator.Evaluator;
import io.stead.evaluator.PluginSource;
import io.stead.unitgenerator.internal.modules.BootModule;
import io.stead.unitgenerator.internal.modules.EnvironmentEtcModule;
import io.stead.unitgenerator.internal.modules.NetworkingModule;
import io.stead.unitgenerator.internal.modules.PackagesModule;
import io.stead.unitgenerator.internal.modules.SystemRootModule;
import io.stead.unitgenerator.internal.modules.SystemdModule;
import io.stead.unitgenerator.internal.modules.UsersGroupsModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The base modules of this module, and evaluating a configuration with them by the real evaluator. */
public final class BaseModules {
    private BaseModules() {
    }

    /** @return a fresh instance of every base module, ordered by name */
    public static List<ServiceModule> all() {
        return List.of(new BootModule(), new EnvironmentEtcModule(), new NetworkingModule(),
                new PackagesModule(), new SystemRootModule(), new SystemdModule(), new UsersGroupsModule());
    }

    /**
     * Evaluates the user's definitions as one configuration file in the shorthand form (keys at
     * every level are attribute paths) together with every base module.
     *
     * @param user the user's definitions
     * @return the configuration they evaluate to
     */
    public static Config evaluate(Map<String, ?> user) {
        List<PluginSource> plugins = all().stream().map(m -> new PluginSource(m, "stead-unit-generator.jar")).toList();
        try {
            Path file = Files.createTempFile("stead-test-", ".json");
            try {
                new ObjectMapper().writeValue(file.toFile(), user);
                return Evaluator.create(plugins).evaluate(EvaluationRequest.of(List.of(file)));
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
