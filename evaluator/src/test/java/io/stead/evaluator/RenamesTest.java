package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.nestedSystem;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;

import io.stead.api.ConfigException;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renamed options forward with a warning (mkRenamedOptionModule); removed ones are refused. */
class RenamesTest {
    @TempDir
    Path dir;

    @Test
    void aRenamedOptionsDefinitionsGoToTheNewOptionWithAWarning() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames())
                .file("a.yaml", "users.extraUsers.root.uid: 0\nusers.users.alice.uid: 1000\n");
        Evaluation e = f.eval("a.yaml");
        assertEquals("{\"alice\":{\"keys\":[],\"uid\":1000},\"root\":{\"keys\":[],\"uid\":0}}",
                e.json(OptionPath.parse("users.users"), false));
        assertEquals(List.of("The option 'users.extraUsers' defined in 'a.yaml:1' has been renamed to 'users.users'."),
                e.warnings().stream().map(f::strip).toList());
    }

    @Test
    void theWarningsOptionHoldsTheRenameWarningsFirstAsNixOSsConfigWarningsDoes() {
        // mkRenamedOptionModule defines `warnings`: config.warnings shows them, before the other
        // modules' (which come in module order: the later file's first, as for any list)
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames())
                .file("a.yaml", "warnings: [mine]\n")
                .file("b.yaml", "users.extraUsers.root.uid: 0\nwarnings: [theirs]\n");
        Evaluation e = f.eval("a.yaml", "b.yaml");
        List<String> expected = List.of(
                "The option 'users.extraUsers' defined in 'b.yaml:1' has been renamed to 'users.users'.",
                "theirs", "mine");

        assertEquals(expected, ((List<?>) e.value(OptionPath.parse("warnings"))).stream()
                .map(w -> f.strip(String.valueOf(w))).toList());
        assertEquals(expected, e.warnings().stream().map(f::strip).toList(), "printed once each");
    }

    @Test
    void whatALosingPriorityWrapsUnderTheOldNameIsNotReadForTheWarning() {
        // NixOS's isDefined looks at mkOverride's priority alone: a losing mkDefault (mkIf ...)
        // is not discharged, so its condition, here an option that does not exist, is not read
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                users.extraUsers: {$default: {$if: no.such.flag, then: {root: {uid: 0}}}}
                users.extraUsers.bob.uid: 7
                """);
        Evaluation e = f.eval("a.yaml");

        assertEquals("7", e.json(OptionPath.parse("users.users.bob.uid"), false));
        assertEquals(List.of("The option 'users.extraUsers' defined in 'a.yaml:2' has been renamed to 'users.users'."),
                e.warnings().stream().map(f::strip).toList());
    }

    @Test
    void aRenameThatDoesNotCountIsNotInTheWarningsOption() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                options:
                  flag: {type: bool, default: false}
                config:
                  users.extraUsers: {$if: flag, then: {root: {uid: 0}}}
                """);
        assertEquals("[]", f.json("warnings", "a.yaml"));
    }

    @Test
    void aRenameInsideASubmoduleIsPrintedButNotInTheWarningsOptionAsNixOSHasNoneThere() {
        Fixture f = new Fixture(dir).plugin(unitsWithRemovals()).file("a.yaml", """
                warnings: [mine]
                units.a.body: y
                """);
        Evaluation e = f.eval("a.yaml");
        assertEquals("[\"mine\"]", e.json(OptionPath.parse("warnings"), false));
        e.json(OptionPath.parse("units"), false);
        assertEquals(List.of("mine",
                "The option 'units.a.body' defined in 'a.yaml:2' has been renamed to 'units.a.text'."),
                e.warnings().stream().map(f::strip).toList());
    }

    @Test
    void aDefinitionOfTheOldNameUnderAFalseConditionIsNotWarnedAbout() {
        // NixOS warns only when the old option is defined (fromOpt.isDefined): mkIf false is not
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                options:
                  flag: {type: bool, default: false}
                config:
                  users.extraUsers: {$if: flag, then: {root: {uid: 0}}}
                  users.extraUsers.bob.uid: 7
                """);
        Evaluation e = f.eval("a.yaml");
        assertEquals("{\"bob\":{\"keys\":[],\"uid\":7}}", e.json(OptionPath.parse("users.users"), false));
        assertEquals(List.of("The option 'users.extraUsers' defined in 'a.yaml:5' has been renamed to 'users.users'."),
                e.warnings().stream().map(f::strip).toList());
    }

    @Test
    void onlyTheOldNamesDefinitionsThatCountAreWarnedAbout() {
        // NixOS names the files of the old option's definitions that count (fromOpt.files),
        // after its priorities are filtered
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                users.extraUsers.root.uid: 0
                users.extraUsers: {$force: {bob: {uid: 7}}}
                """);
        Evaluation e = f.eval("a.yaml");
        assertEquals("{\"bob\":{\"keys\":[],\"uid\":7}}", e.json(OptionPath.parse("users.users"), false));
        assertEquals(List.of("The option 'users.extraUsers' defined in 'a.yaml:2' has been renamed to 'users.users'."),
                e.warnings().stream().map(f::strip).toList());
    }

    @Test
    void aConditionInsideTheOldOptionsValueStillDefinesIt() {
        // users.extraUsers.alice = mkIf false {...} is a definition of users.extraUsers: NixOS warns
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                options:
                  flag: {type: bool, default: false}
                config:
                  users.extraUsers.alice: {$if: flag, then: {uid: 1}}
                """);
        assertEquals(List.of("The option 'users.extraUsers' defined in 'a.yaml:4' has been renamed to 'users.users'."),
                f.eval("a.yaml").warnings().stream().map(f::strip).toList());
    }

    @Test
    void readingTheOldPathGivesTheNewValue() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", "users.users.bob.uid: 7\n");
        assertEquals("7", f.json("users.extraUsers.bob.uid", "a.yaml"));
        assertEquals(List.of(), f.eval("a.yaml").warnings(), "no warning when the old name is not defined");
    }

    @Test
    void aRemovedOptionIsRefusedWithTheReplacement() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", "users.mutableUsersOld: true\n");
        assertEquals("The option 'users.mutableUsersOld' can no longer be used since it's been removed. Use"
                + " 'users.mutableUsers' instead. Definition values:\n- In 'a.yaml:1': true",
                f.error("users", "a.yaml"));
    }

    @Test
    void aRemovedOptionUnderAFalseConditionIsNoError() {
        // NixOS's removal asserts !isDefined, and a definition under a false mkIf is not defined
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                options:
                  flag: {type: bool, default: false}
                config:
                  $merge:
                    - users.mutableUsersOld: {$if: flag, then: true}
                    - $if: flag
                      then:
                        users.mutableUsersOld: false
                """);
        Evaluation e = f.eval("a.yaml");
        assertEquals("false", e.json(OptionPath.parse("flag"), false));
        e.checkAssertions();
    }

    @Test
    void aRemovedOptionUnderATrueConditionIsRefusedWhenAssertionsAreChecked() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames()).file("a.yaml", """
                options:
                  flag: {type: bool, default: true}
                  other: {type: bool, default: false}
                config:
                  users.mutableUsersOld:
                    $merge:
                      - {$if: other, then: true}
                      - {$default: {$if: flag, then: false}}
                """);
        Evaluation e = f.eval("a.yaml");
        ConfigException error = assertThrows(ConfigException.class, e::checkAssertions);
        assertEquals("The option 'users.mutableUsersOld' can no longer be used since it's been removed. Use"
                + " 'users.mutableUsers' instead. Definition values:\n- In 'a.yaml:5': {\"$merge\": [{\"$if\":"
                + " \"other\", \"then\": true}, {\"$override\": 1000, \"value\": {\"$if\": \"flag\","
                + " \"then\": false}}]}", f.strip(error.getMessage()));
    }

    @Test
    void renamesThatLeadBackToThemselvesAreInfiniteRecursion() {
        Fixture f = new Fixture(dir).plugin(new TestModules.CyclicRenames()).file("a.yaml", "a: 5\n");
        String error = f.error("real", "a.yaml");
        assertTrue(error.startsWith("infinite recursion encountered: the renamed options 'a' -> 'b' -> 'c.x' -> 'a'"
                + " are renamed to each other (renamed in 'test-plugin.jar!TestModules.java:"), error);
    }

    /** A plugin that declares, renames and removes options, and defines nothing. */
    private record Declaring(String name, Consumer<Options> declare) implements ServiceModule {
        @Override
        public void options(Options options) {
            declare.accept(options);
        }
    }

    /**
     * Renames as a plugin may get them wrong, or right: to nothing, and to a value under an
     * option. Each is written "from>to"; the plugin also declares users.users.
     */
    private static ServiceModule renamesTo(String... renames) {
        return new Declaring("renames-to", o -> {
            o.add(Option.of("users.users", attrsOf(integer())).withDefault(Map.of()));
            for (String r : renames) {
                o.rename(r.substring(0, r.indexOf('>')), r.substring(r.indexOf('>') + 1));
            }
        });
    }

    /** A plugin declaring one option, site.motd. */
    private static ServiceModule site() {
        return new Declaring("site", o -> o.add(Option.of("site.motd", str()).withDefault("hello")));
    }

    /** A plugin declaring machines.&lt;name&gt;, each a nested system, as containers are. */
    private static ServiceModule machines() {
        return new Declaring("machines",
                o -> o.add(Option.of("machines", attrsOf(nestedSystem())).withDefault(Map.of())));
    }

    /** A submodule whose type removes and renames options of its own, as systemd.services.<name>.baseUnit. */
    private static ServiceModule unitsWithRemovals() {
        return new Declaring("units", options -> {
            options.add(Option.of("units", attrsOf(submodule(new ModuleSpec() {
                @Override
                public void options(Options o) {
                    o.add(Option.of("text", str()).withDefault(""));
                    o.remove("baseUnit", "Define the unit itself instead.");
                    o.rename("body", "text");
                }
            }))).withDefault(Map.of()));
            options.add(Option.of("copy", str()));
        });
    }

    /** A read-only option with an old name, which a module may set once. */
    private static ServiceModule readOnlyRenamed() {
        return new Declaring("read-only", o -> {
            o.add(Option.of("ro", attrsOf(integer())).withReadOnly());
            o.rename("old", "ro");
        });
    }

    @Test
    void aRenameToAPathWhereNoOptionIsIsARenamingErrorAsInNixOS() {
        // NixOS's rename module defines the new path, which does not exist: "The option ... does
        // not exist", whether the old name is used or not; silently dropping every definition of
        // the old name would be worse
        Fixture f = new Fixture(dir).plugin(renamesTo("users.extraUsers>users.userz"))
                .file("a.yaml", "users.users.bob: 1\n");
        String error = f.error("users.users", "a.yaml");
        assertTrue(error.startsWith("Renaming error: the option 'users.extraUsers' is renamed to 'users.userz',"
                + " which does not exist (renamed in 'test-plugin.jar!RenamesTest.java:"), error);
        assertTrue(error.endsWith("').\nDid you mean 'users.users'?"), error);
        // below a missing group too, and the old name need not be defined for it
        assertTrue(new Fixture(dir).plugin(renamesTo("users.extraUsers>people.users")).file("a.yaml", "{}\n")
                .error("users.users", "a.yaml").startsWith("Renaming error: the option 'users.extraUsers' is renamed"
                        + " to 'people.users', which does not exist"));
    }

    @Test
    void aChainOfRenamesThatEndsNowhereNamesTheRenameThatLeadsThereWhateverTheOrder() {
        String[] chain = {"o1>o2", "o2>o3", "o3>targte"};
        for (String[] renames : List.of(chain, new String[] {chain[2], chain[1], chain[0]})) {
            Fixture f = new Fixture(dir).plugin(renamesTo(renames)).file("a.yaml", "{}\n");
            assertTrue(f.error("users.users", "a.yaml").startsWith("Renaming error: the option 'o3' is renamed to"
                    + " 'targte', which does not exist"), String.join(" ", renames));
        }
        // with what is below a renamed group carried along: x.y goes to o2.y, then nowhere
        Fixture below = new Fixture(dir).plugin(renamesTo("x>o2", "o2>o3", "o3.y>gone")).file("a.yaml", "{}\n");
        assertTrue(below.error("users.users", "a.yaml").startsWith("Renaming error: the option 'o3.y' is renamed to"
                + " 'gone', which does not exist"), below.error("users.users", "a.yaml"));
    }

    @Test
    void aRenameToAnOptionAConfigurationFileDeclaresIsNoError() {
        // only the whole configuration's declarations say whether the new path exists
        Fixture f = new Fixture(dir).plugin(renamesTo("users.extraUsers>site.motd"))
                .file("a.yaml", "options:\n  site.motd: {type: str}\nconfig:\n  users.extraUsers: hi\n");
        assertEquals("\"hi\"", f.json("site.motd", "a.yaml"));
    }

    @Test
    void aRenameToAnOptionOfADisabledPluginIsARenamingErrorAsInNixOS() {
        Fixture f = new Fixture(dir).plugin(renamesTo("users.extraUsers>site.motd")).plugin(site());
        assertEquals("\"hello\"", f.file("a.yaml", "{}\n").json("site.motd", "a.yaml"));
        // NixOS too: the rename module's definition of the new path is then undeclared
        assertTrue(f.file("b.yaml", "disabledModules: [site]\n").error("users.users", "b.yaml")
                .startsWith("Renaming error: the option 'users.extraUsers' is renamed to 'site.motd', which does not"
                        + " exist"));
    }

    @Test
    void aRenameToNowhereInAPluginTheHostDisablesIsStillARenamingErrorInANestedSystem() {
        // a nested system keeps every plugin, the one the host disables too: there the old
        // name's definitions would otherwise be dropped without a word
        Fixture f = new Fixture(dir).plugin(renamesTo("users.extraUsers>users.userz")).plugin(machines())
                .file("a.yaml", "disabledModules: [renames-to]\nmachines.web.users.extraUsers.bob: 1\n");
        String renaming = "Renaming error: the option 'users.extraUsers' is renamed to 'users.userz', which does not"
                + " exist (renamed in 'test-plugin.jar!RenamesTest.java:N').\nDid you mean 'users.users'?";
        assertEquals(renaming, f.error("machines.web.users.users", "a.yaml").replaceAll("\\.java:\\d+", ".java:N"));
        // whether the old name is defined there or not, as in NixOS
        String undefined = new Fixture(dir).plugin(renamesTo("users.extraUsers>users.userz"))
                .plugin(machines()).file("b.yaml", "disabledModules: [renames-to]\nmachines.web.users.users.bob: 1\n")
                .error("machines.web.users.users", "b.yaml");
        assertEquals(renaming, undefined.replaceAll("\\.java:\\d+", ".java:N"));
        // the host itself, without the plugin, is not concerned
        assertEquals("{}", new Fixture(dir).plugin(renamesTo("users.extraUsers>users.userz"))
                .plugin(machines()).file("c.yaml", "disabledModules: [renames-to]\n").json("machines", "c.yaml"));
    }

    @Test
    void aRenameToAValueUnderAnOptionOrToAGroupOfOptionsIsNoError() {
        Fixture under = new Fixture(dir).plugin(renamesTo("users.extraUsers>users.users.root"))
                .file("a.yaml", "users.extraUsers: 0\n");
        assertEquals("{\"root\":0}", under.json("users.users", "a.yaml"));
        Fixture group = new Fixture(dir).plugin(renamesTo("users.extraUsers>users"))
                .file("a.yaml", "users.extraUsers.users.x: 3\n");
        assertEquals("{\"x\":3}", group.json("users.users", "a.yaml"));
    }

    @Test
    void askingAboutARemovedOptionGivesTheReplacement() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames());
        ConfigException e = assertThrows(ConfigException.class,
                () -> f.eval().report(OptionPath.parse("users.mutableUsersOld")));
        assertEquals("The option 'users.mutableUsersOld' can no longer be used since it's been removed. Use"
                + " 'users.mutableUsers' instead.", e.getMessage());
    }

    @Test
    void aReferenceToARemovedOptionNamesItsPlaceAndTheReplacement() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Renames())
                .file("a.yaml", "users.users.bob.keys: [{$ref: users.mutableUsersOld}]\n");
        assertEquals("The option 'users.mutableUsersOld' can no longer be used since it's been removed; the $ref"
                + " in 'a.yaml:1' refers to it. Use 'users.mutableUsers' instead.", f.error("users", "a.yaml"));
    }

    @Test
    void aReferenceToARemovedOptionInsideASubmoduleNamesItsPlaceAndTheReplacement() {
        Fixture f = new Fixture(dir).plugin(unitsWithRemovals())
                .file("a.yaml", "units.foo.text: hi\ncopy: {$ref: units.foo.baseUnit}\n");
        assertEquals("The option 'units.foo.baseUnit' can no longer be used since it's been removed; the $ref"
                + " in 'a.yaml:2' refers to it. Define the unit itself instead.", f.error("copy", "a.yaml"));
    }

    @Test
    void aReferenceToARenamedOptionInsideASubmoduleReadsTheNewOne() {
        Fixture f = new Fixture(dir).plugin(unitsWithRemovals())
                .file("a.yaml", "units.foo.text: hi\ncopy: {$ref: units.foo.body}\n");
        assertEquals("\"hi\"", f.json("copy", "a.yaml"));
    }

    @Test
    void renamesInsideSubmodulesAreWarnedAboutInTheOrderOfTheirPathsNotOfReading() {
        Fixture f = new Fixture(dir).plugin(unitsWithRemovals()).file("a.yaml", """
                units.b.body: x
                units.a.body: y
                copy: {$ref: units.b.text}
                """);
        Evaluation e = f.eval("a.yaml");
        assertEquals("\"x\"", e.json(OptionPath.parse("copy"), false));
        e.json(OptionPath.parse("units"), false);
        assertEquals(List.of("The option 'units.a.body' defined in 'a.yaml:2' has been renamed to 'units.a.text'.",
                "The option 'units.b.body' defined in 'a.yaml:1' has been renamed to 'units.b.text'."),
                e.warnings().stream().map(f::strip).toList());
    }

    @Test
    void oneFilesAttributeSetUnderTheOldNameIsOneDefinitionOfTheNewOne() {
        // Nix's parser joins { old.x = 1; old.y = 2; } into one definition of old, which the
        // rename's module gives ro as one definition
        Fixture f = new Fixture(dir).plugin(readOnlyRenamed()).file("a.yaml", "old.x: 1\nold.y: 2\n");
        assertEquals("{\"x\":1,\"y\":2}", f.json("ro", "a.yaml"));
        // and warned about once, at the first piece, where stead option shows the definition
        assertEquals(List.of("The option 'old' defined in 'a.yaml:1' has been renamed to 'ro'."),
                f.eval("a.yaml").warnings().stream().map(f::strip).toList());
        // pieces under a $merge's different parts, or in two files, are definitions of their own
        assertEquals(List.of("The option 'old' defined in 'b.yaml:2' has been renamed to 'ro'.",
                "The option 'old' defined in 'b.yaml:3' has been renamed to 'ro'.",
                "The option 'old' defined in 'c.yaml:1' has been renamed to 'ro'."),
                new Fixture(dir).plugin(readOnlyRenamed()).file("b.yaml", "$merge:\n  - old.x: 1\n  - old.y: 2\n")
                        .file("c.yaml", "old.z: 3\n").eval("b.yaml", "c.yaml").warnings().stream().map(f::strip)
                        .sorted().toList());
    }

    @Test
    void theOldAndTheNewNameInOneFileAreTwoDefinitions() {
        // the file defines ro, and the rename's module defines it again from old
        Fixture f = new Fixture(dir).plugin(readOnlyRenamed()).file("a.yaml", "old.x: 1\nro.y: 2\n");
        assertEquals("The option 'ro' is read-only, but it's set multiple times. Definition values:\n"
                + "- In 'a.yaml:1': {\"x\": 1}\n- In 'a.yaml:2': {\"y\": 2}", f.error("ro", "a.yaml"));
    }
}
