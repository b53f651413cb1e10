package io.stead.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval}, {@code option} and {@code build} as the contract fixes them: results on
 * stdout, exit 0; evaluation errors on stderr naming the option and file:line, exit 1.
 */
class EvaluationCommandsTest {
    @TempDir
    Path dir;
    String host;

    @BeforeEach
    void files() throws IOException {
        host = write("host.yaml", """
                networking.hostName: demo
                systemd.services.hello:
                  description: Say hello
                  wantedBy: [multi-user.target]
                  script: echo hello
                users.extraUsers.alice.uid: 1000
                """);
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void evalPrintsTheValueAsJsonOnStdout() {
        Run run = Run.of("eval", host, "--attr", "networking.hostName");
        assertEquals(0, run.code(), run.err());
        assertEquals("\"demo\"\n", run.out());
    }

    @Test
    void evalPrintsASubmoduleAsAnObjectOfItsDefinedValues() {
        Run run = Run.of("eval", host, "--attr", "users.users.alice", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("{\"createHome\":false,\"description\":\"\",\"extraGroups\":[],\"group\":\"\",\"home\":null,"
                + "\"isNormalUser\":false,\"isSystemUser\":false,\"name\":\"alice\","
                + "\"openssh\":{\"authorizedKeys\":{\"keyFiles\":[],\"keys\":[]}},\"shell\":null,\"uid\":1000}\n",
                run.out());
    }

    @Test
    void textFromTheFilesIsPrintedWithItsControlCharactersEscaped() throws IOException {
        // printed raw, a description's escape sequence cleared the terminal and coloured the rest
        String esc = write("esc.yaml", "options:\n  a: {type: str, description: \"\\e[2J\\e[31mgotcha\"}\n"
                + "config:\n  a: x\n  warnings: [\"\\e[31mred\\rline\\tok\"]\n");
        String failing = write("failing.yaml", "assertions: [{assertion: false, message: \"\\e[1mbold\"}]\n");
        Run option = Run.of("option", "a", "-c", esc);
        assertEquals(0, option.code(), option.err());
        assertTrue(option.out().contains("Description: \\u001b[2J\\u001b[31mgotcha\n"), option.out());
        Run eval = Run.of("eval", esc, "--attr", "a");
        assertEquals("warning: \\u001b[31mred\\u000dline\tok\n", eval.err());
        Run build = Run.of("build", esc, failing, "-o", dir.resolve("out").toString());
        assertTrue(build.err().contains("\\u001b[1mbold"), build.err());
        assertTrue(build.err().chars().noneMatch(c -> c == 0x1b), build.err());
    }

    @Test
    void evalSelectsAListElementByItsIndexAsNixSelectionPathsDo() throws IOException {
        String lists = write("lists.yaml", "options:\n  l: {type: listOf (attrsOf int)}\nconfig:\n"
                + "  l: [{a: 1}, {b: 2}]\n");
        Run first = Run.of("eval", lists, "--attr", "l.0", "--json");
        assertEquals(0, first.code(), first.err());
        assertEquals("{\"a\":1}\n", first.out());
        Run inside = Run.of("eval", lists, "--attr", "l.1.b");
        assertEquals(0, inside.code(), inside.err());
        assertEquals("2\n", inside.out());
        Run beyond = Run.of("eval", lists, "--attr", "l.2");
        assertEquals(1, beyond.code());
        assertEquals("", beyond.out());
        assertEquals("error: The path 'l.2' does not exist: 'l' is a list of 2 elements, selected by their"
                + " number from 0.\n", beyond.err());
        Run named = Run.of("eval", lists, "--attr", "l.x");
        assertEquals(1, named.code());
        assertEquals("error: The path 'l.x' does not exist: 'l' is a list of 2 elements, selected by their"
                + " number from 0.\n", named.err());
        String one = write("one.yaml", "options:\n  l: {type: listOf int}\nconfig:\n  l: [1]\n");
        assertEquals("error: The path 'l.1' does not exist: 'l' is a list of 1 element, selected by their"
                + " number from 0.\n", Run.of("eval", one, "--attr", "l.1").err());
    }

    @Test
    void evalOfAnUndeclaredOptionInsideASubmoduleSuggestsOneAsAtTheTop() throws IOException {
        // as 'stead option' does, and as eval does for the system's own options
        Run user = Run.of("eval", host, "--attr", "users.users.alice.hme");
        assertEquals(1, user.code());
        assertEquals("", user.out());
        assertEquals("error: The option 'users.users.alice.hme' does not exist.\n"
                + "Did you mean 'users.users.alice.home'?\n", user.err().replaceAll("(?m)^warning: .*\n", ""));
        String guest = write("guest.yaml", "containers.foo.config.services.openssh.enable: true\n");
        Run container = Run.of("eval", guest, "--attr", "containers.foo.config.services.openssh.port");
        assertEquals(1, container.code());
        assertEquals("error: The option 'containers.foo.config.services.openssh.port' does not exist.\n"
                + "Did you mean 'containers.foo.config.services.openssh.ports'?\n", container.err());
    }

    @Test
    void aMisspeltGroupOfOptionsIsSuggested() {
        Run run = Run.of("eval", host, "--attr", "services.opensh");
        assertEquals(1, run.code());
        assertEquals("error: The option 'services.opensh' does not exist.\nDid you mean 'services.openssh'?\n",
                run.err().replaceAll("(?m)^warning: .*\n", ""));
    }

    @Test
    void evalPrintsRenameWarningsOnStderr() {
        Run run = Run.of("eval", host, "--attr", "users.users.alice.uid");
        assertEquals("1000\n", run.out());
        assertEquals("warning: The option 'users.extraUsers' defined in '" + host
                + ":6' has been renamed to 'users.users'.\n", run.err());
    }

    @Test
    void theWarningsOptionHoldsTheRenameWarningsAsNixOSsConfigWarningsDoes() {
        Run run = Run.of("eval", host, "--attr", "warnings", "--json");
        assertEquals("[\"The option 'users.extraUsers' defined in '" + host
                + ":6' has been renamed to 'users.users'.\"]\n", run.out(), run.err());
    }

    @Test
    void theCoreOptionsAreDeclaredAndDefinedInTheCoreModulesOwnLines() {
        // as a plugin's options name its source line (they named the evaluator's line that
        // made the core module)
        Run run = Run.of("option", "warnings", "-c", host);
        assertTrue(run.out().matches("(?s).*  Declared by: builtin!CoreModule\\.java:\\d+\n.*"
                + "    builtin!CoreModule\\.java:\\d+ \\(priority 100\\): \\[.*"), run.out());
    }

    @Test
    void aContainersRenameWarningsComeWithItsWarningsWhicheverContainerWasReadFirst() throws IOException {
        String boxes = write("boxes.yaml", """
                options:
                  uids: {type: anything}
                config:
                  containers.zed.config:
                    users.extraUsers.z.uid: 1
                    warnings: [zed warns]
                  containers.abc.config:
                    users.extraUsers.a.uid: 2
                    warnings: [abc warns]
                  uids: [{$ref: containers.zed.config.users.users.z.uid}, {$ref: containers.abc.config.users.users.a.uid}]
                """);
        Run run = Run.of("eval", boxes, "--attr", "uids", "--json");
        assertEquals("[1,2]\n", run.out(), run.err());
        // each system's warnings in the order of their paths, as NixOS counts a rename's warning
        // among the warnings of the system that uses it, naming the options as that system does
        assertEquals("warning: in 'containers.abc.config': The option 'users.extraUsers' defined in '" + boxes
                + ":8' has been renamed to 'users.users'.\n"
                + "warning: in 'containers.abc.config': abc warns\n"
                + "warning: in 'containers.zed.config': The option 'users.extraUsers' defined in '" + boxes
                + ":5' has been renamed to 'users.users'.\n"
                + "warning: in 'containers.zed.config': zed warns\n", run.err());
    }

    @Test
    void evalErrorsExitOneWithTheOptionAndFileLineOnStderr() throws IOException {
        String bad = write("bad.yaml", "networking.hostName: 5\n");
        Run run = Run.of("eval", host, bad, "--attr", "networking.hostName");
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: A definition for option 'networking.hostName' is not of type"), run.err());
        assertTrue(run.err().contains("- In '" + bad + ":1': 5"), run.err());
    }

    @Test
    void showTraceAddsTheChainOfOptions() throws IOException {
        String cyc = write("cyc.yaml", "networking.hostName: {$ref: systemd.services.hello.description}\n"
                + "systemd.services.hello.description: {$ref: networking.hostName}\n");
        Run plain = Run.of("eval", cyc, "--attr", "networking.hostName");
        assertEquals(1, plain.code());
        assertTrue(plain.err().startsWith("error: infinite recursion encountered: 'networking.hostName' ->"
                + " 'systemd.services.hello.description' -> 'networking.hostName'"), plain.err());
        assertTrue(plain.err().contains("use --show-trace"), plain.err());
        Run traced = Run.of("eval", cyc, "--attr", "networking.hostName", "--show-trace");
        assertTrue(traced.err().contains("  while evaluating 'networking.hostName'\n"), traced.err());
    }

    @Test
    void noTraceIsOfferedWhenItWouldNameOnlyTheFailingOption() throws IOException {
        String bad = write("bad.yaml", "networking.hostName: 5\n");
        Run plain = Run.of("eval", bad, "--attr", "networking.hostName");
        assertEquals(1, plain.code());
        assertEquals("error: A definition for option 'networking.hostName' is not of type", plain.err().substring(0, 67));
        assertFalse(plain.err().contains("--show-trace"), plain.err());
        Run traced = Run.of("eval", bad, "--attr", "networking.hostName", "--show-trace");
        assertTrue(traced.err().endsWith("trace, outermost first:\n  while evaluating 'networking.hostName'\n"),
                traced.err());
    }

    @Test
    void showTraceAddsTheChainOfOptionsToOptionsValueError() throws IOException {
        String chain = write("chain.yaml", "networking.hostName: {$ref: systemd.services.hello.description}\n"
                + "systemd.services.hello.description: [5]\n");
        Run plain = Run.of("option", "networking.hostName", "-c", chain);
        assertTrue(plain.out().contains("chain.yaml:2': [5]\n  Defined by:"), plain.out());
        Run traced = Run.of("option", "networking.hostName", "-c", chain, "--show-trace");
        assertTrue(traced.out().contains("\n               trace, outermost first:\n"
                + "                 while evaluating 'networking.hostName'\n"
                + "                 while evaluating 'systemd.services.hello.description'\n  Defined by:"), traced.out());
    }

    @Test
    void statsCountModulesOptionsAndDefinitions() {
        Run run = Run.of("eval", host, "--attr", "networking.hostName", "--stats");
        assertTrue(run.err().matches("(?s).*stats: \\d+ modules, \\d+ ran \\(and \\d+ modules? of submodule types,"
                + " once each\\); \\d+ computed values?; \\d+ options? forced; \\d+ definitions? merged; [0-9.]+ s;"
                + " peak heap \\d+ MB\n"), run.err());
    }

    @Test
    void statsSayOneInTheSingular() throws IOException {
        String one = write("one.yaml", "options:\n  s: {type: {submodule: {options: {x: {type: int}}}}}\n"
                + "config:\n  s.x: 1\n");
        Run run = Run.of("eval", one, "--attr", "s", "--stats");
        assertTrue(run.err().matches("(?s)stats: \\d+ modules, \\d+ ran \\(and 1 module of submodule types, once each\\);"
                + " \\d+ computed values?; \\d+ options? forced; \\d+ definitions? merged; .*"), run.err());
    }

    @Test
    void optionShowsTypeDefaultDescriptionDeclarationValueAndDefinitions() {
        Run run = Run.of("option", "networking.hostName", "-c", host);
        assertEquals(0, run.code(), run.err());
        java.util.List<String> lines = java.util.List.of(run.out().split("\n"));
        assertEquals("networking.hostName", lines.get(0));
        assertEquals(java.util.List.of(
                "  Type:        string matching the pattern |[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?",
                "  Default:     \"\"",
                "  Example:     \"web1\""), lines.subList(1, 4));
        assertTrue(lines.get(4).startsWith("  Description: "), lines.get(4));
        assertTrue(lines.get(5).matches("  Declared by: .*NetworkingModule\\.java:\\d+"), lines.get(5));
        assertEquals(java.util.List.of("  Value:       \"demo\"", "  Defined by:",
                "    " + host + ":1 (priority 100): \"demo\""), lines.subList(6, 9));
    }

    @Test
    void optionTakesItsFilesBeforeOrAfterThePath() throws IOException {
        // -c took every word after it, the path too: "Missing required parameter: 'PATH'"
        String more = write("more.yaml", "networking.hostName: {$force: other}\n");
        Run after = Run.of("option", "networking.hostName", "-c", host, more);
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("  Value:       \"other\"\n"), after.out());
        for (Run before : List.of(Run.of("option", "-c", host, more, "networking.hostName"),
                Run.of("option", "-c", host, "-c", more, "networking.hostName"),
                Run.of("option", "-c=" + host, "--config", more, "networking.hostName"),
                Run.of("option", "-c", host, more, "--", "networking.hostName"))) {
            assertEquals(0, before.code(), before.err());
            assertEquals(after.out(), before.out());
        }
        Run none = Run.of("option", "networking.hostName", "-c");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("stead: Missing required parameter for option '--config' (FILE)\n"),
                none.err());
    }

    @Test
    void optionOfAPartOfAnOptionsValueNamesTheOptionThatHoldsIt() throws IOException {
        // it was "The option '...Environment' does not exist", of a setting the file defines
        String unit = write("unit.yaml", "systemd.services.x.serviceConfig.Environment: A=1\n");
        Run part = Run.of("option", "systemd.services.x.serviceConfig.Environment", "-c", unit);
        assertEquals(1, part.code());
        assertEquals("error: 'systemd.services.x.serviceConfig.Environment' is not an option but a part of the value"
                + " of the option 'systemd.services.x.serviceConfig' (attribute set of (boolean or signed integer or"
                + " string or list of (boolean or signed integer or string))). `stead option"
                + " systemd.services.x.serviceConfig` shows that option; `stead eval FILE... --attr"
                + " systemd.services.x.serviceConfig.Environment` prints the part.\n", part.err());
        Run scalar = Run.of("option", "networking.hostName.x");
        assertEquals("error: The option 'networking.hostName.x' does not exist: 'networking.hostName' is an option of"
                + " type string matching the pattern |[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?, whose values have"
                + " no parts.\n", scalar.err());
        // a misspelt option of a submodule's is still one that does not exist
        Run misspelt = Run.of("option", "systemd.services.x.serviceConfg", "-c", unit);
        assertEquals("error: The option 'systemd.services.x.serviceConfg' does not exist.\n"
                + "Did you mean 'systemd.services.x.serviceConfig'?\n", misspelt.err());
    }

    @Test
    void optionWithNeitherDefaultNorDefinitionSaysNoneDefinesIt() throws IOException {
        String decl = write("decl.yaml", "options:\n  greeting: {type: str}\n");
        Run run = Run.of("option", "greeting", "-c", decl);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("  Default:     (none)\n  Description: (none)\n  Declared by: " + decl + ":2\n"
                + "  Value:       (error) The option 'greeting' is used but not defined (declared in '" + decl + ":2').\n"
                + "  Defined by:  (none)\n"), run.out());
    }

    @Test
    void optionWhoseDefinitionsFailStillListsThemAsWritten() throws IOException {
        String ref = write("ref.yaml", "networking.hostName: {$ref: users.users.alice.home}\n");
        Run run = Run.of("option", "networking.hostName", "-c", ref);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("  Value:       (error) The path 'users.users.alice' does not exist: there is no"
                + " attribute 'alice' in the value of 'users.users'; the $ref in '" + ref + ":1' refers to it.\n"
                + "  Defined by:\n    " + ref + ":1 (priority 100): {\"$ref\": \"users.users.alice.home\"}\n"), run.out());
    }

    @Test
    void optionShowsADefinitionsQuotedKeysAsJsonStrings() throws IOException {
        // a key whose segment holds a '.' is written quoted: shown in a JSON-like value, its
        // quotes are escaped, or the text reads as two strings
        String units = write("units.yaml", "environment.etc:\n  \"\\\"a.conf\\\".text\": hi\n");
        Run run = Run.of("option", "environment.etc", "-c", units);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\n    " + units + ":1 (priority 100): {\"\\\"a.conf\\\".text\": \"hi\"}\n"),
                run.out());
    }

    @Test
    void optionShowsASubmodulesOptionsThroughNixosPlaceholders() throws IOException {
        // NixOS names an attrsOf element '<name>' and a listOf element '*' in its option docs
        Run user = Run.of("option", "users.users.<name>.name");
        assertEquals(0, user.code(), user.err());
        List<String> lines = List.of(user.out().split("\n"));
        assertEquals(List.of("users.users.<name>.name",
                "  Type:        string matching the pattern [^\\s\\p{Cntrl}\"'\\\\:/%]+"), lines.subList(0, 2));
        assertEquals("  Value:       \"<name>\"", lines.get(5));
        String lists = write("lists.yaml", "options:\n  l:\n    type:\n      listOf:\n        submodule:\n"
                + "          options: {x: {type: int, default: 1}}\n");
        Run element = Run.of("option", "l.*.x", "-c", lists);
        assertEquals(0, element.code(), element.err());
        assertEquals(List.of("l.*.x", "  Type:        signed integer", "  Default:     1", "  Description: (none)",
                "  Declared by: " + lists + ":6", "  Value:       1", "  Defined by:  (only the default)"),
                List.of(element.out().split("\n")));
        Run members = Run.of("option", "users.users.<name>");
        assertEquals(0, members.code(), members.err());
        assertTrue(members.out().startsWith("'users.users.<name>' is a set of options:\n"
                + "  users.users.<name>.createHome\n  users.users.<name>.description\n"), members.out());
    }

    @Test
    void optionListsTheMembersOfAGroup() {
        Run run = Run.of("option", "networking");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("'networking' is a set of options:\n  networking.hostName\n"), run.out());
    }

    @Test
    void optionOfAnUndeclaredPathSuggestsOne() {
        Run run = Run.of("option", "networking.hostname");
        assertEquals(1, run.code());
        assertEquals("error: The option 'networking.hostname' does not exist.\n"
                + "Did you mean 'networking.hostName'?\n", run.err());
    }

    @Test
    void optionOfARemovedOptionSaysWhatToUseInstead() {
        Run run = Run.of("option", "systemd.services.hello.baseUnit", "-c", host);
        assertEquals(1, run.code(), run.err());
        assertEquals("error: The option 'systemd.services.hello.baseUnit' can no longer be used since it's been"
                + " removed. A unit that systemd or a package in systemd.packages already ships is customised in"
                + " place through <unit>.d/overrides.conf: define systemd.services.<its name> with only the"
                + " settings to change.\n", run.err().replaceAll("(?m)^warning: .*\n", ""));
    }

    @Test
    void optionOfARenamedOptionSaysWhatItIsNowCalled() throws IOException {
        String old = write("old.yaml", "users.extraUsers.alice: {uid: 1000}\n");
        Run run = Run.of("option", "users.extraUsers.alice.uid", "-c", old);
        assertEquals(0, run.code(), run.err());
        java.util.List<String> lines = java.util.List.of(run.out().split("\n"));
        assertEquals(java.util.List.of("users.extraUsers.alice.uid",
                "  Alias of:    users.users.alice.uid (renamed; define that instead)"), lines.subList(0, 2));
        assertTrue(run.out().endsWith("  Value:       1000\n  Defined by:\n    " + old + ":1 (priority 100): 1000\n"),
                run.out());
        // the new name is no alias
        Run current = Run.of("option", "users.users.alice.uid", "-c", old);
        assertTrue(current.out().startsWith("users.users.alice.uid\n  Type:"), current.out());
    }

    @Test
    void optionOfAMisspeltInstanceSuggestsTheCloseOne() {
        Run run = Run.of("option", "users.users.alise.home", "-c", host);
        assertEquals(1, run.code());
        assertEquals("error: The option 'users.users.alise.home' does not exist.\n"
                + "Did you mean 'users.users.alice.home'?\n", run.err());
    }

    @Test
    void optionOfAnUndeclaredPathInsideASubmoduleSuggestsOne() {
        Run run = Run.of("option", "users.users.alice.hme", "-c", host);
        assertEquals(1, run.code());
        assertEquals("error: The option 'users.users.alice.hme' does not exist.\n"
                + "Did you mean 'users.users.alice.home'?\n", run.err());
    }

    @Test
    void buildWritesTheTreeAndPrintsItsSummaryAndHash() {
        Path out = dir.resolve("out");
        Run run = Run.of("build", host, "-o", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("etc/systemd/system/hello.service")));
        assertTrue(Files.isRegularFile(out.resolve("stead-manifest.json")));
        assertTrue(run.out().startsWith("built " + out + "\nunits written in full (1): hello.service\n"), run.out());
        assertTrue(run.out().matches("(?s).*\ntree hash: sha256:[0-9a-f]{64}\n"), run.out());
        Run again = Run.of("build", host, "-o", out.toString());
        assertEquals(run.out(), again.out(), "the same configuration builds the same tree");
    }

    @Test
    void buildProblemsNameWhereTheirOptionIsDefined() throws IOException {
        String bad = write("bad.yaml", "systemd.services.web:\n  script: \"true\"\n  environment:\n"
                + "    a-b: \"1\"\nenvironment.etc.motd:\n  text: hi\n  target: ../passwd\n");
        Run run = Run.of("build", bad, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        List<String> lines = List.of(run.err().split("\n"));
        assertEquals("error: cannot build the system (2 problems):", lines.get(0));
        // environment is also defined by the unit generator itself (its default PATH), and on
        // line 3: the variable is given on line 4, alone
        assertEquals("- 'systemd.services.web.environment.a-b' (defined in '" + bad + ":4'): an environment"
                + " variable's name is letters, digits and '_', not starting with a digit; systemd ignores any"
                + " other.", lines.get(1));
        assertEquals("- 'environment.etc.motd.target' (defined in '" + bad + ":7'): '../passwd' is not a path"
                + " relative to /etc (no leading '/', no '.' or '..').", lines.get(2));
        assertEquals(3, lines.size(), run.err());
    }

    @Test
    void aBuildProblemInsideAValueGivenThroughAPriorityNamesTheWholeOption() throws IOException {
        // a priority or condition at the entry may lose or not hold: the entry's line alone could
        // be the wrong one (here b's, which loses), so the option's definitions are named
        String a = write("a.yaml", "systemd.services.web.serviceConfig:\n  User: \"bad%c\"\n"
                + "  ExecStart: /bin/true\n");
        String b = write("b.yaml", "systemd.services.web.serviceConfig:\n  User: {$default: root}\n");
        Run run = Run.of("build", a, b, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("'" + a + ":1', '" + b + ":1'"), run.err());
    }

    @Test
    void aBuildProblemOfAnAttributeNamesTheDefinitionsOfThatAttributeOnly() throws IOException {
        // environment.etc is also defined by the openssh, users and networking modules, for
        // other files: the problem is this file's, defined in bad.yaml alone
        String bad = write("etc.yaml", "services.openssh.enable: true\nenvironment.etc.\"a.conf\":\n"
                + "  mode: \"0600\"\n");
        Run run = Run.of("build", bad, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("error: cannot build the system: 'environment.etc.\"a.conf\"' (defined in '" + bad + ":3'):"
                + " set text or source.\n", run.err());
    }

    @Test
    void aBuildProblemOfAValueTheTypeDerivedNamesTheAttributeItCameFrom() throws IOException {
        // the target defaults to the attribute's name (only its declaration gave it): the
        // mistake is the name, written in the user's file, not the declaration's code
        String bad = write("slash.yaml", "environment.etc.\"/etc/motd\".text: hi\n");
        Run run = Run.of("build", bad, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("error: cannot build the system: 'environment.etc./etc/motd.target' (defined in '" + bad
                + ":1'): '/etc/motd' is not a path relative to /etc (no leading '/', no '.' or '..').\n", run.err());
    }

    @Test
    void buildProblemsInAContainerNameTheContainerAndWhereTheOptionIsDefined() throws IOException {
        String bad = write("guest.yaml", "containers.foo.config:\n  environment.etc.motd:\n    text: hi\n"
                + "    target: /motd\n");
        Run run = Run.of("build", bad, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("error: in the container 'foo', configured at 'containers.foo.config': cannot build the"
                + " system: 'containers.foo.config.environment.etc.motd.target' (defined in '" + bad + ":4'): '/motd'"
                + " is not a path relative to /etc (no leading '/', no '.' or '..').\n", run.err());
    }

    @Test
    void aContainerInsideAContainerIsRefusedNamingWhereItIsDefined() throws IOException {
        String bad = write("nested.yaml", "containers.foo.config:\n  networking.hostName: foo\n"
                + "  containers.bar.config: {}\n");
        Run run = Run.of("build", bad, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code(), run.err());
        assertEquals("error: in the container 'foo', configured at 'containers.foo.config': cannot build the"
                + " system: 'containers.foo.config.containers.bar' (defined in '" + bad + ":3'): a container inside"
                + " a container is not built by Stead; declare it as a container of the host (containers.bar).\n",
                run.err());
        // defined as an empty set, it sets none of its options: the line is the one naming it, not
        // the container type's code that gives those options their values
        String empty = write("empty.yaml", "containers.foo.config.containers.bar: {}\n");
        Run none = Run.of("build", empty, "-o", dir.resolve("out").toString());
        assertEquals(1, none.code(), none.err());
        assertEquals("error: in the container 'foo', configured at 'containers.foo.config': cannot build the"
                + " system: 'containers.foo.config.containers.bar' (defined in '" + empty + ":1'): a container inside"
                + " a container is not built by Stead; declare it as a container of the host (containers.bar).\n",
                none.err());
    }

    @Test
    void buildRefusesToOverwriteADirectoryItDoesNotOwn() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("precious.txt"), "keep me");
        Run run = Run.of("build", host, "-o", mine.toString());
        assertEquals(4, run.code(), run.err());
        assertEquals("keep me", Files.readString(mine.resolve("precious.txt")));
    }

    @Test
    void buildKeepsAConfigurationFileKeptInsideItsPreviousTree() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Run.of("build", host, "-o", out.toString()).code());
        Path inside = Files.copy(Path.of(host), out.resolve("host.yaml"));
        Run run = Run.of("build", inside.toString(), "-o", out.toString());
        assertEquals(4, run.code(), run.err());
        assertEquals("error: " + out + " holds files that Stead did not write (host.yaml); refusing to replace"
                + " it: move them out of the tree, or build elsewhere\n", run.err());
        assertEquals(Files.readString(Path.of(host)), Files.readString(inside));
    }

    @Test
    void buildRefusingItsOutputPrintsOnlyTheRefusal() throws IOException {
        // host.yaml uses a renamed option: its warning is not worth printing when nothing was built
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("precious.txt"), "keep me");
        Run run = Run.of("build", host, "-o", mine.toString());
        assertEquals(4, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: ") && !run.err().contains("warning:"), run.err());
    }

    @Test
    void aResultIsPrintedOnlyWhenTheWarningsToo(@TempDir Path scratch) throws IOException {
        // reading the warnings is part of the command: when they are ill-typed, the command
        // fails with exit 1 and prints no result, as for any other evaluation error
        String bad = write("warnings.yaml", "warnings: 5\n");
        for (String[] args : new String[][] {
                {"eval", host, bad, "--attr", "networking.hostName"},
                {"option", "networking.hostName", "-c", host, bad},
                {"build", host, bad, "-o", scratch.resolve("out").toString()}}) {
            Run run = Run.of(args);
            assertEquals(1, run.code(), args[0] + ": " + run.err());
            assertEquals("", run.out(), args[0]);
            assertTrue(run.err().startsWith("error: A definition for option 'warnings' is not of type"),
                    args[0] + ": " + run.err());
        }
    }

    @Test
    void evalExitsOneOnAFailedAssertionAfterTheValueReadsWell() throws IOException {
        String a = write("a.yaml", "assertions: [{assertion: false, message: the sky is falling}]\n");
        Run run = Run.of("eval", host, a, "--attr", "networking.hostName");
        assertEquals(1, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals("error: Failed assertions (option 'assertions'):\n- assertion failed: the sky is falling"
                + " (asserted in '" + a + ":1')\n",
                run.err().replaceAll("(?m)^warning: .*\n", ""));
        // an error in the value asked for comes first
        String bad = write("bad.yaml", "networking.hostName: 5\n");
        Run both = Run.of("eval", host, a, bad, "--attr", "networking.hostName");
        assertTrue(both.err().startsWith("error: A definition for option 'networking.hostName' is not of type"),
                both.err());
    }

    @Test
    void buildChecksAContainersAssertionsWhichAnEvalOfAHostValueDoesNotMake() throws IOException {
        String a = write("a.yaml", "containers.foo.config.assertions:\n  - {assertion: false, message: not in here}\n");
        Run build = Run.of("build", host, a, "-o", dir.resolve("out").toString());
        assertEquals(1, build.code());
        assertEquals("error: Failed assertions (option 'containers.foo.config.assertions'):\n- assertion failed in"
                + " 'containers.foo.config': not in here (asserted in '" + a + ":2')\n",
                build.err().replaceAll("(?m)^warning: .*\n", ""));
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written");
        // evaluating a host value makes no container's system, as in NixOS
        Run eval = Run.of("eval", host, a, "--attr", "networking.hostName");
        assertEquals(0, eval.code(), eval.err());
    }

    @Test
    void buildStopsOnFailedAssertionsWithEveryMessage() throws IOException {
        String a = write("a.yaml", "assertions: [{assertion: false, message: one}, {assertion: false, message: two}]\n");
        Run run = Run.of("build", host, a, "-o", dir.resolve("out").toString());
        assertEquals(1, run.code());
        assertEquals("error: Failed assertions (option 'assertions'):\n- assertion failed: one (asserted in '" + a
                + ":1')\n- assertion failed: two (asserted in '" + a + ":1')\n",
                run.err().replaceAll("(?m)^warning: .*\n", ""));
        assertTrue(Files.notExists(dir.resolve("out")));
    }

    @Test
    void aMalformedAttributePathIsAUsageError() {
        Run eval = Run.of("eval", host, "--attr", "a..b");
        assertEquals(2, eval.code(), eval.err());
        assertTrue(eval.err().startsWith("stead: Invalid value for option '--attr': 'a..b' is not an attribute path:"
                + " empty segment in path: a..b"), eval.err());
        Run option = Run.of("option", "a..b");
        assertEquals(2, option.code(), option.err());
    }

    @Test
    void aFileArgumentThatIsNoPathIsAUsageError() {
        // (the converter is Stead's own: picocli's called Paths.get by reflection, 7 ms cold)
        for (String[] args : new String[][] {{"eval", "a\0.yaml"}, {"build", "a\0.yaml", "-o", "out"},
                {"build", host, "-o", "o\0ut"}, {"option", "x", "-c", "a\0.yaml"}}) {
            Run run = Run.of(args);
            assertEquals(2, run.code(), run.err());
            assertTrue(run.err().contains("'a\0.yaml' is not a path: Nul character not allowed")
                    || run.err().contains("'o\0ut' is not a path: Nul character not allowed"), run.err());
        }
        Run run = Run.of("eval", "-I", "d\0ir", host);
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().startsWith("stead: Invalid value for option '--plugin-dir' (DIR): 'd\0ir' is not a path:"),
                run.err());
    }

    @Test
    void aRootThatIsNoDirectoryIsAUsageError() throws IOException {
        // a mistyped root read as one with nothing installed, and built another tree without a word
        Path out = dir.resolve("out");
        Run missing = Run.of("build", host, "-o", out.toString(), "--root", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code(), missing.err());
        assertEquals("stead: Invalid value for option '--root': '" + dir.resolve("nowhere") + "' is not a"
                + " directory: it does not exist\nTry 'stead build --help' for more information.\n", missing.err());
        Run file = Run.of("build", host, "-o", out.toString(), "--root", host);
        assertEquals(2, file.code(), file.err());
        assertTrue(file.err().startsWith("stead: Invalid value for option '--root': '" + host + "' is not a"
                + " directory\n"), file.err());
        assertFalse(Files.exists(out));
        assertEquals(0, Run.of("build", host, "-o", out.toString(), "--root", dir.toString()).code());
    }
}
