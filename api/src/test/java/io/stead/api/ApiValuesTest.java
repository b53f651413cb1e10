package io.stead.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small values of the API: options, definitions, packages, versions, configuration access. */
class ApiValuesTest {

    @Test
    void optionsAreImmutableAndBuiltWithWithers() {
        Option plain = Option.of("services.x.port", Types.port());
        Option full = plain.withDefault(80L).withDescription("The port.").withExample(8080L).withReadOnly();
        assertFalse(plain.hasDefault());
        assertEquals("", plain.description());
        assertTrue(full.hasDefault());
        assertEquals(80L, full.defaultValue());
        assertEquals("The port.", full.description());
        assertEquals(8080L, full.example());
        assertTrue(full.readOnly());
        assertEquals(OptionPath.parse("a.services.x.port"), full.under(OptionPath.parse("a")).path());
        assertTrue(plain.withDefault(null).hasDefault(), "null is a valid default");
    }

    @Test
    void definitionFactoriesCarryNixOsNumbers() {
        assertEquals(new Definition.WithPriority(1000, 1), Definition.mkDefault(1));
        assertEquals(new Definition.WithPriority(50, 1), Definition.mkForce(1));
        assertEquals(new Definition.Ordered(500, 1), Definition.mkBefore(1));
        assertEquals(new Definition.Ordered(1500, 1), Definition.mkAfter(1));
        assertEquals(new Definition.When(List.of("a.enable"), 1), Definition.mkIf("a.enable", 1));
        assertEquals(new Definition.Ref(OptionPath.parse("a.b")), Definition.ref("a.b"));
        assertEquals(List.of(1, 2), ((Definition.Merge) Definition.mkMerge(1, 2)).values());
        assertThrows(IllegalArgumentException.class, () -> new Definition.When(List.of(), 1));
    }

    @Test
    void packagesAreDebianNamesOrAbsolutePaths() {
        assertFalse(new SystemPackage("openssh-server").isDirectory());
        assertTrue(new SystemPackage("/opt/nix").isDirectory());
        assertThrows(IllegalArgumentException.class, () -> new SystemPackage("relative/dir"));
        assertThrows(IllegalArgumentException.class, () -> new SystemPackage("UpperCase"));
    }

    @Test
    void pluginsOfTheSameMajorAndAnOlderMinorAreCompatible() {
        assertTrue(ApiVersion.isCompatible(ApiVersion.current()));
        assertTrue(ApiVersion.isCompatible(ApiVersion.MAJOR + ".0"));
        assertTrue(ApiVersion.isCompatible(ApiVersion.MAJOR + "." + ApiVersion.MINOR + ".3-SNAPSHOT"));
        assertFalse(ApiVersion.isCompatible((ApiVersion.MAJOR + 1) + ".0"));
        assertFalse(ApiVersion.isCompatible(ApiVersion.MAJOR + "." + (ApiVersion.MINOR + 1)));
        assertFalse(ApiVersion.isCompatible("not a version"));
    }

    @Test
    void configAccessorsSayWhatTheyFoundInsteadOfCasting() {
        Config config = new Named("t") {
            @Override
            public Object get(String path) {
                return Map.of("n", 3L, "s", "x").get(path);
            }
        };
        assertEquals(3L, config.integer("n"));
        assertEquals("x", config.string("s"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> config.string("n"));
        assertEquals("'n' is a Long, not a String", e.getMessage());
    }

    @Test
    void submodulesAreTheInstancesAsConfigurationsReadWhenAsked() {
        Config instance = new Named("web");
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Map<String, Object> services = new java.util.TreeMap<>(Map.of("web", instance, "bad", "text")) {
            @Override
            public Object get(Object key) {
                reads.incrementAndGet();
                return super.get(key);
            }
        };
        Config config = new Named("root") {
            @Override
            public Object get(String path) {
                return path.equals("services") ? services : null;
            }
        };
        Map<String, Config> instances = config.submodules("services");
        assertEquals(java.util.Set.of("web", "bad"), instances.keySet());
        assertEquals(0, reads.get()); // names alone: no instance read
        assertSame(instance, instances.get("web"));
        assertEquals(null, instances.get("missing"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> instances.get("bad"));
        assertEquals("'services.bad' is a String, not a submodule's configuration", e.getMessage());
        assertEquals(null, config.submodules("none"));
    }

    /** A configuration with a name and no values. */
    private static class Named implements Config {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public Object get(String path) {
            return null;
        }

        @Override
        public boolean isDefined(String path) {
            return false;
        }

        @Override
        public Config at(String path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String name() {
            return name;
        }
    }

    @Test
    void configExceptionsCarryTheirTrace() {
        ConfigException e = new ConfigException("bad", List.of("a", "b"));
        assertEquals("bad", e.getMessage());
        assertEquals(List.of("a", "b"), e.trace());
        assertEquals(List.of(), new ConfigException("bad").trace());
    }

    @Test
    void aRefusalOfSeveralOptionsNamesEachInOrderAndTheFirstAsItsOption() {
        OptionPath a = OptionPath.parse("containers.a.root");
        OptionPath b = OptionPath.parse("containers.b.root");
        ConfigException e = new ConfigException(List.of(b, a), "'containers.b.root' is inside 'containers.a.root'");
        assertEquals(List.of(b, a), e.options());
        assertEquals(b, e.option());
        assertEquals(List.of(a), new ConfigException(a, "one").options());
        assertEquals(List.of(), new ConfigException("none").options());
        assertEquals(null, new ConfigException("none").option());
        assertThrows(IllegalArgumentException.class, () -> new ConfigException(List.of(), "of nothing"));
    }
}
