package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.OptionPath;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Loading files: formats, paths, module forms, imports, disabledModules, directive syntax, malformed input. */
class LoadingTest {
    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void declare() {
        f = new Fixture(dir).file("decl.yaml", """
                options:
                  a.b.c: {type: int}
                  list: {type: listOf int, default: []}
                  '"x.y"': {type: str}
                  units: {type: attrsOf str, default: {}}
                """);
    }

    @Test
    void dottedAndNestedPathsMeanTheSame() {
        f.file("nested.yaml", "a: {b: {c: 1}}\n").file("dotted.yaml", "a.b.c: 1\n").file("mixed.json",
                "{\"a.b\": {\"c\": 1}}");
        assertEquals("1", f.json("a.b.c", "decl.yaml", "nested.yaml"));
        assertEquals("1", f.json("a.b.c", "decl.yaml", "dotted.yaml"));
        assertEquals("1", f.json("a.b.c", "decl.yaml", "mixed.json"));
    }

    @Test
    void aStringWithHalfASurrogatePairIsAnErrorAtItsLine() {
        // JSON's and YAML's escapes can write one half of a pair, which is no character
        f.file("half.json", "{\"units\": {\"a\": \"x\\ud800\"}}");
        assertEquals("half.json:1:17: has a string holding \\ud800, half of a UTF-16 surrogate pair, which is no"
                + " character; write the character itself, or both halves of its pair",
                f.error("units", "decl.yaml", "half.json"));
        f.file("key.yaml", "units:\n  \"\\udc00\": x\n");
        assertEquals("key.yaml:2:3: has a string holding \\udc00, half of a UTF-16 surrogate pair, which is no"
                + " character; write the character itself, or both halves of its pair",
                f.error("units", "decl.yaml", "key.yaml"));
        f.file("half.yaml", "units:\n  a: \"\\ud83d\"\n");
        assertTrue(f.error("units", "decl.yaml", "half.yaml").startsWith("half.yaml:2:6: has a string holding"
                + " \\ud83d, half"));
        // both halves are the character
        f.file("pair.json", "{\"units\": {\"a\": \"\\ud83d\\ude00\"}}");
        assertEquals("{\"a\":\"\ud83d\ude00\"}", f.json("units", "decl.yaml", "pair.json"));
    }

    @Test
    void loadErrorsStayOnOneLineAndSayWhatTheFileHolds() {
        // a key holding a newline was printed raw, breaking the message over lines
        f.file("nl.json", "{\"units\": {\"ok\": \"x\", \"$x\\ny\": \"z\"}}");
        assertEquals("nl.json:1:23: in the definition of 'units':"
                + " the key '$x\\ny' starts with '$' but is not the first key of its object, so it is"
                + " not a directive; write '$$x\\ny' for a literal key", f.error("units", "decl.yaml", "nl.json"));
        // a tag with no value
        f.file("tag.yaml", "a.b.c: !!int\n");
        assertEquals("tag.yaml:1:8: is tagged !!int, but the empty value is not an integer",
                f.error("a", "decl.yaml", "tag.yaml"));
        f.file("blank.yaml", "a.b.c: !!int \"  \"\n");
        assertEquals("blank.yaml:1:8: is tagged !!int, but \"  \" is not an integer", f.error("a", "decl.yaml", "blank.yaml"));
        // Jackson's words for its own settings and classes are left out
        f.file("mismatch.json", "{\"units\": [1}}");
        assertEquals("mismatch.json:1:13: is not valid JSON: Unexpected close marker '}': expected ']' (for the list"
                + " opened at line 1, column 11)", f.error("units", "decl.yaml", "mismatch.json"));
        f.file("binary.yaml", "units:\n  a: !!binary .\n");
        assertEquals("binary.yaml:2:16: is not valid YAML: a value tagged !!binary is not base64 text (such as aGk=)",
                f.error("units", "decl.yaml", "binary.yaml"));
        // valid YAML that the reader does not take, said without the parser's class names
        f.file("alias.yaml", "units:\n  &k a: x\n  *k : y\n");
        assertEquals("alias.yaml:3:5: is not valid YAML: an alias (*name) cannot be a key; write the key itself",
                f.error("units", "decl.yaml", "alias.yaml"));
    }

    @Test
    void optionsThatAreNotDeclarationsSayWhatADeclarationIs() {
        f.file("null.yaml", "options: null\n");
        assertEquals("null.yaml:1:10: 'options' must be an attribute set of declarations (name: {type: ...}), not"
                + " null", f.error("list", "decl.yaml", "null.yaml"));
        // a dotted path into a declaration's fields declares an option of that name
        f.file("dotted.yaml", "options.u.type: int\n");
        assertEquals("dotted.yaml:1:17: the options under 'u.type' must be an attribute set of declarations (name:"
                + " {type: ...}), not a string; 'type' is a field of a declaration, written in its object:"
                + " u: {type: ...}", f.error("list", "decl.yaml", "dotted.yaml"));
    }

    @Test
    void quotedSegmentsMayContainDotsAndQuotes() {
        f.file("q.yaml", """
                '"x.y"': hello
                units."foo.service": one
                'units."say \\"hi\\""': two
                """);
        assertEquals("\"hello\"", f.json("\"x.y\"", "decl.yaml", "q.yaml"));
        assertEquals("{\"foo.service\":\"one\",\"say \\\"hi\\\"\":\"two\"}", f.json("units", "decl.yaml", "q.yaml"));
    }

    @Test
    void twoDefinitionsOfOnePathInOneFileAreTwoDefinitions() {
        f.file("twice.yaml", """
                list: [1]
                list: [2]
                """);
        assertEquals("[1,2]", f.json("list", "decl.yaml", "twice.yaml"));
    }

    @Test
    void shorthandAndFullFormsMeanTheSame() {
        f.file("short.yaml", "a.b.c: 5\n").file("full.yaml", "config:\n  a.b.c: 5\n");
        assertEquals(f.json("a.b.c", "decl.yaml", "short.yaml"), f.json("a.b.c", "decl.yaml", "full.yaml"));
    }

    @Test
    void fullFormRefusesDefinitionsBesideConfig() {
        f.file("bad.yaml", "config: {}\na.b.c: 1\n");
        assertEquals("bad.yaml:2:1: unknown top-level key 'a.b.c': a module with 'options' or 'config'"
                + " keeps its definitions under 'config'", f.error("a.b.c", "decl.yaml", "bad.yaml"));
    }

    @Test
    void dottedOptionsAndConfigKeysAreTheFullForm() {
        // Nix reads { options.n = ...; config.n = ...; } as the full form
        f.file("dotted.yaml", """
                options.n: {type: int}
                '"config".list': [2]
                config.n: 3
                config: {a.b.c: 4}
                """);
        assertEquals("3", f.json("n", "decl.yaml", "dotted.yaml"));
        assertEquals("[2]", f.json("list", "decl.yaml", "dotted.yaml"));
        assertEquals("4", f.json("a.b.c", "decl.yaml", "dotted.yaml"));
        f.file("beside.yaml", "config.list: [1]\nlist: [2]\n");
        assertEquals("beside.yaml:2:1: unknown top-level key 'list': a module with 'options' or 'config' keeps its"
                + " definitions under 'config'", f.error("list", "decl.yaml", "beside.yaml"));
        f.file("directive.yaml", "config: {$if: flag, then: {list: [1]}}\nconfig.a.b.c: 1\n");
        assertEquals("directive.yaml:1:1: 'config' is a directive here, so the dotted keys 'config.*' beside it"
                + " cannot add to it; write them inside it", f.error("list", "decl.yaml", "directive.yaml"));
    }

    @Test
    void aSubmodulesDottedOptionsAndConfigKeysAreItsOptionsAndConfig() {
        // as types.submodule { options.x = ...; config.y = ...; } in Nix
        f.file("sub.yaml", """
                options:
                  s:
                    type:
                      submodule:
                        options.x: {type: int}
                        options:
                          y: {type: int, default: 1}
                        config.y: 2
                    default: {x: 3}
                """);
        assertEquals("{\"x\":3,\"y\":2}", f.json("s", "sub.yaml"));
    }

    @Test
    void aMisspeltModuleKeyIsNamed() {
        // as in NixOS, a shorthand module's unknown key is a definition; the hint says what was meant
        f.file("imp.yaml", "import: [x.yaml]\n").file("opt.yaml", "list: [1]\noption:\n  n: {type: int}\n")
                .file("full.yaml", "options: {}\nimport: [x.yaml]\n");
        assertEquals("The option 'import' does not exist. Definition values:\n- In 'imp.yaml:1': [\"x.yaml\"]\n"
                + "Did you mean the module key 'imports'?", f.error("list", "decl.yaml", "imp.yaml"));
        assertEquals("The option 'option' does not exist. Definition values:\n- In 'opt.yaml:2': {\"n\": {\"type\":"
                + " \"int\"}}\nDid you mean the module key 'options'?", f.error("list", "decl.yaml", "opt.yaml"));
        assertEquals("full.yaml:2:1: unknown top-level key 'import': a module with 'options' or 'config' keeps its"
                + " definitions under 'config'; did you mean 'imports'?", f.error("list", "decl.yaml", "full.yaml"));
        // an option's own name is suggested first
        f.file("lst.yaml", "lis: [1]\n");
        assertEquals("The option 'lis' does not exist. Definition values:\n- In 'lst.yaml:1': [1]\n"
                + "Did you mean 'list'?", f.error("list", "decl.yaml", "lst.yaml"));
    }

    @Test
    void importsAreRelativeToTheImportingFileAndCountedOnce() {
        f.file("sub/one.yaml", "imports: [two.yaml, ../sub/two.yaml]\nlist: [1]\n")
                .file("sub/two.yaml", "list: [2]\n")
                .file("top.yaml", "imports: [sub/one.yaml, ./sub/two.yaml]\n");
        assertEquals("[2,1]", f.json("list", "decl.yaml", "top.yaml"));
    }

    @Test
    void aMissingImportNamesTheImportingFile() {
        f.file("top.yaml", "imports: [nope.yaml]\n");
        assertEquals("top.yaml:1: imports 'nope.yaml', which does not exist", f.error("list", "decl.yaml", "top.yaml")
                .replace(dir.toString() + "/", ""));
    }

    @Test
    void aMissingImportNamesTheLineOfItsEntry() {
        f.file("sub/ok.yaml", "list: [1]\n").file("top.yaml", """
                list: [2]
                imports:
                  - sub/ok.yaml
                  - nope.yaml
                """);
        assertEquals("top.yaml:4: imports 'nope.yaml', which does not exist", f.error("list", "decl.yaml", "top.yaml"));
        f.file("sub/nested.yaml", "imports:\n  - ok.yaml\n  - gone.json\n").file("outer.yaml", "imports: [sub/nested.yaml]\n");
        assertEquals("sub/nested.yaml:3: imports 'gone.json', which does not exist",
                f.error("list", "decl.yaml", "outer.yaml"));
    }

    @Test
    void aBadImportIsShownAsWrittenInTheImportingFile() {
        f.file("hosts/sub/x.yaml", "list: [1]\n").file("hosts/idir.yaml", "imports: [../hosts/sub/]\n")
                .file("hosts/dot.yaml", "imports: [./nothere.yaml]\n");
        assertEquals("hosts/idir.yaml:1: imports '../hosts/sub/', which is a directory; import the files in it",
                f.error("list", "decl.yaml", "hosts/idir.yaml"));
        assertEquals("hosts/dot.yaml:1: imports './nothere.yaml', which does not exist",
                f.error("list", "decl.yaml", "hosts/dot.yaml"));
    }

    @Test
    void aMissingImportBesideAFileOfACloseNameSuggestsIt() {
        f.file("common/ssh.yaml", "list: [1]\n").file("top.yaml", "imports: [common/ssh.yml]\n")
                .file("typo.yaml", "imports: [./common/shh.yaml]\n");
        assertEquals("top.yaml:1: imports 'common/ssh.yml', which does not exist; did you mean 'common/ssh.yaml'?",
                f.error("list", "decl.yaml", "top.yaml"));
        assertEquals("typo.yaml:1: imports './common/shh.yaml', which does not exist;"
                + " did you mean './common/ssh.yaml'?", f.error("list", "decl.yaml", "typo.yaml"));
    }

    @Test
    void anImportOfAnotherKindOfFileNamesTheImportingFile() {
        f.file("notes.txt", "hello\n").file("top.yaml", "list: [2]\nimports: [notes.txt]\n");
        assertEquals("top.yaml:2: imports 'notes.txt', which is not a configuration file: its name must end in .json,"
                + " .yaml or .yml", f.error("list", "decl.yaml", "top.yaml"));
    }

    @Test
    void disabledModulesLeaveOutAFileAndWhatOnlyItImports() {
        f.file("one.yaml", "imports: [two.yaml]\nlist: [1]\n").file("two.yaml", "list: [2]\n")
                .file("three.yaml", "list: [3]\n")
                .file("top.yaml", "imports: [one.yaml, three.yaml]\ndisabledModules: [one.yaml]\n");
        assertEquals("[3]", f.json("list", "decl.yaml", "top.yaml"));
    }

    @Test
    void disabledModulesLeaveOutAPluginModuleByName() {
        f.plugin(new TestModules.Greeting()).file("top.yaml", "disabledModules: [greeting]\n");
        String error = f.error("greeting.text", "top.yaml");
        assertEquals("The option 'greeting.text' does not exist.", error);
    }

    @Test
    void aDisabledPluginDoesNotRunSoABrokenOneCanBeDisabled() {
        // NixOS does not evaluate a disabled module at all: disabling is how one gets past it
        TestModules.FailsToRecord broken = new TestModules.FailsToRecord();
        f.plugin(broken).plugin(new TestModules.Greeting())
                .file("top.yaml", "disabledModules: [fails-to-record]\ngreeting.enable: true\n");
        Evaluation e = f.eval("top.yaml");
        assertEquals("hello", e.get("greeting.text"));
        assertEquals(0, broken.configRuns.get(), "the disabled plugin's code never ran");
        assertEquals(3, e.stats().modulesRun(), "the evaluator's own module, greeting and top.yaml ran");
        assertEquals("The option 'fragile.value' does not exist.", f.error("fragile.value", "top.yaml"));
        // not disabled, it fails the evaluation, naming where it comes from
        TestModules.FailsToRecord again = new TestModules.FailsToRecord();
        String error = new Fixture(dir).plugin(again).file("plain.yaml", "{}\n").error("fragile.value", "plain.yaml");
        assertTrue(error.contains("cannot start here"), error);
        assertEquals(1, again.configRuns.get());
    }

    @Test
    void aDisabledModulesEntryThatDisablesNothingIsSaidWithItsLineAndTheClosestName() {
        f.plugin(new TestModules.Greeting()).file("top.yaml", "list: [1]\ndisabledModules:\n  - greting\n"
                + "  - gone.yaml\n  - greeting\n");
        assertEquals(List.of("disabledModules in 'top.yaml:3': 'greting' names no module of this configuration, so it"
                        + " disables nothing; did you mean 'greeting'?",
                "disabledModules in 'top.yaml:4': 'gone.yaml' names no module of this configuration, so it disables"
                        + " nothing"),
                f.eval("decl.yaml", "top.yaml").warnings().stream().map(f::strip).toList());
        // the entry as written, its control characters escaped: the warning keeps to its line
        f.file("nl.json", "{\"disabledModules\": [\"gree\\nting\"]}");
        assertEquals(List.of("disabledModules in 'nl.json:1': 'gree\\nting' names no module of this configuration, so"
                + " it disables nothing; did you mean 'greeting'?"), f.eval("decl.yaml", "nl.json").warnings().stream().map(f::strip).toList());
    }

    @Test
    void everyDirectiveIsRead() {
        f.file("prio.yaml", """
                list:
                  $merge:
                    - {$default: [100]}
                    - {$force: [1]}
                    - {$override: 50, value: [2]}
                    - [3]
                """).file("order.yaml", """
                options:
                  flag: {type: bool, default: true}
                config:
                  list:
                    $merge:
                      - {$default: [100]}
                      - {$if: flag, then: {$after: [4]}}
                      - {$if: "!flag", then: [99]}
                      - {$order: 700, value: [5]}
                      - {$before: [3]}
                  a.b.c: {$ref: units.n}
                  units.n: "7"
                """).file("ref.yaml", "units.n: 7\n");
        assertEquals("[1,2]", f.json("list", "decl.yaml", "prio.yaml"));
        assertEquals("[3,5,4]", f.json("list", "decl.yaml", "order.yaml"));
    }

    @Test
    void refReadsTheFinalValueOfAnotherOption() {
        f.file("ref.yaml", """
                options:
                  n: {type: int}
                config:
                  a.b.c: {$ref: n}
                  n: 7
                """);
        assertEquals("7", f.json("a.b.c", "decl.yaml", "ref.yaml"));
    }

    @Test
    void doubleDollarWritesALiteralDollarKey() {
        f.file("d.yaml", "units: {$$HOME: /root, plain: x}\n");
        assertEquals("{\"$HOME\":\"/root\",\"plain\":\"x\"}", f.json("units", "decl.yaml", "d.yaml"));
    }

    @Test
    void anUnknownDirectiveIsAnError() {
        f.file("d.yaml", "list: {$when: flag, then: [1]}\n");
        assertEquals("d.yaml:1:8: in the definition of 'list':"
                + " unknown directive '$when'; the directives are $after, $before, $default,"
                + " $force, $if, $merge, $order, $override, $ref (write '$$when' for a literal key)",
                f.error("list", "decl.yaml", "d.yaml"));
    }

    @Test
    void aMistypedDirectiveGetsTheCloseOne() {
        f.file("case.yaml", "list: {$Force: [1]}\n").file("typo.yaml", "units: {$deafult: {}}\n")
                .file("iff.yaml", "list: {$iff: flag, then: [1]}\n");
        assertEquals("case.yaml:1:8: in the definition of 'list': unknown directive '$Force'; did you mean '$force'?"
                + " (write '$$Force' for a literal key)", f.error("list", "decl.yaml", "case.yaml"));
        assertEquals("typo.yaml:1:9: in the definition of 'units':"
                + " unknown directive '$deafult'; did you mean '$default'?"
                + " (write '$$deafult' for a literal key)", f.error("units", "decl.yaml", "typo.yaml"));
        assertEquals("iff.yaml:1:8: in the definition of 'list': unknown directive '$iff'; did you mean '$if'?"
                + " (write '$$iff' for a literal key)", f.error("list", "decl.yaml", "iff.yaml"));
    }

    @Test
    void aDirectiveWithAStrayKeyIsAnError() {
        f.file("d.yaml", "list: {$if: flag, then: [1], also: [2]}\n");
        assertEquals("d.yaml:1:30: in the definition of 'list': '$if' takes only the key 'then' beside it, not 'also'",
                f.error("list", "decl.yaml", "d.yaml"));
    }

    @Test
    void anElseBesideAnIfSaysHowToWriteOne() {
        f.file("d.yaml", "list: {$if: flag, then: [1], else: [2]}\n")
                .file("n.yaml", "list:\n  $if: \"!flag\"\n  else: [2]\n")
                .file("l.yaml", "list: {$if: [a, b], else: [2]}\n");
        assertEquals("d.yaml:1:30: in the definition of 'list':"
                + " '$if' takes only the key 'then' beside it, not 'else'; for an else, write a"
                + " second '$if' with the negated condition: {$merge: [{$if: flag, then: ...},"
                + " {$if: \"!flag\", then: ...}]}", f.error("list", "decl.yaml", "d.yaml"));
        assertEquals("n.yaml:3:3: in the definition of 'list':"
                + " '$if' takes only the key 'then' beside it, not 'else'; for an else, write a"
                + " second '$if' with the negated condition: {$merge: [{$if: \"!flag\", then: ...},"
                + " {$if: flag, then: ...}]}", f.error("list", "decl.yaml", "n.yaml"));
        assertEquals("l.yaml:1:21: in the definition of 'list':"
                + " '$if' takes only the key 'then' beside it, not 'else'; '$if' has no else:"
                + " write a second '$if' for the opposite case", f.error("list", "decl.yaml", "l.yaml"));
    }

    @Test
    void aDirectivesValueGivenTwiceIsAnError() {
        // the second would be dropped without a word
        f.file("flag.yaml", "options.flag: {type: bool, default: true}\n")
                .file("then.yaml", "list:\n  $if: flag\n  then: [1]\n  then: [2]\n")
                .file("value.yaml", "list: {$override: 50, value: [1], value: [2]}\n");
        assertEquals("then.yaml:4:3: in the definition of 'list':"
                + " gives 'then' a second time (first on line 3); give it once",
                f.error("list", "decl.yaml", "flag.yaml", "then.yaml"));
        assertEquals("value.yaml:1:35: in the definition of 'list':"
                + " gives 'value' a second time (first on line 1); give it once",
                f.error("list", "decl.yaml", "value.yaml"));
    }

    @Test
    void malformedYamlGetsTheParsersLineAndColumnAndASentence() {
        f.file("bad.yaml", "a:\n  b: 1\n c: 2\n");
        assertEquals("bad.yaml:3:2: is not valid YAML: expected <block end>, but found '<block mapping start>'"
                + " (while parsing a block mapping)", f.error("list", "decl.yaml", "bad.yaml"));
    }

    @Test
    void malformedYamlIsPlacedWhereTheProblemIsNotAtTheLastGoodToken() {
        // a tab indenting line 3, and an '@' at column 4: Jackson's own position is that of the
        // token before ("2:2", "1:2"), which sends the reader to the wrong line
        f.file("tab.yaml", "list: [1]\nunits:\n\tx: y\n").file("at.yaml", "list: @x\n");
        assertEquals("tab.yaml:3:1: is not valid YAML: found character '\\t(TAB)' that cannot start any token."
                + " (Do not use \\t(TAB) for indentation) (while scanning for the next token)",
                f.error("list", "decl.yaml", "tab.yaml"));
        assertEquals("at.yaml:1:7: is not valid YAML: found character '@' that cannot start any token."
                + " (Do not use @ for indentation) (while scanning for the next token)",
                f.error("list", "decl.yaml", "at.yaml"));
    }

    @Test
    void malformedJsonGetsTheParsersLineAndColumnAndASentence() {
        f.file("bad.json", "{\n  \"list\": [1,\n}\n");
        assertEquals("bad.json:3:1: is not valid JSON: Unexpected character ('}' (code 125)): expected a value",
                f.error("list", "decl.yaml", "bad.json"));
    }

    @Test
    void yamlAliasesStandForTheNodesTheirAnchorsName() {
        f.file("anchors.yaml", """
                units: &common {a: x, b: y}
                list: &ports [1, 2]
                units: *common
                list: *ports
                """)
                .file("aliases.yaml", "list: *ports\n")
                .file("scalar.yaml", "list: [&one 1, *one]\n");
        // each alias is one more definition of the same value
        assertEquals("{\"a\":\"x\",\"b\":\"y\"}", f.json("units", "decl.yaml", "anchors.yaml"));
        assertEquals("[1,2,1,2]", f.json("list", "decl.yaml", "anchors.yaml"));
        assertEquals("[1,1]", f.json("list", "decl.yaml", "scalar.yaml"));
        f.file("value.yaml", "'\"x.y\"': &greeting hello\nunits.a: *greeting\n");
        assertEquals("{\"a\":\"hello\"}", f.json("units", "decl.yaml", "value.yaml"));
        // an anchor is local to its file, as in YAML
        assertEquals("aliases.yaml:1:7: refers to the anchor '&ports', which is not defined before it",
                f.error("list", "decl.yaml", "aliases.yaml"));
    }

    @Test
    void nestedAliasesStandingForTooManyValuesAreRefusedAtTheAliasBeyondTheLimit() {
        // a "billion laughs": nine lines that stood for 10^9 values ran four minutes, then out of memory
        StringBuilder laughs = new StringBuilder("a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String alias = "*" + (char) (level - 1);
            laughs.append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, alias))).append("]\n");
        }
        f.file("laughs.yaml", laughs.toString());
        // b to e stand for 133,440 values; the eighth alias of e on line 6 goes beyond a million
        assertEquals("laughs.yaml:6:36: has aliases that stand for more than 1000000 values in all, more than"
                + " Stead expands in one file (does an anchor's value use aliases of its own?)",
                f.error("list", "decl.yaml", "laughs.yaml"));
    }

    @Test
    void yamlMergeKeysSupplyTheKeysNotGiven() {
        f.file("merge.yaml", """
                base: &base {a: base, b: base}
                more: &more {b: more, c: more}
                units:
                  <<: [*base, *more]
                  a: own
                """).file("decl3.yaml", "options:\n  base: {type: anything}\n  more: {type: anything}\n");
        assertEquals("{\"a\":\"own\",\"b\":\"base\",\"c\":\"more\"}",
                f.json("units", "decl.yaml", "decl3.yaml", "merge.yaml"));
    }

    @Test
    void aModuleKeyOrDeclarationFieldGivenTwiceIsAnError() {
        // a definition given twice is two definitions; these would silently replace each other
        f.file("twice.yaml", "config:\n  list: [1]\nconfig:\n  list: [2]\n");
        assertEquals("twice.yaml:3:1: gives 'config' a second time (first on line 1); give it once",
                f.error("list", "decl.yaml", "twice.yaml"));
        f.file("twice.json", "{\"options\": {\"n\": {\"type\": \"int\", \"default\": 1, \"default\": 2}}}");
        assertEquals("twice.json:1:49: gives 'default' a second time (first on line 1); give it once",
                f.error("list", "decl.yaml", "twice.json"));
    }

    @Test
    void aMisspelledDeclarationFieldIsNamed() {
        f.file("typo.yaml", "options:\n  o: {type: str, default: x, descrption: text}\n");
        assertEquals("typo.yaml:2:30: the declaration of 'o' has no field 'descrption'; did you mean 'description'?",
                f.error("list", "decl.yaml", "typo.yaml"));
    }

    @Test
    void aFloatBeyondDoubleRangeIsAnError() {
        f.file("decl-f.yaml", "options:\n  ratio: {type: float}\n").file("huge.yaml", "ratio: 1e400\n");
        assertEquals("huge.yaml:1:8: has a number too large for a 64-bit float: 1e400",
                f.error("ratio", "decl-f.yaml", "huge.yaml"));
    }

    @Test
    void dollarKeysMeanTheSameNestedAndDotted() {
        f.file("d.yaml", "units: {$$x: nested}\n").file("e.yaml", "units.$$y: dotted\n");
        assertEquals("{\"$x\":\"nested\",\"$y\":\"dotted\"}", f.json("units", "decl.yaml", "d.yaml", "e.yaml"));
        f.file("late.yaml", "list: [1]\n$default: {list: [2]}\n");
        assertEquals("late.yaml:2:1: the key '$default' starts with '$' but is not the first key of its object,"
                + " so it is not a directive; write '$$default' for a literal key", f.error("list", "decl.yaml", "late.yaml"));
        f.file("opt.yaml", "options:\n  $foo: {type: int}\n");
        assertEquals("opt.yaml:2:3: declares '$foo', but a key starting with '$' is a directive; write '$$foo' for"
                + " an option named so", f.error("list", "decl.yaml", "opt.yaml"));
    }

    @Test
    void doubleDollarMeansADollarInConditionsAsInRefs() {
        f.file("d.yaml", """
                options:
                  $$on: {type: bool, default: true}
                  on2: {type: bool}
                config:
                  list: {$if: "$$on", then: [1]}
                  on2: {$ref: "$$on"}
                """);
        assertEquals("[1]", f.json("list", "decl.yaml", "d.yaml"));
        assertEquals("true", f.json("on2", "decl.yaml", "d.yaml"));
    }

    @Test
    void aDefinitionShownInAMessageWritesADollarAsAFileDoes() {
        // a definition's key, $ref or $if was shown with the names it reads, a '$' starting a
        // segment unescaped, which a file reads otherwise: a key "$y" first in its object is a
        // directive, and a $ref "$$z" names the option '$z', not '$$z'
        f.file("d.yaml", """
                options:
                  $$n: {type: int, default: 1}
                  $$$z: {type: str}
                config:
                  units: {$$x: {a.$$y: 1}}
                  '"x.y"': {$ref: "$$$z"}
                  $$$z: {$ref: '"x.y"'}
                  list: {$if: "$$n", then: [1]}
                """);
        assertEquals("A definition for option 'units.$x' is not of type 'string'. Definition values:\n"
                + "- In 'd.yaml:5': {\"a.$$y\": 1}", f.error("units", "decl.yaml", "d.yaml"));
        assertTrue(f.error("\"x.y\"", "decl.yaml", "d.yaml").contains("- In 'd.yaml:6': {\"$ref\": \"$$$z\"}\n"));
        assertEquals("The condition '$$n' of the $if in 'd.yaml:8' is not a boolean but 1.",
                f.error("list", "decl.yaml", "d.yaml"));
    }

    @Test
    void aConditionOnAnOptionWhoseNameStartsWithABangIsShownQuoted() {
        // shown as !flag it would read back as the negation of 'flag'
        Fixture f = new Fixture(dir).file("b.yaml", """
                options:
                  '"!flag"': {type: int, default: 1}
                  out: {type: listOf int, default: []}
                config:
                  out: {$if: '"!flag"', then: [1]}
                """);
        assertEquals("The condition '\"!flag\"' of the $if in 'b.yaml:5' is not a boolean but 1.",
                f.error("out", "b.yaml"));
    }

    @Test
    void aSingleImportWrittenAsAStringIsShownAsAList() {
        f.file("common/users.yaml", "list: [1]\n").file("hosts/one.yaml", "imports: ../common/users.yaml\n")
                .file("off.yaml", "list: [2]\ndisabledModules: greeting\n")
                .file("one.json", "{\"imports\": \"common/users.yaml\"}")
                .file("map.yaml", "imports: {a: b}\n");
        assertEquals("hosts/one.yaml:1:1: 'imports' takes a list of strings, not a string;"
                + " write it as a list: imports: [../common/users.yaml]", f.error("list", "decl.yaml", "hosts/one.yaml"));
        assertEquals("off.yaml:2:1: 'disabledModules' takes a list of strings, not a string;"
                + " write it as a list: disabledModules: [greeting]", f.error("list", "decl.yaml", "off.yaml"));
        assertEquals("one.json:1:2: 'imports' takes a list of strings, not a string;"
                + " write it as a list: \"imports\": [\"common/users.yaml\"]", f.error("list", "decl.yaml", "one.json"));
        assertEquals("map.yaml:1:1: 'imports' takes a list of strings, not an attribute set",
                f.error("list", "decl.yaml", "map.yaml"));
    }

    @Test
    void aJsonValueIsPlacedAtItsFirstCharacter() {
        // Jackson's token column is one past it: the 5 was placed at column 15, the list at 4
        f.file("five.json", "{\"imports\": [5]}").file("list.json", "\n  []");
        assertEquals("five.json:1:14: 'imports' takes a list of strings, not a number",
                f.error("list", "decl.yaml", "five.json"));
        assertEquals("list.json:2:3: a module must be an attribute set (with imports, options, config, or"
                + " definitions), not a list", f.error("list", "decl.yaml", "list.json"));
    }

    @Test
    void anImportMustNameAFile() {
        f.file("blank.yaml", "imports: [\"\"]\n");
        assertEquals("blank.yaml:1:11: 'imports' holds an empty string, which names no file or module",
                f.error("list", "decl.yaml", "blank.yaml"));
        f.file("nul.yaml", "imports: [\"common\\0.yaml\"]\n").file("off.yaml", "disabledModules: [\"x/\\0\"]\n");
        assertEquals("nul.yaml:1:11: 'imports' holds a string with a NUL character (\"common\\u0000.yaml\"), which"
                + " names no file or module", f.error("list", "decl.yaml", "nul.yaml"));
        assertEquals("off.yaml:1:19: 'disabledModules' holds a string with a NUL character (\"x/\\u0000\"), which"
                + " names no file or module", f.error("list", "decl.yaml", "off.yaml"));
        f.file("sub/inner.yaml", "list: [1]\n").file("dir.yaml", "imports: [sub]\n");
        assertEquals("dir.yaml:1: imports 'sub', which is a directory; import the files in it",
                f.error("list", "decl.yaml", "dir.yaml"));
    }

    @Test
    void aQuotedSegmentEndsAtADot() {
        f.file("q.yaml", "units.\"x\"y: z\n");
        assertEquals("q.yaml:1:1: the key 'units.\"x\"y' is not an attribute path: a quoted segment must end at a"
                + " '.' or at the end, in path: units.\"x\"y", f.error("units", "decl.yaml", "q.yaml"));
    }

    @Test
    void aDirectiveMustNameAnOption() {
        f.file("c.yaml", "list: {$if: \"!\", then: [1]}\n");
        assertEquals("c.yaml:1:13: in the definition of 'list':"
                + " the condition '!' names no option", f.error("list", "decl.yaml", "c.yaml"));
        f.file("r.yaml", "list: {$ref: \"\"}\n");
        assertEquals("r.yaml:1:8: in the definition of 'list':"
                + " '$ref' takes an attribute path as a string", f.error("list", "decl.yaml", "r.yaml"));
        // a $ref's path is not a key: the message says which it is
        f.file("p.yaml", "list: {$ref: \"units..n\"}\n");
        assertEquals("p.yaml:1:8: in the definition of 'list':"
                + " the path 'units..n' of '$ref' is not an attribute path: empty segment in path:"
                + " units..n", f.error("list", "decl.yaml", "p.yaml"));
    }

    @Test
    void jsonCommentsAndNaNAreNamedPlainly() {
        f.file("c.json", "{\"list\": [1] // one\n}");
        assertEquals("c.json:1:14: is not valid JSON: JSON has no comments (YAML has: '# ...')",
                f.error("list", "decl.yaml", "c.json"));
        f.file("n.json", "{\"list\": [NaN]}");
        assertTrue(f.error("list", "decl.yaml", "n.json").endsWith("is not valid JSON: NaN and Infinity are not JSON"
                + " numbers"), f.error("list", "decl.yaml", "n.json"));
    }

    @Test
    void jsonErrorsNameNoParserSettings() {
        // Jackson's messages name its settings and a redacted source: neither helps the user
        f.file("open.json", "{\n  \"list\": [1]\n");
        assertEquals("open.json:3:1: is not valid JSON: Unexpected end-of-input: expected close marker for Object"
                + " (opened at line 1, column 1)", f.error("list", "decl.yaml", "open.json"));
        f.file("plus.json", "{\"list\": [+1]}");
        assertEquals("plus.json:1:12: is not valid JSON: Unexpected character ('+' (code 43)) in numeric value:"
                + " JSON spec does not allow numbers to have plus signs", f.error("list", "decl.yaml", "plus.json"));
    }

    @Test
    void aYamlKeyThatIsAListOrAMappingIsNamedPlainly() {
        f.file("k.yaml", "units:\n  [a, b]: x\n").file("m.yaml", "units: {{a: 1}: x}\n");
        assertEquals("k.yaml:2:3: is not valid YAML: a key must be a single value, not a list",
                f.error("units", "decl.yaml", "k.yaml"));
        assertEquals("m.yaml:1:9: is not valid YAML: a key must be a single value, not a mapping",
                f.error("units", "decl.yaml", "m.yaml"));
    }

    @Test
    void inputBeyondTheParsersLimitsIsNamedWithItsLine() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        f.file("deep.yaml", "list: []\nunits: " + deep + "\n").file("deep.json", "{\"units\":\n " + deep + "}");
        assertEquals("deep.yaml:2:1007: nests lists and attribute sets more than 1000 deep",
                f.error("units", "decl.yaml", "deep.yaml"));
        assertEquals("deep.json:2:1001: nests lists and attribute sets more than 1000 deep",
                f.error("units", "decl.yaml", "deep.json"));
        f.file("long.json", "{\"units\": {\"a\": " + "1".repeat(1001) + "}}");
        assertEquals("long.json:1:12: has a number longer than 1000 digits", f.error("units", "decl.yaml", "long.json"));
        f.file("key.json", "{\"units\": {\"" + "k".repeat(50001) + "\": 1}}");
        assertEquals("key.json:1:11: has a key longer than 50000 characters",
                f.error("units", "decl.yaml", "key.json"));
    }

    @Test
    void aFileThatIsNotUtf8IsSaidSoAtItsFirstBadByte() throws java.io.IOException {
        // Latin-1 'é' (0xE9): the YAML parser's message was a Java exception's
        java.nio.file.Files.write(dir.resolve("latin.yaml"), "list: [1]\nunits: {a: caf\u00e9}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        java.nio.file.Files.write(dir.resolve("latin.json"), "{\"units\":\n {\"a\": \"caf\u00e9\"}}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("latin.yaml:2:15: is not UTF-8 text: the byte 0xE9 is not part of a UTF-8 character;"
                + " save the file as UTF-8", f.error("units", "decl.yaml", "latin.yaml"));
        assertEquals("latin.json:2:12: is not UTF-8 text: the byte 0xE9 is not part of a UTF-8 character;"
                + " save the file as UTF-8", f.error("units", "decl.yaml", "latin.json"));
    }

    @Test
    void aCharacterYamlDoesNotAllowIsNamedWhereItIs() {
        // the YAML parser said only "special characters are not allowed", at 1:1
        f.file("ctrl.yaml", "list: [1]\n# caf\u00e9 \uD83D\uDE00 \u0001\nunits: {a: \"x\u007fy\"}\n");
        assertEquals("ctrl.yaml:2:10: is not valid YAML: it holds U+0001 (a control character), which YAML allows"
                + " nowhere in a file; in a double-quoted string, write it as \"\\x01\"",
                f.error("units", "decl.yaml", "ctrl.yaml"));
        f.file("nonchar.yaml", "units: {a: \"\uFFFE\"}\n");
        assertEquals("nonchar.yaml:1:13: is not valid YAML: it holds U+FFFE (a noncharacter), which YAML allows"
                + " nowhere in a file; in a double-quoted string, write it as \"\\uFFFE\"",
                f.error("units", "decl.yaml", "nonchar.yaml"));
    }

    @Test
    @Timeout(20)
    void aMalformedFileThatIsNoRegularFileIsNotReadTwice() throws Exception {
        // finding a bad byte read the file again, whole: a pipe then waited for ever, and
        // /dev/zero made the JVM run out of memory (a stack trace, exit 70)
        java.nio.file.Files.createSymbolicLink(dir.resolve("zero.yaml"), java.nio.file.Path.of("/dev/zero"));
        assertTrue(f.error("units", "decl.yaml", "zero.yaml").startsWith("zero.yaml:1:1: is not valid YAML: "));
        java.nio.file.Path pipe = dir.resolve("pipe.yaml");
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor();
        Thread writer = new Thread(() -> {
            try {
                java.nio.file.Files.writeString(pipe, "units: [1\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        assertTrue(f.error("units", "decl.yaml", "pipe.yaml").startsWith("pipe.yaml:2:1: is not valid YAML: "),
                "a pipe's malformed text is said once read");
        writer.join();
    }

    @Test
    void aConditionsPathIsReadAsWrittenLikeARefsPath() {
        // "$if" stripped the spaces a $ref keeps: it read 'c' for the option named ' c'
        f.file("sp.json", """
                {"options": {"c": {"type": "bool", "default": false}, " c": {"type": "bool", "default": true},
                             "v": {"type": "int", "default": 0}, "n": {"type": "int", "default": 0},
                             "w": {"type": "bool"}},
                 "config": {"v": {"$if": " c", "then": 1}, "n": {"$if": "! c", "then": 1}, "w": {"$ref": " c"}}}
                """);
        assertEquals("1", f.json("v", "sp.json"));
        assertEquals("0", f.json("n", "sp.json"));
        assertEquals("true", f.json("w", "sp.json"));
    }

    @Test
    void anImportOfABrokenLinkSaysWhatIsWrongWithIt() throws Exception {
        // a loop of links was "which does not exist"
        java.nio.file.Files.createSymbolicLink(dir.resolve("loop1.yaml"), java.nio.file.Path.of("loop2.yaml"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("loop2.yaml"), java.nio.file.Path.of("loop1.yaml"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("dangling.yaml"), java.nio.file.Path.of("gone.yaml"));
        f.file("imp.yaml", "imports: [loop1.yaml]\n").file("imp2.yaml", "imports: [dangling.yaml]\n");
        assertEquals("imp.yaml:1: imports 'loop1.yaml', a link that leads round in a loop of links, never to a file",
                f.error("units", "decl.yaml", "imp.yaml"));
        assertEquals("imp2.yaml:1: imports 'dangling.yaml', a link to 'gone.yaml', which does not exist",
                f.error("units", "decl.yaml", "imp2.yaml"));
        // at the end of a chain of links: the target that is missing
        java.nio.file.Files.createSymbolicLink(dir.resolve("chain.yaml"), java.nio.file.Path.of("dangling.yaml"));
        f.file("imp3.yaml", "imports: [chain.yaml]\n");
        assertEquals("imp3.yaml:1: imports 'chain.yaml', a link to 'gone.yaml', which does not exist",
                f.error("units", "decl.yaml", "imp3.yaml"));
    }

    @Test
    void aLinkedFileImportsRelativeToTheFileItLinksTo() throws Exception {
        // as Nix follows a link to a file it evaluates, "so that relative path references work":
        // /etc/stead/configuration.yaml -> repo/main.yaml imports repo/sub/a.yaml
        java.nio.file.Files.createDirectories(dir.resolve("repo/sub"));
        java.nio.file.Files.createDirectories(dir.resolve("etc"));
        f.file("repo/main.yaml", "imports: [sub/a.yaml]\n").file("repo/sub/a.yaml", "options.m: {type: int}\nconfig.m: 7\n");
        java.nio.file.Files.createSymbolicLink(dir.resolve("etc/configuration.yaml"),
                java.nio.file.Path.of("../repo/main.yaml"));
        assertEquals("7", f.json("m", "etc/configuration.yaml"));
        // and imported through a link, the same
        f.file("etc/host.yaml", "imports: [configuration.yaml]\n");
        assertEquals("7", f.json("m", "etc/host.yaml"));
        // the link's own directory is not looked in
        f.file("etc/sub/a.yaml", "m: 8\n");
        assertEquals("7", f.json("m", "etc/configuration.yaml"));
    }

    @Test
    void aFileNameWithALineFeedIsNamedEscaped() {
        // printed raw, the name split the message's line, and its second half looked like one of its own
        f.file("decl.yaml", "options.m: {type: int}\n").file("two\nlines.yaml", "m: x\n");
        assertEquals(List.of("A definition for option 'm' is not of type 'signed integer'. Definition values:",
                "- In 'two\\nlines.yaml:1': \"x\""), f.error("m", "decl.yaml", "two\nlines.yaml").lines().toList());
    }

    @Test
    void aHexIntegerThatFitsSixtyFourBitsIsRead() {
        // the YAML parser reports 16 hex digits as a big integer, whatever their value
        f.file("decl-h.yaml", "options:\n  m: {type: int}\n")
                .file("hex.yaml", "m: 0x7fffffffffffffff\n").file("neg.yaml", "m: -0x1000000000000000\n")
                .file("big.yaml", "m: 0x8000000000000000\n");
        assertEquals(String.valueOf(Long.MAX_VALUE), f.json("m", "decl-h.yaml", "hex.yaml"));
        assertEquals(String.valueOf(-(1L << 60)), f.json("m", "decl-h.yaml", "neg.yaml"));
        assertEquals("big.yaml:1:4: has an integer too large for 64 bits: 0x8000000000000000",
                f.error("m", "decl-h.yaml", "big.yaml"));
    }

    @Test
    void aTypeObjectWrittenWrongIsSaidToBeOne() {
        // {listof: int} was read as a group of options 'a.type', "not a string"
        f.file("typo.yaml", "options:\n  a:\n    type: {listof: int}\n    default: []\n")
                .file("empty.yaml", "options:\n  a:\n    type: {}\n    default: 1\n")
                .file("group.yaml", "options:\n  a:\n    type: {type: str, default: x}\n");
        assertEquals("typo.yaml:3:12: the type of 'a' cannot be read: 'listof' is no type; did you mean 'listOf'? (a type"
                + " object has one key: attrsOf, either, enum, intsBetween, lazyAttrsOf, listOf, nullOr, oneOf,"
                + " strMatching, submodule, uniq)", f.error("a", "typo.yaml"));
        assertTrue(f.error("a", "empty.yaml").startsWith("empty.yaml:3:11: the type of 'a' cannot be read: a type is"),
                f.error("a", "empty.yaml"));
        // an option named 'type' in a group is one still
        assertEquals("\"x\"", f.json("a.type", "group.yaml"));
        // a type key in another case reads as a group of options too; a group's own name near a
        // type key ('unit', 'uniq') stays one
        f.file("case.yaml", "options:\n  a:\n    type: {Submodule: {options: {x: {type: int}}}}\n")
                .file("unit.yaml", "options:\n  s:\n    type:\n      unit:\n        x: {type: int, default: 3}\n");
        assertTrue(f.error("a", "case.yaml").startsWith("case.yaml:3:12: the type of 'a' cannot be read: 'Submodule'"
                + " is no type; did you mean 'submodule'?"), f.error("a", "case.yaml"));
        assertEquals("3", f.json("s.type.unit.x", "unit.yaml"));
    }

    @Test
    void aYamlKeyBeyondYamlsLimitIsSaidToBeOneWithTheWayToWriteIt() {
        String key = "k".repeat(1030);
        f.file("long.yaml", "units:\n  " + key + ": 1\n").file("marked.yaml", "units:\n  ? " + key + "\n  : x\n");
        assertEquals("long.yaml:2:1033: is not valid YAML: mapping values are not allowed here; a key longer than 1024"
                + " characters is written '? key' on a line of its own and ': value' below it, or in a JSON file",
                f.error("units", "decl.yaml", "long.yaml"));
        assertEquals("\"x\"", f.json("units." + key, "decl.yaml", "marked.yaml"));
        // a long value whose text holds ': ' is no long key
        f.file("value.yaml", "units:\n  a: " + "v".repeat(1100) + ": y\n");
        assertTrue(f.error("units", "decl.yaml", "value.yaml").endsWith("mapping values are not allowed here"),
                f.error("units", "decl.yaml", "value.yaml"));
    }

    @Test
    void importsAndDisabledModulesAreGivenOnce() {
        // a second list was joined to the first without a word; NixOS refuses a repeated attribute
        f.file("e.yaml", "{}\n").file("two.yaml", "imports: [e.yaml]\nunits: {a: x}\nimports: [e.yaml]\n")
                .file("dis.yaml", "disabledModules: [openssh]\ndisabledModules: [nix-daemon]\n");
        assertEquals("two.yaml:3:1: gives 'imports' a second time (first on line 1); give it once",
                f.error("units", "decl.yaml", "two.yaml"));
        assertEquals("dis.yaml:2:1: gives 'disabledModules' a second time (first on line 1); give it once",
                f.error("units", "decl.yaml", "dis.yaml"));
    }

    @Test
    void aDeclarationWithoutATypeMayHoldATypeKeyInItsDefault() {
        // a group test that took {type: {name: nginx}} for a declaration refused this
        f.file("untyped.yaml", "options:\n  server:\n    default:\n      type: {name: nginx}\n")
                .file("emptytype.yaml", "options:\n  b: {type: {}, description: {z: {type: int, default: 1}}}\n");
        assertEquals("{\"type\":{\"name\":\"nginx\"}}", f.json("server", "untyped.yaml"));
        assertEquals("1", f.json("b.description.z", "emptytype.yaml"));
    }

    @Test
    void aFilesProblemIsPlacedInTheOptionItIsIn() {
        f.file("lst.yaml", "options:\n  s: {type: {listOf: {submodule: {options: {x: {type: anything}}}}}}\n"
                        + "config:\n  s: [{x: {$override: \"str\", value: 1}}]\n")
                .file("dflt.yaml", "options:\n  z:\n    default: {k: {$nope: 1}}\n    type: anything\n")
                .file("sub.yaml", "options:\n  z:\n    type: {submodule: {config: {x: {$nope: 1}}, options: {x: {type:"
                        + " anything}}}}\n");
        // a key inside a list's element names no option: the list's is named
        assertEquals("lst.yaml:4:12: in the definition of 's': '$override' takes an integer, not a string",
                f.error("s", "lst.yaml"));
        assertTrue(f.error("z", "dflt.yaml").startsWith("dflt.yaml:3:19: in the default of 'z': unknown directive"),
                f.error("z", "dflt.yaml"));
        assertTrue(f.error("z", "sub.yaml").startsWith("sub.yaml:3:37: in the submodule type of 'z', in the definition"
                + " of 'x': unknown directive"), f.error("z", "sub.yaml"));
    }

    @Test
    void aCharactersPlaceCountsLineBreaksAsTheParserDoesAndNoByteOrderMark() throws Exception {
        // the YAML parser's own messages count a carriage return, U+0085, U+2028 and U+2029 as
        // line breaks, and no column for a byte-order mark
        f.file("ls.yaml", "list: [1]\n# a\u2028b\nunits: {a: \"\u0001\"}\n")
                .file("cr.yaml", "list: [1]\r# a\r\nunits: {a: \"\u0001\"}\n")
                .file("bom.yaml", "\uFEFFunits: {a: \"\u0001\"}\n");
        assertTrue(f.error("units", "decl.yaml", "ls.yaml").startsWith("ls.yaml:4:13: "), f.error("units", "decl.yaml", "ls.yaml"));
        assertTrue(f.error("units", "decl.yaml", "cr.yaml").startsWith("cr.yaml:3:13: "), f.error("units", "decl.yaml", "cr.yaml"));
        assertTrue(f.error("units", "decl.yaml", "bom.yaml").startsWith("bom.yaml:1:13: "),
                f.error("units", "decl.yaml", "bom.yaml"));
    }

    @Test
    void yamlCoreTagsMeanWhatYamlSays() {
        f.file("decl-t.yaml", "options:\n  any: {type: anything}\n").file("tags.yaml", """
                any:
                  s: !!str 5
                  i: !!int "5"
                  f: !!float 1
                  b: !!bool "true"
                  n: !!null ""
                  plain: ! 5
                  m: !!map {a: 1}
                  l: !!seq [1]
                """);
        assertEquals("{\"b\":true,\"f\":1.0,\"i\":5,\"l\":[1],\"m\":{\"a\":1},\"n\":null,\"plain\":\"5\","
                + "\"s\":\"5\"}", f.json("any", "decl-t.yaml", "tags.yaml"));
    }

    @Test
    void aYamlTagThatDoesNotFitItsValueOrIsUnknownIsAnError() {
        // silently dropped, a tag would let a value through as something else than written
        f.file("decl-t.yaml", "options:\n  any: {type: anything}\n");
        f.file("int.yaml", "any: !!int abc\n");
        assertEquals("int.yaml:1:6: is tagged !!int, but abc is not an integer", f.error("any", "decl-t.yaml", "int.yaml"));
        f.file("null.yaml", "any: !!null x\n");
        assertEquals("null.yaml:1:6: is tagged !!null, but x is not null", f.error("any", "decl-t.yaml", "null.yaml"));
        f.file("map.yaml", "any: !!str {a: 1}\n");
        assertEquals("map.yaml:1:6: is tagged !!str, but its value is an attribute set",
                f.error("any", "decl-t.yaml", "map.yaml"));
        f.file("float.yaml", "any: !!float abc\n");
        assertEquals("float.yaml:1:6: is tagged !!float, but abc is not a number",
                f.error("any", "decl-t.yaml", "float.yaml"));
        String known = "; Stead reads !!str, !!int, !!float, !!bool, !!null, !!map and !!seq";
        f.file("foo.yaml", "any: !foo bar\n");
        assertEquals("foo.yaml:1:6: has the YAML tag '!foo', which Stead does not read" + known,
                f.error("any", "decl-t.yaml", "foo.yaml"));
        f.file("set.yaml", "any: !!set {a, b}\n");
        assertEquals("set.yaml:1:6: has the YAML tag '!!set', which Stead does not read" + known,
                f.error("any", "decl-t.yaml", "set.yaml"));
        f.file("bin.yaml", "any: !!binary aGVsbG8=\n");
        assertEquals("bin.yaml:1:6: has the YAML tag '!!binary', which Stead does not read" + known,
                f.error("any", "decl-t.yaml", "bin.yaml"));
    }

    @Test
    void aYamlIntegerWithALeadingZeroThatReadsAsOctalIsRefused() {
        // YAML 1.1 reads 010 as 8, YAML 1.2 and Nix as 10: a port of 010 silently became 8
        f.file("port.yaml", "list: [22, 010]\n").file("mode.yaml", "units:\n  motd: 0644\n")
                .file("neg.yaml", "list: [-012]\n");
        assertEquals("port.yaml:1:12: has the number 010, which YAML 1.1 reads as the octal number 8 (YAML 1.2"
                + " and Nix read 10); write 8 or 10, or quote it for a string: \"010\"", f.error("list", "decl.yaml", "port.yaml"));
        assertEquals("mode.yaml:2:9: has the number 0644, which YAML 1.1 reads as the octal number 420 (YAML 1.2"
                + " and Nix read 644); write 420 or 644, or quote it for a string: \"0644\"",
                f.error("units", "decl.yaml", "mode.yaml"));
        assertEquals("neg.yaml:1:8: has the number -012, which YAML 1.1 reads as the octal number -10 (YAML 1.2"
                + " and Nix read -12); write -10 or -12, or quote it for a string: \"-012\"",
                f.error("list", "decl.yaml", "neg.yaml"));
        // YAML 1.1 skips '_' in a number; a decimal reading too large for 64 bits differs too
        f.file("under.yaml", "list: [0_10]\n").file("big.yaml", "list: [0777777777777777777777]\n");
        assertEquals("under.yaml:1:8: has the number 0_10, which YAML 1.1 reads as the octal number 8 (YAML 1.2"
                + " and Nix read 10); write 8 or 10, or quote it for a string: \"0_10\"",
                f.error("list", "decl.yaml", "under.yaml"));
        assertTrue(f.error("list", "decl.yaml", "big.yaml").startsWith("big.yaml:1:8: has the number"
                + " 0777777777777777777777, which YAML 1.1 reads as the octal number 9223372036854775807"));
    }

    @Test
    void aYamlIntegerWithALeadingZeroThatReadsTheSameEitherWayIsKept() {
        f.file("same.yaml", "list: [0, 00, 07, 0x1F, 1_000]\n");
        assertEquals("[0,0,7,31,1000]", f.json("list", "decl.yaml", "same.yaml"));
    }

    @Test
    void yamlInfinityAndNaNAreRefusedAsNotFinite() {
        f.file("decl-f.yaml", "options:\n  ratio: {type: float}\n").file("inf.yaml", "ratio: -.inf\n")
                .file("nan.yaml", "ratio: .NaN\n");
        assertEquals("inf.yaml:1:8: has a number that is not finite: -.inf; Stead's numbers are finite (quote it for"
                + " a string)", f.error("ratio", "decl-f.yaml", "inf.yaml"));
        assertEquals("nan.yaml:1:8: has a number that is not finite: .NaN; Stead's numbers are finite (quote it for"
                + " a string)", f.error("ratio", "decl-f.yaml", "nan.yaml"));
    }

    @Test
    void aYamlFileBeyondTheYamlParsersSizeLimitIsNotCalledInvalid() {
        // SnakeYAML reads at most 3 MiB of characters; the file is valid YAML, just too large
        f.file("big.yaml", "list: [1]\nunits: {a: " + "x".repeat(3_200_000) + "}\n");
        assertEquals("big.yaml: is larger than the 3145728 characters Stead reads from a YAML file; split it"
                + " into files that import each other, or write it as JSON", f.error("units", "decl.yaml", "big.yaml"));
    }

    @Test
    void anEmptyKeyIsAnError() {
        f.file("empty.yaml", "units: {\"\": x}\n");
        assertEquals("empty.yaml:1:9: in the definition of 'units':"
                + " has an empty key; an attribute named by the empty string is written '\"\"'",
                f.error("units", "decl.yaml", "empty.yaml"));
    }

    @Test
    void anEnumCannotHoldNull() {
        f.file("e.yaml", "options:\n  o: {type: {enum: [a, null]}}\n");
        assertEquals("e.yaml:2:24: the type of 'o' cannot be read: 'enum' takes strings, numbers and booleans, not null; to allow null, wrap the"
                + " type: {nullOr: {enum: [...]}}", f.error("list", "decl.yaml", "e.yaml"));
    }

    @Test
    void aFileMustBeAnAttributeSet() {
        f.file("list.yaml", "- 1\n- 2\n");
        assertEquals("list.yaml:1:1: a module must be an attribute set (with imports, options, config, or"
                + " definitions), not a list", f.error("list", "decl.yaml", "list.yaml"));
    }

    @Test
    void aFileOfAnotherKindIsRefused() {
        f.file("conf.toml", "x = 1\n");
        assertEquals("conf.toml: is not a configuration file: its name must end in .json, .yaml or .yml",
                f.error("list", "decl.yaml", "conf.toml"));
    }

    @Test
    void aDirectoryNamedLikeAFileIsNamedPlainly() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("conf.yaml"));
        java.nio.file.Files.createDirectories(dir.resolve("conf.json"));
        assertEquals("conf.yaml: is a directory; name the files in it", f.error("list", "decl.yaml", "conf.yaml"));
        assertEquals("conf.json: is a directory; name the files in it", f.error("list", "decl.yaml", "conf.json"));
    }

    @Test
    void aDirectoryIsNamedPlainlyWhateverItsName() throws java.io.IOException {
        // `stead eval hosts` or `stead eval .`: the directory, not its missing extension, is the mistake
        java.nio.file.Files.createDirectories(dir.resolve("hosts"));
        assertEquals("hosts: is a directory; name the files in it", f.error("list", "decl.yaml", "hosts"));
    }

    @Test
    void theWorkingDirectoryIsNamedDot() {
        io.stead.evaluator.internal.load.FileNames names = new io.stead.evaluator.internal.load.FileNames(dir);
        assertEquals(".", names.display(dir));
        assertEquals("a.yaml", names.display(dir.resolve("a.yaml")));
    }

    @Test
    void prettyJsonIndentsByTwoAndWritesEmptySetsAndListsAsJqDoes() {
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  a: {type: anything}
                config:
                  a: {e: {}, l: [], n: [1, {}], s: {x: "y"}}
                """);
        assertEquals("""
                {
                  "e": {},
                  "l": [],
                  "n": [
                    1,
                    {}
                  ],
                  "s": {
                    "x": "y"
                  }
                }""", f.eval("a.yaml").json(OptionPath.parse("a"), true));
    }
}
