package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.nio.file.Path;
import java.util.List;
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
                e.json(io.stead.api.OptionPath.parse("users.users"), false));
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
        Fixture f = new Fixture(dir).plugin(new UnitsWithRemovals()).file("a.yaml", """
                warnings: [mine]
                units.a.body: y
                """);
        Evaluation e = f.eval("a.yaml");
        assertEquals("[\"mine\"]", e.json(OptionPath.parse("warnings"), false));
        e.json(OptionPath.parse("units"), false);
        assertEquals(List.of("mine", "The option 'units.a.body' defined in 'a.yaml:2' has been renamed to 'units.a.text'."),
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

    /**
     * Renames as a plugin may get them wrong, or right: to nothing, and to a value under an
     * option. Each is written "from>to"; the plugin also declares users.users.
     */
    private static final class RenamesTo implements io.stead.api.ServiceModule {
        private final List<String> renames;

        RenamesTo(String... renames) {
            this.renames = List.of(renames);
        }

        @Override
        public String name() {
            return "renames-to";
        }

        @Override
        public void options(io.stead.api.Options options) {
            options.add(io.stead.api.Option.of("users.users", io.stead.api.Types.attrsOf(io.stead.api.Types.integer()))
                    .withDefault(java.util.Map.of()));
            for (String r : renames) {
                options.rename(r.substring(0, r.indexOf('>')), r.substring(r.indexOf('>') + 1));
            }
        }
    }

    /** A plugin declaring one option, site.motd. */
    private static final class Site implements io.stead.api.ServiceModule {
        @Override
        public String name() {
            return "site";
        }

        @Override
        public void options(io.stead.api.Options options) {
            options.add(io.stead.api.Option.of("site.motd", io.stead.api.Types.str()).withDefault("hello"));
        }
    }

    @Test
    void aRenameToAPathWhereNoOptionIsIsARenamingErrorAsInNixOS() {
        // NixOS's rename module defines the new path, which does not exist: "The option ... does
        // not exist", whether the old name is used or not; silently dropping every definition of
        // the old name would be worse
        Fixture f = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>users.userz"))
                .file("a.yaml", "users.users.bob: 1\n");
        String error = f.error("users.users", "a.yaml");
        assertTrue(error.startsWith("Renaming error: the option 'users.extraUsers' is renamed to 'users.userz',"
                + " which does not exist (renamed in 'test-plugin.jar!RenamesTest.java:"), error);
        assertTrue(error.endsWith("').\nDid you mean 'users.users'?"), error);
        // below a missing group too, and the old name need not be defined for it
        assertTrue(new Fixture(dir).plugin(new RenamesTo("users.extraUsers>people.users")).file("a.yaml", "{}\n")
                .error("users.users", "a.yaml").startsWith("Renaming error: the option 'users.extraUsers' is renamed"
                        + " to 'people.users', which does not exist"));
    }

    @Test
    void aChainOfRenamesThatEndsNowhereNamesTheRenameThatLeadsThereWhateverTheOrder() {
        String[] chain = {"o1>o2", "o2>o3", "o3>targte"};
        for (String[] renames : List.of(chain, new String[] {chain[2], chain[1], chain[0]})) {
            Fixture f = new Fixture(dir).plugin(new RenamesTo(renames)).file("a.yaml", "{}\n");
            assertTrue(f.error("users.users", "a.yaml").startsWith("Renaming error: the option 'o3' is renamed to"
                    + " 'targte', which does not exist"), String.join(" ", renames));
        }
        // with what is below a renamed group carried along: x.y goes to o2.y, then nowhere
        Fixture below = new Fixture(dir).plugin(new RenamesTo("x>o2", "o2>o3", "o3.y>gone")).file("a.yaml", "{}\n");
        assertTrue(below.error("users.users", "a.yaml").startsWith("Renaming error: the option 'o3.y' is renamed to"
                + " 'gone', which does not exist"), below.error("users.users", "a.yaml"));
    }

    @Test
    void aRenameToAnOptionAConfigurationFileDeclaresIsNoError() {
        // only the whole configuration's declarations say whether the new path exists
        Fixture f = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>site.motd"))
                .file("a.yaml", "options:\n  site.motd: {type: str}\nconfig:\n  users.extraUsers: hi\n");
        assertEquals("\"hi\"", f.json("site.motd", "a.yaml"));
    }

    @Test
    void aRenameToAnOptionOfADisabledPluginIsARenamingErrorAsInNixOS() {
        Fixture f = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>site.motd")).plugin(new Site());
        assertEquals("\"hello\"", f.file("a.yaml", "{}\n").json("site.motd", "a.yaml"));
        // NixOS too: the rename module's definition of the new path is then undeclared
        assertTrue(f.file("b.yaml", "disabledModules: [site]\n").error("users.users", "b.yaml")
                .startsWith("Renaming error: the option 'users.extraUsers' is renamed to 'site.motd', which does not"
                        + " exist"));
    }

    /** A plugin declaring machines.&lt;name&gt;, each a nested system, as containers are. */
    private static final class Machines implements io.stead.api.ServiceModule {
        @Override
        public String name() {
            return "machines";
        }

        @Override
        public void options(io.stead.api.Options options) {
            options.add(io.stead.api.Option.of("machines", io.stead.api.Types.attrsOf(io.stead.api.Types.nestedSystem()))
                    .withDefault(java.util.Map.of()));
        }
    }

    @Test
    void aRenameToNowhereInAPluginTheHostDisablesIsStillARenamingErrorInANestedSystem() {
        // a nested system keeps every plugin, the one the host disables too: there the old
        // name's definitions would otherwise be dropped without a word
        Fixture f = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>users.userz")).plugin(new Machines())
                .file("a.yaml", "disabledModules: [renames-to]\nmachines.web.users.extraUsers.bob: 1\n");
        String renaming = "Renaming error: the option 'users.extraUsers' is renamed to 'users.userz', which does not"
                + " exist (renamed in 'test-plugin.jar!RenamesTest.java:N').\nDid you mean 'users.users'?";
        assertEquals(renaming, f.error("machines.web.users.users", "a.yaml").replaceAll("\\.java:\\d+", ".java:N"));
        // whether the old name is defined there or not, as in NixOS
        String undefined = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>users.userz"))
                .plugin(new Machines()).file("b.yaml", "disabledModules: [renames-to]\nmachines.web.users.users.bob: 1\n")
                .error("machines.web.users.users", "b.yaml");
        assertEquals(renaming, undefined.replaceAll("\\.java:\\d+", ".java:N"));
        // the host itself, without the plugin, is not concerned
        assertEquals("{}", new Fixture(dir).plugin(new RenamesTo("users.extraUsers>users.userz"))
                .plugin(new Machines()).file("c.yaml", "disabledModules: [renames-to]\n").json("machines", "c.yaml"));
    }

    @Test
    void aRenameToAValueUnderAnOptionOrToAGroupOfOptionsIsNoError() {
        Fixture under = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>users.users.root"))
                .file("a.yaml", "users.extraUsers: 0\n");
        assertEquals("{\"root\":0}", under.json("users.users", "a.yaml"));
        Fixture group = new Fixture(dir).plugin(new RenamesTo("users.extraUsers>users"))
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

    /** A submodule whose type removes and renames options of its own, as systemd.services.<name>.baseUnit. */
    private static final class UnitsWithRemovals implements io.stead.api.ServiceModule {
        @Override
        public String name() {
            return "units";
        }

        @Override
        public void options(io.stead.api.Options options) {
            options.add(io.stead.api.Option.of("units", io.stead.api.Types.attrsOf(io.stead.api.Types.submodule(
                    new io.stead.api.ModuleSpec() {
                        @Override
                        public void options(io.stead.api.Options o) {
                            o.add(io.stead.api.Option.of("text", io.stead.api.Types.str()).withDefault(""));
                            o.remove("baseUnit", "Define the unit itself instead.");
                            o.rename("body", "text");
                        }
                    }))).withDefault(java.util.Map.of()));
            options.add(io.stead.api.Option.of("copy", io.stead.api.Types.str()));
        }
    }

    @Test
    void aReferenceToARemovedOptionInsideASubmoduleNamesItsPlaceAndTheReplacement() {
        Fixture f = new Fixture(dir).plugin(new UnitsWithRemovals())
                .file("a.yaml", "units.foo.text: hi\ncopy: {$ref: units.foo.baseUnit}\n");
        assertEquals("The option 'units.foo.baseUnit' can no longer be used since it's been removed; the $ref"
                + " in 'a.yaml:2' refers to it. Define the unit itself instead.", f.error("copy", "a.yaml"));
    }

    @Test
    void aReferenceToARenamedOptionInsideASubmoduleReadsTheNewOne() {
        Fixture f = new Fixture(dir).plugin(new UnitsWithRemovals())
                .file("a.yaml", "units.foo.text: hi\ncopy: {$ref: units.foo.body}\n");
        assertEquals("\"hi\"", f.json("copy", "a.yaml"));
    }

    @Test
    void renamesInsideSubmodulesAreWarnedAboutInTheOrderOfTheirPathsNotOfReading() {
        Fixture f = new Fixture(dir).plugin(new UnitsWithRemovals()).file("a.yaml", """
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

    /** A read-only option with an old name, which a module may set once. */
    private static final class ReadOnlyRenamed implements io.stead.api.ServiceModule {
        @Override
        public String name() {
            return "read-only";
        }

        @Override
        public void options(io.stead.api.Options options) {
            options.add(io.stead.api.Option.of("ro", io.stead.api.Types.attrsOf(io.stead.api.Types.integer()))
                    .withReadOnly());
            options.rename("old", "ro");
        }
    }

    @Test
    void oneFilesAttributeSetUnderTheOldNameIsOneDefinitionOfTheNewOne() {
        // Nix's parser joins { old.x = 1; old.y = 2; } into one definition of old, which the
        // rename's module gives ro as one definition
        Fixture f = new Fixture(dir).plugin(new ReadOnlyRenamed()).file("a.yaml", "old.x: 1\nold.y: 2\n");
        assertEquals("{\"x\":1,\"y\":2}", f.json("ro", "a.yaml"));
        // and warned about once, at the first piece, where stead option shows the definition
        assertEquals(List.of("The option 'old' defined in 'a.yaml:1' has been renamed to 'ro'."),
                f.eval("a.yaml").warnings().stream().map(f::strip).toList());
        // pieces under a $merge's different parts, or in two files, are definitions of their own
        assertEquals(List.of("The option 'old' defined in 'b.yaml:2' has been renamed to 'ro'.",
                "The option 'old' defined in 'b.yaml:3' has been renamed to 'ro'.",
                "The option 'old' defined in 'c.yaml:1' has been renamed to 'ro'."),
                new Fixture(dir).plugin(new ReadOnlyRenamed()).file("b.yaml", "$merge:\n  - old.x: 1\n  - old.y: 2\n")
                        .file("c.yaml", "old.z: 3\n").eval("b.yaml", "c.yaml").warnings().stream().map(f::strip)
                        .sorted().toList());
    }

    @Test
    void theOldAndTheNewNameInOneFileAreTwoDefinitions() {
        // the file defines ro, and the rename's module defines it again from old
        Fixture f = new Fixture(dir).plugin(new ReadOnlyRenamed()).file("a.yaml", "old.x: 1\nro.y: 2\n");
        assertEquals("The option 'ro' is read-only, but it's set multiple times. Definition values:\n"
                + "- In 'a.yaml:1': {\"x\": 1}\n- In 'a.yaml:2': {\"y\": 2}", f.error("ro", "a.yaml"));
    }
}
