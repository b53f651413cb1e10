package io.stead.integrationtests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each module is one JPMS module named after its root package and exports only its facade:
 * {@code internal} packages never, the evaluator, generator and runtime their root package at
 * most, the API its own packages, the plugins nothing at all (they are reached through
 * {@code provides}), and the CLI only the package of its main classes (exported so that the
 * linked image resolves it as a root module; see the launcher).
 */
class ModuleExportsTest {
    private final SteadModules modules = SteadModules.ofThisBuild();

    private ModuleDescriptor descriptor(String module) throws IOException {
        Path file = modules.classes(module).resolve("module-info.class");
        assertTrue(Files.exists(file), module + " has no compiled module-info.class");
        try (InputStream in = Files.newInputStream(file)) {
            return ModuleDescriptor.read(in);
        }
    }

    private static Set<String> exported(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyModuleIsNamedAfterItsRootPackageAndKeepsToIt() throws IOException {
        List<String> names = new ArrayList<>();
        for (String module : modules.names()) {
            ModuleDescriptor descriptor = descriptor(module);
            names.add(descriptor.name());
            for (String pkg : descriptor.packages()) {
                assertTrue(pkg.equals(descriptor.name()) || pkg.startsWith(descriptor.name() + "."),
                        module + ": package " + pkg + " is outside " + descriptor.name());
            }
        }
        assertTrue(names.containsAll(List.of("io.stead.api", "io.stead.evaluator", "io.stead.cli")), names.toString());
    }

    @Test
    void noModuleExportsAnInternalPackageOrExportsToSomeoneInParticular() throws IOException {
        for (String module : modules.names()) {
            for (ModuleDescriptor.Exports export : descriptor(module).exports()) {
                assertFalse(export.source().contains(".internal"), module + " exports " + export.source());
                assertFalse(export.isQualified(), module + " exports " + export.source() + " to " + export.targets());
            }
        }
    }

    @Test
    void theEngineModulesExportAtMostTheirFacade() throws IOException {
        for (String module : List.of("evaluator", "unit-generator", "container-runtime")) {
            ModuleDescriptor descriptor = descriptor(module);
            Set<String> exports = exported(descriptor);
            assertTrue(exports.isEmpty() || exports.equals(Set.of(descriptor.name())),
                    module + " exports " + exports + "; only " + descriptor.name() + " may be");
        }
        assertEquals(Set.of("io.stead.evaluator"), exported(descriptor("evaluator")));
    }

    @Test
    void pluginsExportNothing() throws IOException {
        for (String module : modules.names()) {
            if (module.startsWith("plugins/")) {
                assertEquals(Set.of(), exported(descriptor(module)), module);
            }
        }
    }

    @Test
    void theCliExportsOnlyThePackageOfItsEntryPoints() throws IOException {
        assertEquals(Set.of("io.stead.cli"), exported(descriptor("cli")));
        // every top-level class of that package is a program (a main class), so nothing can
        // be reached through it
        JavaClasses classes = new ClassFileImporter().importPath(modules.classes("cli"));
        List<String> entryPoints = new ArrayList<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().equals("io.stead.cli") && c.isTopLevelClass()) {
                assertTrue(c.tryGetMethod("main", String[].class).isPresent(), c.getName() + " has no main method");
                entryPoints.add(c.getSimpleName());
            }
        }
        assertTrue(entryPoints.contains("Main"), entryPoints.toString());
    }

    @Test
    void pluginsProvideAServiceModuleOnceTheyHaveCode() throws IOException {
        for (String module : modules.names()) {
            if (module.startsWith("plugins/") && modules.hasClasses(module)) {
                assertTrue(descriptor(module).provides().stream()
                                .anyMatch(p -> p.service().equals("io.stead.api.ServiceModule")),
                        module + " does not provide io.stead.api.ServiceModule in module-info.java");
            }
        }
    }

    @Test
    void theApiExportsOnlyItsOwnPackages() throws IOException {
        for (String pkg : exported(descriptor("api"))) {
            assertTrue(pkg.equals("io.stead.api") || pkg.startsWith("io.stead.api."), pkg);
        }
        assertTrue(descriptor("api").requires().stream()
                        .allMatch(r -> r.name().startsWith("java.")),
                "the API requires only JDK modules: " + descriptor("api").requires());
    }
}
