package io.stead.plugins.nixdaemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ServiceModule;
import io.stead.testkit.TestSystem;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module is registered both ways a plugin must be: in its module descriptor, for the module
 * path, and in {@code META-INF/services}, for the class path.
 */
class ServiceRegistrationTest {

    @Test
    void theModuleDescriptorProvidesIt() {
        ModuleDescriptor descriptor = NixDaemonModule.class.getModule().getDescriptor();

        assertEquals("io.stead.plugins.nixdaemon", descriptor.name());
        assertEquals(List.of(ServiceModule.class.getName() + " with " + List.of(NixDaemonModule.class.getName())),
                descriptor.provides().stream().map(p -> p.service() + " with " + p.providers()).toList());
        assertEquals(1, descriptor.requires().stream().filter(r -> !r.name().startsWith("java.")).count(),
                "requires io.stead.api alone: " + descriptor.requires());
    }

    @Test
    void metaInfServicesListsIt() throws IOException {
        try (InputStream in = NixDaemonModule.class.getModule()
                .getResourceAsStream("META-INF/services/" + ServiceModule.class.getName())) {
            assertEquals(NixDaemonModule.class.getName() + "\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theServiceLoaderFindsItBesideTheBaseModules() {
        List<String> names = new TestSystem().modules().stream().map(p -> p.module().name()).sorted().toList();

        assertTrue(names.contains("nix-daemon") && names.contains("systemd") && names.contains("packages"), names.toString());
    }
}
