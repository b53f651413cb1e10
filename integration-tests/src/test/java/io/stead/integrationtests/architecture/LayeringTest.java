package io.stead.integrationtests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The layering of Stead (see the design notes): {@code api} at the bottom, knowing nothing else
 * of Stead; {@code evaluator}, {@code unit-generator}, {@code container-runtime} and the plugins
 * on it, not knowing each other; {@code cli} on top, known by nothing. Checked on the compiled
 * main classes of every module the root pom lists, so a new module is covered without a change
 * here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LayeringTest {
    private final SteadModules modules = SteadModules.ofThisBuild();
    private final JavaClasses classes = importMainClasses();

    private JavaClasses importMainClasses() {
        List<Path> dirs = new ArrayList<>();
        for (String module : modules.names()) {
            if (Files.isDirectory(modules.classes(module))) {
                dirs.add(modules.classes(module));
            }
        }
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(dirs);
    }

    @Test
    void everyModuleWithSourcesIsCompiledAndImported() {
        // the rules below pass vacuously on nothing: make sure they see every module's classes
        List<String> missing = new ArrayList<>();
        for (String module : modules.names()) {
            if (modules.hasSources(module) && !modules.hasClasses(module)) {
                missing.add(module);
            }
        }
        if (!missing.isEmpty()) {
            fail("no compiled classes for " + missing + ": build them first (mvn -B verify does)");
        }
        assertTrue(classes.contain("io.stead.api.ServiceModule"), "the API is not imported");
        assertTrue(classes.contain("io.stead.cli.Main"), "the CLI is not imported");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                // a module without code yet is an empty layer; a module whose code was not
                // imported fails everyModuleWithSourcesIsCompiledAndImported instead
                .withOptionalLayers(true)
                .layer("api").definedBy("io.stead.api..")
                .layer("evaluator").definedBy("io.stead.evaluator..")
                .layer("unit-generator").definedBy("io.stead.unitgenerator..")
                .layer("container-runtime").definedBy("io.stead.containerruntime..")
                .layer("plugins").definedBy("io.stead.plugins..")
                .layer("testkit").definedBy("io.stead.testkit..")
                .layer("cli").definedBy("io.stead.cli..")
                .whereLayer("api").mayNotAccessAnyLayer()
                .whereLayer("evaluator").mayOnlyAccessLayers("api")
                .whereLayer("unit-generator").mayOnlyAccessLayers("api")
                .whereLayer("container-runtime").mayOnlyAccessLayers("api")
                .whereLayer("plugins").mayOnlyAccessLayers("api")
                // the kit plugins test with: the real evaluator and generator, seen by tests only
                .whereLayer("testkit").mayOnlyAccessLayers("api", "evaluator", "unit-generator")
                .whereLayer("testkit").mayNotBeAccessedByAnyLayer()
                // plugins are found with ServiceLoader, never named
                .whereLayer("plugins").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture()
                // no allowEmptyShould(false) here: for a layered architecture it means "no
                // optional layers", and a module without code yet is an empty layer
                .check(classes);
    }

    @Test
    void theApiUsesTheJdkAlone() {
        classes().that().resideInAPackage("io.stead.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.stead.api..")
                .because("a plugin compiles against the API and nothing else")
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        // every package of Stead is its own slice: a facade may use its internals, never the
        // other way round (internals throw api's ConfigException, not a facade type)
        slices().matching("io.stead.(**)")
                .should().beFreeOfCycles()
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToTheTerminal() {
        noClasses().that().resideOutsideOfPackage("io.stead.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("output goes through the CLI's console, so that it can be captured and"
                        + " stdout stays clean for results")
                .allowEmptyShould(false)
                .check(classes);
    }
}
