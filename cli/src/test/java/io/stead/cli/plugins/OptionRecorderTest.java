package io.stead.cli.plugins;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.port;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionRecorderTest {

    @Test
    void recordsEveryOptionWithItsAbsolutePathAndTypeSortedByPath() {
        ModuleSpec module = new ModuleSpec() {
            @Override
            public void options(Options options) {
                Options ssh = options.under("services.openssh");
                ssh.add(Option.of("ports", listOf(port())).withDefault(List.of(22L)));
                ssh.add(Option.of("enable", bool()));
                ssh.under("settings").add(Option.of("\"Log.Level\"", str()));
                options.add(Option.of("networking.hostName", str()));
                options.add(Option.of("users.users", attrsOf(submodule(Option.of("uid", port())))));
                ssh.rename("permitRootLogin", "services.openssh.settings.PermitRootLogin");
                ssh.remove("challengeResponse", "use settings");
            }
        };

        assertEquals(List.of(
                        new DeclaredOption(OptionPath.parse("networking.hostName"), "string", null),
                        new DeclaredOption(OptionPath.parse("services.openssh.enable"), "boolean", null),
                        new DeclaredOption(OptionPath.parse("services.openssh.ports"), "list of 16 bit unsigned integer; between 0 and 65535 (both inclusive)", null),
                        new DeclaredOption(OptionPath.of("services", "openssh", "settings", "Log.Level"), "string", null),
                        // where stead option lists a submodule's options, with NixOS's placeholders
                        new DeclaredOption(OptionPath.parse("users.users"), "attribute set of (submodule)",
                                "users.users.<name>")),
                OptionRecorder.optionsOf(module));
    }

    @Test
    void aModuleWithoutOptionsDeclaresNone() {
        assertEquals(List.of(), OptionRecorder.optionsOf(new ModuleSpec() { }));
    }

    @Test
    void whatTheModuleThrowsPropagates() {
        ModuleSpec broken = new ModuleSpec() {
            @Override
            public void options(Options options) {
                throw new IllegalStateException("broken");
            }
        };
        assertThrows(IllegalStateException.class, () -> OptionRecorder.optionsOf(broken));
    }
}
