package io.stead.evaluator;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.nestedSystem;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nested system type's own modules (NixOS's extraConfig of a container): every instance gets
 * them, they read the system enclosing it, and they do not define the option.
 */
class NestedSystemsTest {
    @TempDir
    Path dir;

    /** What each machine's system gets from the system it runs in. */
    private static final class FromTheHost implements ModuleSpec {
        @Override
        public void config(Definitions c) {
            c.set("site.root", Definition.mkDefault(Definition.ref("site.root")));
            c.set("site.isMachine", Definition.mkDefault(true));
        }
    }

    /** site.* of every system, and machines.&lt;name&gt;, each with a nested system as its config. */
    private record Machines() implements ServiceModule {
        @Override
        public String name() {
            return "machines";
        }

        @Override
        public void options(Options o) {
            o.add(Option.of("site.root", str()).withDefault("/"));
            o.add(Option.of("site.isMachine", bool()).withDefault(false));
            o.add(Option.of("machines", attrsOf(submodule(
                    Option.of("config", nestedSystem(new FromTheHost())).withDefault(Map.of()),
                    Option.of("memory", integer()).withDefault(1L)))).withDefault(Map.of()));
        }
    }

    private Fixture fixture(String yaml) {
        return new Fixture(dir).plugin(new Machines()).file("host.yaml", yaml);
    }

    @Test
    void aNestedSystemsOwnModulesReadTheSystemEnclosingIt() {
        Evaluation e = fixture("""
                site.root: /srv/target
                machines.web.config.machines.inner.config: {}
                machines.db.config.site.root: /srv/db
                machines.db.config.machines.inner.config: {}
                """).eval("host.yaml");
        assertEquals("/srv/target", e.get("machines.web.config.site.root"), "the host's, not its own default");
        assertEquals(true, e.get("machines.web.config.site.isMachine"));
        assertEquals(false, e.get("site.isMachine"), "the host gets none of them");
        assertEquals("/srv/target", e.get("machines.web.config.machines.inner.config.site.root"),
                "a machine's machine reads the machine it runs in");
        assertEquals("/srv/db", e.get("machines.db.config.machines.inner.config.site.root"));
    }

    @Test
    void aNestedSystemsOwnDefinitionsBeatWhatItsTypesModulesGiveByDefault() {
        assertEquals("\"/srv/own\"", fixture("site.root: /srv/target\nmachines.web.config.site.root: /srv/own\n")
                .json("machines.web.config.site.root", "host.yaml"));
    }

    @Test
    void aNestedSystemsOwnModuleThatDeclaresOptionsIsThePluginsFailure() {
        // it reads the enclosing system: what it declared would belong to neither system
        ModuleSpec declaring = new ModuleSpec() {
            @Override
            public void options(Options o) {
                o.add(Option.of("site.extra", str()));
            }
        };
        ServiceModule plugin = new ServiceModule() {
            @Override
            public String name() {
                return "declaring";
            }

            @Override
            public void options(Options o) {
                o.add(Option.of("boxes", attrsOf(nestedSystem(declaring))).withDefault(Map.of()));
            }
        };
        String error = new Fixture(dir).plugin(plugin).file("host.yaml", "boxes.web: {}\n")
                .error("boxes.web", "host.yaml").replaceAll("from \\S+ failed in '\\S+!", "from JAR failed in 'JAR!")
                .replaceAll("\\.java:\\d+", ".java:N");
        assertEquals("The service module from JAR failed in 'JAR!NestedSystemsTest.java:N', in a module of the"
                + " submodule 'boxes.web': java.lang.IllegalArgumentException: a nested system's own modules declare"
                + " no options; declare them in a service module", error);
    }

    @Test
    void aNestedSystemsOwnModulesDoNotDefineItsOption() {
        // as NixOS's extraConfig is no definition of containers.<name>.config: a plugin asking
        // whether the user configured the system is told what the user did
        Evaluation e = fixture("machines.web.memory: 2\nmachines.db.config: {}\n").eval("host.yaml");
        assertFalse(e.submodules("machines").get("web").isDefined("config"));
        assertTrue(e.submodules("machines").get("db").isDefined("config"));
        assertEquals(true, e.get("machines.web.config.site.isMachine"), "though every instance gets them");
    }
}
