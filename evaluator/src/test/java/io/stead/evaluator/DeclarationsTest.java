package io.stead.evaluator;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.either;
import static io.stead.api.Types.enumOf;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.intsBetween;
import static io.stead.api.Types.lazyAttrsOf;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.oneOf;
import static io.stead.api.Types.port;
import static io.stead.api.Types.str;
import static io.stead.api.Types.strMatching;
import static io.stead.api.Types.submodule;
import static io.stead.api.Types.uniq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declarations: every type of the contract, its description, and declaring an option twice. */
class DeclarationsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "bool | boolean",
        "int | signed integer",
        "float | floating point number",
        "str | string",
        "lines | strings concatenated with \"\\n\"",
        "commas | strings concatenated with \",\"",
        "path | absolute path",
        "port | 16 bit unsigned integer; between 0 and 65535 (both inclusive)",
        "unsignedInt | unsigned integer, meaning >=0",
        "positiveInt | positive integer, meaning >0",
        "anything | anything",
        "attrs | attribute set",
        "package | package",
        "listOf str | list of string",
        "listOf (attrsOf str) | list of (attribute set of string)",
        "attrsOf (listOf port) | attribute set of (list of 16 bit unsigned integer; between 0 and 65535 (both inclusive))",
        "lazyAttrsOf int | lazy attribute set of signed integer",
        "nullOr (listOf str) | null or (list of string)",
        "uniq str | string",
        "'{\"enum\": [\"a\", 1]}' | one of \"a\", 1",
        "'{\"either\": [\"int\", \"str\"]}' | signed integer or string",
        "'{\"oneOf\": [\"int\", \"str\", \"bool\"]}' | signed integer or string or boolean",
        "'{\"intsBetween\": [1, 5]}' | integer between 1 and 5 (both inclusive)",
        "'{\"strMatching\": \"[a-z]+\"}' | string matching the pattern [a-z]+",
        "'{\"submodule\": {\"options\": {}}}' | submodule",
        "'{\"listOf\": {\"submodule\": {\"options\": {}}}}' | list of (submodule)",
        "'{\"nullOr\": {\"either\": [\"int\", \"str\"]}}' | null or signed integer or string",
        "'{\"attrsOf\": {\"nullOr\": \"int\"}}' | attribute set of (null or signed integer)",
        "nullOr (nullOr int) | null or null or signed integer",
        // as NixOS's optionDescriptionPhrase: a noun with a clause is parenthesised when nested,
        // and followed by a comma before 'or'; an enum of several values is an 'or' phrase
        "listOf unsignedInt | list of (unsigned integer, meaning >=0)",
        "nullOr positiveInt | null or (positive integer, meaning >0)",
        "'{\"either\": [\"unsignedInt\", \"str\"]}' | unsigned integer, meaning >=0, or string",
        "'{\"either\": [\"str\", \"positiveInt\"]}' | string or (positive integer, meaning >0)",
        "'{\"oneOf\": [\"positiveInt\", \"str\", \"unsignedInt\"]}' | positive integer, meaning >0, or string"
            + " or (unsigned integer, meaning >=0)",
        "'{\"either\": [\"uniq positiveInt\", \"str\"]}' | positive integer, meaning >0, or string",
        "'{\"nullOr\": {\"enum\": [\"a\", \"b\"]}}' | null or one of \"a\", \"b\"",
        "'{\"either\": [\"int\", {\"enum\": [\"a\", \"b\"]}]}' | signed integer or one of \"a\", \"b\"",
        "'{\"listOf\": {\"enum\": [\"a\", \"b\"]}}' | list of (one of \"a\", \"b\")",
        "'{\"listOf\": {\"enum\": [\"a\"]}}' | list of value \"a\" (singular enum)",
        "'{\"listOf\": {\"intsBetween\": [1, 5]}}' | list of integer between 1 and 5 (both inclusive)",
        "nullOr (uniq (nullOr str)) | null or null or string",
        "'{\"listOf\": {\"oneOf\": [\"str\"]}}' | list of string",
    })
    void everyTypeDescribesItself(String type, String description) {
        String text = type.startsWith("{") ? type : "\"" + type + "\"";
        Evaluation e = new Fixture(dir).file("t.json", "{\"options\": {\"x\": {\"type\": " + text + "}}}").eval("t.json");
        assertEquals(description, e.report(OptionPath.parse("x")).type());
    }

    @Test
    void typesFromJavaDescribeThemselvesTheSame() {
        OptionType[] types = {listOf(attrsOf(str())), nullOr(listOf(str())), either(integer(), str()),
            oneOf(integer(), str(), nullOr(port())), enumOf("a", "b"), intsBetween(0, 9), strMatching("x+"),
            uniq(lazyAttrsOf(integer())), listOf(submodule())};
        String[] expected = {"list of (attribute set of string)", "null or (list of string)",
            "signed integer or string", "signed integer or string or null or 16 bit unsigned integer; between 0"
            + " and 65535 (both inclusive)", "one of \"a\", \"b\"", "integer between 0 and 9 (both inclusive)",
            "string matching the pattern x+", "lazy attribute set of signed integer", "list of (submodule)"};
        for (int i = 0; i < types.length; i++) {
            assertEquals(expected[i], types[i].description());
        }
    }

    @Test
    void declaringAnOptionTwiceIsAnErrorNamingBothPlaces() {
        Fixture f = new Fixture(dir)
                .file("a.yaml", "options:\n  x: {type: int}\n")
                .file("b.yaml", "options:\n  x: {type: int}\n");
        assertEquals("The option 'x' in 'a.yaml:2' is already declared in 'b.yaml:2'.", f.error("x", "a.yaml", "b.yaml"));
    }

    @Test
    void aPluginAndAFileDeclaringOneOptionIsAnError() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Greeting())
                .file("a.yaml", "options:\n  greeting.text: {type: str}\n");
        String error = f.error("greeting.text", "a.yaml");
        assertTrue(error.startsWith("The option 'greeting.text' in 'test-plugin.jar!TestModules.java:"), error);
        assertEquals("' is already declared in 'a.yaml:2'.", error.substring(error.indexOf("' is already")));
    }

    @Test
    void submoduleDeclarationsMergeTheirOptions() {
        Fixture f = new Fixture(dir)
                .file("a.yaml", """
                        options:
                          users:
                            type: {attrsOf: {submodule: {options: {uid: {type: int}}}}}
                            default: {}
                        """)
                .file("b.yaml", """
                        options:
                          users:
                            type: {attrsOf: {submodule: {options: {shell: {type: str, default: /bin/sh}}}}}
                        config:
                          users.alice.uid: 1000
                        """);
        assertEquals("{\"alice\":{\"shell\":\"/bin/sh\",\"uid\":1000}}", f.json("users", "a.yaml", "b.yaml"));
    }

    @Test
    void submodulesInsideEitherOrOneOfMergeBranchByBranch() {
        // NixOS's either.typeMerge merges both branches: the submodules join, equal types stay
        Fixture f = new Fixture(dir)
                .file("a.yaml", """
                        options:
                          o: {type: {either: [{submodule: {options: {x: {type: int, default: 1}}}}, str]}}
                          p: {type: {attrsOf: {oneOf: [str, {submodule: {options: {x: {type: int, default: 1}}}}]}}}
                        config:
                          o: {}
                          p.k: {}
                          p.s: text
                        """)
                .file("b.yaml", """
                        options:
                          o: {type: {either: [{submodule: {options: {y: {type: int, default: 2}}}}, str]}}
                          p: {type: {attrsOf: {oneOf: [str, {submodule: {options: {y: {type: int, default: 2}}}}]}}}
                        """);
        assertEquals("{\"x\":1,\"y\":2}", f.json("o", "a.yaml", "b.yaml"));
        assertEquals("{\"k\":{\"x\":1,\"y\":2},\"s\":\"text\"}", f.json("p", "a.yaml", "b.yaml"));
    }

    @Test
    void oneOfAndTheEithersItStandsForAreOneType() {
        // NixOS's oneOf [a b c] is either (either a b) c, and oneOf [a] is a
        Fixture f = new Fixture(dir)
                .file("a.yaml", """
                        options:
                          o: {type: {oneOf: [{submodule: {options: {x: {type: int, default: 1}}}}, int, str]}}
                          p: {type: {oneOf: [{submodule: {options: {x: {type: int, default: 1}}}}]}}
                        config: {o: {}, p: {}}
                        """)
                .file("b.yaml", """
                        options:
                          o: {type: {either: [{either: [{submodule: {options: {y: {type: int, default: 2}}}}, int]}, str]}}
                          p: {type: {submodule: {options: {y: {type: int, default: 2}}}}}
                        """);
        assertEquals("{\"x\":1,\"y\":2}", f.json("o", "a.yaml", "b.yaml"));
        assertEquals("{\"x\":1,\"y\":2}", f.json("p", "a.yaml", "b.yaml"));
    }

    @Test
    void theOtherBranchesOfMergingDeclarationsMustAgree() {
        // an enum takes both declarations' values (NixOS's binOp); any other type must be the same
        Fixture f = new Fixture(dir)
                .file("a.yaml", """
                        options:
                          e: {type: {either: [{submodule: {options: {}}}, {enum: [a]}]}}
                          d: {type: {either: [{submodule: {options: {}}}, str]}}
                        config:
                          e: b
                        """)
                .file("b.yaml", """
                        options:
                          e: {type: {either: [{submodule: {options: {}}}, {enum: [b]}]}}
                        """)
                .file("c.yaml", """
                        options:
                          d: {type: {either: [{submodule: {options: {}}}, int]}}
                        """);
        assertEquals("\"b\"", f.json("e", "a.yaml", "b.yaml"));
        assertEquals("The option 'd' in 'a.yaml:3' is already declared in 'c.yaml:2'.",
                f.error("d", "a.yaml", "c.yaml"));
        // with no submodule on either side, declaring twice stays an error, enums included
        f.file("x.yaml", "options:\n  x: {type: {enum: [a]}}\n").file("y.yaml", "options:\n  x: {type: {enum: [b]}}\n");
        assertEquals("The option 'x' in 'x.yaml:2' is already declared in 'y.yaml:2'.", f.error("x", "x.yaml", "y.yaml"));
    }

    @Test
    void submoduleDeclarationsMayNotBothGiveADefault() {
        Fixture f = new Fixture(dir)
                .file("a.yaml", "options:\n  s:\n    type: {submodule: {options: {}}}\n    default: {}\n")
                .file("b.yaml", "options:\n  s:\n    type: {submodule: {options: {}}}\n    default: {}\n");
        assertEquals("The option 's' in 'a.yaml:2' is already declared in 'b.yaml:2'.", f.error("s", "a.yaml", "b.yaml"));
    }

    @Test
    void anOptionCannotContainOptionsUnlessItIsASubmodule() {
        Fixture f = new Fixture(dir).file("a.yaml", "options:\n  x: {type: int}\n  x.y: {type: int}\n");
        assertEquals("The option 'x' in 'a.yaml:2' would be a parent of the options declared in 'a.yaml:3', but only"
                + " submodule options can contain other options.", f.error("x", "a.yaml"));
    }

    @Test
    void aReportOfDefinitionsThatCannotBeReadShowsThemAsWrittenWithTheirPriorities() {
        Evaluation e = new Fixture(dir).file("a.yaml", """
                options:
                  x: {type: int}
                  y: {type: int}
                config:
                  x: {$merge: [{$force: 1}, {$ref: y}]}
                """).file("b.yaml", "x: {$override: 10000, value: 2}\n").eval("a.yaml", "b.yaml");
        OptionReport r = e.report(OptionPath.parse("x"));
        assertEquals("The option 'y' is used but not defined (declared in 'a.yaml:3'); the $ref in 'a.yaml:5' refers to it.",
                r.error().replace(dir + "/", ""));
        // a $merge's parts keep their own priorities: the strongest is the definition's; a
        // priority above 9999 never counts
        assertEquals(List.of("b.yaml:1 10000 false", "a.yaml:5 50 true"), r.definitions().stream()
                .map(d -> d.location().replace(dir + "/", "") + " " + d.priority() + " " + d.active()).toList());
    }

    @Test
    void pluginOptionsAreDeclaredWithTheirSourceLine() {
        Evaluation e = new Fixture(dir).plugin(new TestModules.Greeting()).eval();
        OptionReport r = e.report(OptionPath.parse("greeting.text"));
        assertEquals("string", r.type());
        assertEquals("\"hello\"", r.defaultValue());
        assertEquals("The greeting.", r.description());
        assertEquals(1, r.declarations().size());
        assertEquals(true, r.declarations().get(0).matches("test-plugin\\.jar!TestModules\\.java:\\d+"),
                r.declarations().get(0));
    }

    @Test
    void aDefaultFromTheSecondOfTwoSubmoduleDeclarationsIsShownAtItsOwnDeclaration() {
        Fixture f = new Fixture(dir)
                .file("a.yaml", "options:\n  s:\n    type: {submodule: {options: {}}}\n")
                .file("b.yaml", "# b\noptions:\n  s:\n    type: {submodule: {options: {}}}\n    default: 7\n");
        assertEquals("A definition for option 's' is not of type 'submodule'. Definition values:\n"
                + "- In 'b.yaml:5': 7", f.error("s", "b.yaml", "a.yaml"));
    }

    @Test
    void aReportShowsTheDefaultOnItsOwnNotAmongTheDefinitions() {
        Evaluation e = new Fixture(dir).file("a.yaml", "options:\n  x: {type: int, default: 1}\n  y:\n"
                + "    type: int\n    default: 2\n").eval("a.yaml");
        assertEquals(List.of(), e.report(OptionPath.parse("x")).definitions());
        assertEquals(List.of(), e.report(OptionPath.parse("y")).definitions());
        assertEquals("2", e.report(OptionPath.parse("y")).defaultValue());
    }

    @Test
    void anInnerOptionOfASubmoduleDeclaredTwiceIsNamedByItsWholePath() {
        Fixture f = new Fixture(dir)
                .file("a.yaml", "options:\n  s:\n    type: {submodule: {options: {p: {type: int}}}}\nconfig:\n  s: {}\n")
                .file("b.yaml", "options:\n  s:\n    type: {submodule: {options: {p: {type: int}}}}\n");
        assertEquals("The option 's.p' in 'a.yaml:3' is already declared in 'b.yaml:3'.", f.error("s", "a.yaml", "b.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'\"lisOf str\"' | a.yaml:1:24: the type \"lisOf str\" of 'x.y' cannot be read: unknown type 'lisOf';"
            + " did you mean 'listOf'?",
        "'\"(listOf str\"' | a.yaml:1:24: the type \"(listOf str\" of 'x.y' cannot be read: a ')' is missing",
        "'\"listOf ()\"' | a.yaml:1:24: the type \"listOf ()\" of 'x.y' cannot be read: a type is missing"
            + " before ')'",
        "'\"either int str\"' | a.yaml:1:24: the type \"either int str\" of 'x.y' cannot be read: 'either' is"
            + " written as an object: {\"either\": [T1, T2]}",
        "'\"listOf (submodule)\"' | a.yaml:1:24: the type \"listOf (submodule)\" of 'x.y' cannot be read:"
            + " 'submodule' is written as an object: {\"submodule\": {\"options\": {...}}}",
        "'{\"either\": [\"int\"]}' | a.yaml:1:25: the type of 'x.y' cannot be read: 'either' takes a list of two types",
        "'{\"oneOf\": []}' | a.yaml:1:25: the type of 'x.y' cannot be read: 'oneOf' needs at least one type",
        "'{\"intsBetween\": [5, 1]}' | a.yaml:1:25: the type of 'x.y' cannot be read: 'intsBetween' takes"
            + " [lowest, highest], two integers, the lowest first",
        "'{\"strMatching\": \"a(b\"}' | a.yaml:1:25: the type of 'x.y' cannot be read: 'strMatching' has an"
            + " invalid regular expression: Unclosed group",
        "5 | a.yaml:1:24: the type of 'x.y' cannot be read: a type is a string such as \"listOf str\" or an object"
            + " with one key (enum, either, oneOf, intsBetween, strMatching, submodule, listOf, attrsOf,"
            + " lazyAttrsOf, nullOr, uniq)",
        "'[\"int\"]' | a.yaml:1:24: the type of 'x.y' cannot be read: a type is a string such as \"listOf str\" or"
            + " an object with one key (enum, either, oneOf, intsBetween, strMatching, submodule, listOf,"
            + " attrsOf, lazyAttrsOf, nullOr, uniq)",
    })
    void aTypeThatCannotBeReadIsAnErrorNamingItsOption(String type, String message) {
        Fixture f = new Fixture(dir).file("a.yaml", "{options: {x.y: {type: " + type + ", default: 1}}}\n");
        assertEquals(message, f.error("x", "a.yaml"));
    }

    @Test
    void aTypeNestedBeyondAHundredLevelsIsAnErrorNotAStackOverflow() {
        // read recursively: ten thousand levels overflowed the stack (exit 70 with a trace)
        String deepString = "listOf ".repeat(10_000) + "int";
        Fixture f = new Fixture(dir).file("a.json", "{\"options\": {\"u\": {\"type\": \"" + deepString + "\"}}}");
        assertEquals("a.json:1:28: the type \"" + deepString.substring(0, 77) + "...\" of 'u' cannot be read: types"
                + " nest more than 100 deep", f.error("u", "a.json"));
        String parens = "(".repeat(10_000) + "int" + ")".repeat(10_000);
        f.file("b.json", "{\"options\": {\"u\": {\"type\": \"" + parens + "\"}}}");
        assertTrue(f.error("u", "b.json").endsWith("cannot be read: types nest more than 100 deep"));
        f.file("c.json", "{\"options\": {\"u\": {\"type\": " + "{\"listOf\": ".repeat(500) + "\"int\""
                + "}".repeat(500) + "}}}");
        assertTrue(f.error("u", "c.json").matches("c\\.json:1:\\d+: the type of 'u' cannot be read: types nest"
                + " more than 100 deep"), f.error("u", "c.json"));
        // fifty levels are still a type
        f.file("d.json", "{\"options\": {\"u\": {\"type\": \"" + "listOf ".repeat(50) + "int\", \"default\": []}}}");
        assertEquals("[]", f.json("u", "d.json"));
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aPatternLongerThanTenThousandCharactersIsRefusedBeforeItIsCompiled() {
        // 160,000 characters took Java's compiler over a minute
        Fixture f = new Fixture(dir).file("a.json", "{\"options\": {\"u\": {\"type\": {\"strMatching\": \""
                + "ab".repeat(80_000) + "\"}}}}");
        assertEquals("a.json:1:29: the type of 'u' cannot be read: 'strMatching' takes a pattern of at most 10000"
                + " characters, not 160000", f.error("u", "a.json"));
    }

    @Test
    void aStringWhoseMatchIsGivenUpIsNotOfTheTypeAndSaysWhy() {
        // ((a+)+)+b against 32 a's would backtrack for hours
        String as = "a".repeat(32);
        Fixture f = new Fixture(dir).file("a.yaml", "options:\n  u: {type: {strMatching: \"((a+)+)+b\"}}\nconfig:\n"
                + "  u: " + as + "\n");
        assertEquals("A definition for option 'u' is not of type 'string matching the pattern ((a+)+)+b'. Definition"
                + " values:\n- In 'a.yaml:4': \"" + as + "\"\nMatching it against the pattern was given up after"
                + " reading 103200 characters (the pattern backtracks too much for it) or when it overflowed the"
                + " stack (a string too long for the pattern); simplify the pattern.", f.error("u", "a.yaml"));
        // the note comes for a pattern inside a choice too; forty such values of a choice, which
        // took half a minute with a budget of ten million reads each, are read in their own budgets
        StringBuilder forty = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            forty.append(i == 0 ? "" : ", ").append(as).append(i);
        }
        f.file("b.yaml", "options:\n  e: {type: {either: [int, {strMatching: \"((a+)+)+b\"}]}}\n"
                + "  l: {type: {listOf: {either: [{strMatching: \"((a+)+)+b\"}, str]}}}\nconfig:\n  e: " + as + "\n"
                + "  l: [" + forty + "]\n");
        assertTrue(f.error("e", "b.yaml").endsWith("\nMatching it against the pattern was given up after reading"
                + " 103200 characters (the pattern backtracks too much for it) or when it overflowed the stack (a string"
                + " too long for the pattern); simplify the pattern."), f.error("e", "b.yaml"));
        assertEquals(40, f.json("l", "b.yaml").split(",").length, "each is a str");
    }

    @Test
    void aDeclarationInsideAFileSubmoduleIsNamedUnderItsOption() {
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  s:
                    type:
                      attrsOf:
                        submodule:
                          options:
                            p: {type: lisOf str}
                """);
        assertEquals("a.yaml:7:23: the type \"lisOf str\" of 's.p' cannot be read: unknown type 'lisOf';"
                + " did you mean 'listOf'?", f.error("s", "a.yaml"));
        f.file("b.yaml", """
                options:
                  s:
                    type:
                      submodule:
                        options:
                          p: {type: str, defualt: x}
                """);
        assertEquals("b.yaml:6:26: the declaration of 's.p' has no field 'defualt'; did you mean 'default'?",
                f.error("s", "b.yaml"));
    }

    @Test
    void aSubmoduleOfCodeLinkedIntoTheRuntimeIsBuiltinAsItsPluginIs() {
        // the launcher's runtime image: 'Declared by: builtin!OpensshModule.java:88' for an option,
        // and it said 'io.stead.plugins.openssh!SettingsOptions.java:74' for one of its submodule's;
        // a jar is named by its path, as its plugin is
        assertEquals("builtin", io.stead.evaluator.internal.eval.SubmoduleShapes.originOf(
                java.net.URI.create("jrt:/io.stead.plugins.openssh")));
        assertEquals("/opt/plugins/plugin.jar", io.stead.evaluator.internal.eval.SubmoduleShapes.originOf(
                java.net.URI.create("file:/opt/plugins/plugin.jar")));
    }

    @Test
    void anOptionOfASubmoduleWithoutAValueIsReportedAsDeclared() {
        // NixOS's getSubOptions documents a plain, nullOr or nested submodule's options whether
        // or not the option has a value (`s.a`, `n.a`, `x.<name>.inner.deep`)
        Evaluation e = new Fixture(dir).file("a.yaml", """
                options:
                  s:
                    type: {submodule: {options: {a: {type: int, default: 1}}}}
                  n:
                    type: {nullOr: {submodule: {options: {a: {type: int, default: 2}}}}}
                    default: null
                  x:
                    type:
                      attrsOf:
                        submodule:
                          options:
                            inner:
                              type: {submodule: {options: {deep: {type: int, default: 3}}}}
                """).eval("a.yaml");
        assertEquals("1", e.report(OptionPath.parse("s.a")).value());
        assertEquals("2", e.report(OptionPath.parse("n.a")).value());
        assertEquals("3", e.report(OptionPath.parse("x.<name>.inner.deep")).value());
        assertEquals("signed integer", e.report(OptionPath.parse("x.<name>.inner.deep")).type());
    }

    @Test
    void placeholdersFollowNestedCollectionsOfSubmodules() {
        // NixOS's attrsOf and listOf getSubOptions add '<name>' and '*' and ask their element
        // type, so an attrsOf (attrsOf submodule) documents 'a.<name>.<name>.x'
        Evaluation e = new Fixture(dir).file("a.yaml", """
                options:
                  a:
                    type: {attrsOf: {attrsOf: {submodule: {options: {x: {type: int, default: 1}}}}}}
                  l:
                    type: {listOf: {nullOr: {attrsOf: {submodule: {options: {x: {type: int, default: 2}}}}}}}
                """).eval("a.yaml");
        assertEquals("1", e.report(OptionPath.parse("a.<name>.<name>.x")).value());
        assertEquals("2", e.report(OptionPath.parse("l.*.<name>.x")).value());
        assertEquals(List.of(OptionPath.parse("a.<name>.<name>.x")), e.optionsUnder(OptionPath.parse("a.<name>.<name>")));
    }

    @Test
    void anAttributeNamedLikeThePlaceholderIsTheInstanceDefined() {
        // a name is any string, '<name>' too: once defined, that instance is the one shown (it
        // declares what the placeholder's does, and has definitions besides)
        Evaluation e = new Fixture(dir).file("a.yaml", """
                options:
                  x:
                    type: {attrsOf: {submodule: {options: {v: {type: int, default: 3}}}}}
                  y:
                    type: {attrsOf: {submodule: {options: {v: {type: int, default: 4}}}}}
                config:
                  x:
                    "<name>": {v: 7}
                    other: {}
                  y:
                    other: {v: 5}
                """).eval("a.yaml");
        OptionReport literal = e.report(OptionPath.parse("x.<name>.v"));
        assertEquals("7", literal.value());
        assertEquals(1, literal.definitions().size());
        assertEquals(dir.resolve("a.yaml") + ":8", literal.definitions().get(0).location());
        // without such an attribute the path is the placeholder: the declaration, no definitions
        OptionReport placeholder = e.report(OptionPath.parse("y.<name>.v"));
        assertEquals("4", placeholder.value());
        assertEquals(List.of(), placeholder.definitions());
    }

    @Test
    void aMisspeltOptionOfASubmoduleWithoutAValueIsSaidNotToExist() {
        Evaluation e = new Fixture(dir).file("a.yaml", """
                options:
                  s:
                    type: {submodule: {options: {port: {type: int, default: 1}}}}
                """).eval("a.yaml");
        io.stead.api.ConfigException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                io.stead.api.ConfigException.class, () -> e.report(OptionPath.parse("s.prot")));
        assertEquals("The option 's.prot' does not exist.\nDid you mean 's.port'?", thrown.getMessage());
    }

    @Test
    void aQuotedOptionNameWithADotIsOneMemberWhenItsGroupIsRead() {
        // reading the group, or a submodule value, named each member by parsing it as a path:
        // "a.b" became a.b, which does not exist
        Fixture f = new Fixture(dir).file("q.yaml", """
                options:
                  grp:
                    '"a.b"': {type: int, default: 1}
                    c: {type: int, default: 2}
                  sub:
                    type: {submodule: {options: {'"x.y"': {type: int, default: 3}}}}
                    default: {}
                config: {}
                """);

        assertEquals("{\"a.b\":1,\"c\":2}", f.json("grp", "q.yaml"));
        assertEquals("{\"x.y\":3}", f.json("sub", "q.yaml"));
    }

    @Test
    void aPathIntoASubmoduleValueReadsAQuotedMemberNameAsOneSegment() {
        // the path was followed into the submodule's value by Config.get(String), which parses:
        // sub."x.y" was read as sub.x.y, which does not exist
        Fixture f = new Fixture(dir).file("q.yaml", """
                options:
                  sub:
                    type: {submodule: {options: {'"x.y"': {type: int, default: 3}}}}
                    default: {}
                  subs:
                    type: {attrsOf: {submodule: {options: {'"x.y"': {type: int, default: 3}}}}}
                config:
                  'subs."k.1"."x.y"': 4
                """);

        assertEquals("3", f.json("sub.\"x.y\"", "q.yaml"));
        assertEquals("4", f.json("subs.\"k.1\".\"x.y\"", "q.yaml"));
    }
}
