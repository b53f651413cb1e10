package io.stead.unitgenerator.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.api.ServiceModule;
import io.stead.unitgenerator.testkit.BaseModules;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The base modules are registered both ways, so they load on the module path and the class path. */
class BaseModulesRegistrationTest {
    private static final Set<String> PROVIDERS = BaseModules.all().stream()
            .map(m -> m.getClass().getName()).collect(Collectors.toCollection(TreeSet::new));

    @Test
    void areListedInMetaInfServices() throws IOException {
        try (InputStream in = SystemdModule.class.getClassLoader()
                .getResourceAsStream("META-INF/services/io.stead.api.ServiceModule")) {
            Set<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(PROVIDERS, listed);
        }
    }

    @Test
    void areProvidedByTheModuleDescriptor() {
        ModuleDescriptor descriptor = SystemdModule.class.getModule().getDescriptor();
        Set<String> provided = descriptor.provides().stream()
                .filter(p -> p.service().equals(ServiceModule.class.getName()))
                .flatMap(p -> p.providers().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(PROVIDERS, provided);
    }

    @Test
    void haveDistinctNames() {
        List<String> names = BaseModules.all().stream().map(ServiceModule::name).toList();
        assertEquals(List.of("boot", "environment-etc", "networking", "packages", "system-root", "systemd",
                "users-groups"), names);
    }
}
