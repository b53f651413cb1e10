package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error names the option path and every file and line involved, with the contract's phrases. */
class ErrorsTest {
    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void declare() {
        f = new Fixture(dir).file("decl.yaml", """
                options:
                  services.openssh.ports: {type: listOf port, default: [22]}
                  services.openssh.enable: {type: bool, default: false}
                  name: {type: str}
                """);
    }

    @Test
    void doesNotExistSuggestsACloseName() {
        f.file("a.yaml", "services:\n  openssh:\n    port: 2222\n");
        assertEquals("The option 'services.openssh.port' does not exist. Definition values:\n- In 'a.yaml:3': 2222\n"
                + "Did you mean 'services.openssh.ports'?", f.error("name", "decl.yaml", "a.yaml"));
    }

    @Test
    void doesNotExistSuggestsAPathWithOneSegmentReplacedWhereTheRestIsBelowIt() {
        // 'web.servce.a.script' was no path of the tree, whose options below a name are not paths
        f.file("units.yaml", "options.web.services: {type: {attrsOf: {submodule: {options: {script: {type: str}}}}}}\n")
                .file("a.yaml", "web.servce.a.script: x\n").file("b.yaml", "web.services.a.scrpt: x\n");
        assertEquals("The option 'web.servce.a.script' does not exist. Definition values:\n- In 'a.yaml:1': \"x\"\n"
                + "Did you mean 'web.services.a.script'?", f.error("web", "units.yaml", "a.yaml"));
        // and inside a submodule's value, the same
        assertEquals("The option 'web.services.a.scrpt' does not exist. Definition values:\n- In 'b.yaml:1': \"x\"\n"
                + "Did you mean 'web.services.a.script'?", f.error("web", "units.yaml", "b.yaml"));
        // a short segment is near too many others to replace
        f.file("c.yaml", "web.srv.a.script: x\n");
        assertEquals("The option 'web.srv.a.script' does not exist. Definition values:\n- In 'c.yaml:1': \"x\"",
                f.error("web", "units.yaml", "c.yaml"));
    }

    @Test
    void doesNotExistNamesEveryDefinitionOfThePath() {
        // the contract's "every file and line": it named the first definition met (as NixOS does)
        f.file("a.yaml", "services.openssh.port: 1\n").file("b.yaml", "services:\n  openssh: {port: 2}\n")
                .file("c.yaml", "networking.fierwall: {}\n");
        assertEquals("The option 'services.openssh.port' does not exist. Definition values:\n"
                + "- In 'b.yaml:2': 2\n- In 'a.yaml:1': 1\n"
                + "Did you mean 'services.openssh.ports'?", f.error("name", "decl.yaml", "c.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void aModulesConfigThatIsNoAttributeSetIsNamedAtItsOwnLine() {
        // it was named at the module's first line, whatever line 'config:' is on
        f.file("n.yaml", "# header\n# more\noptions:\n  a: {type: int}\nconfig: 5\n");
        assertTrue(f.error("a", "n.yaml").endsWith("Definition values:\n- In 'n.yaml:5': 5"), f.error("a", "n.yaml"));
    }

    @Test
    void doesNotExistWithoutACloseName() {
        f.file("a.yaml", "networking.firewall: {}\n");
        assertEquals("The option 'networking.firewall' does not exist. Definition values:\n- In 'a.yaml:1': {}",
                f.error("name", "decl.yaml", "a.yaml"));
    }

    @Test
    void definitionsOfAnEitherThatNoBranchTakesAllMustBeOneAsInNixOS() {
        // NixOS's either falls back to mergeOneOption: "defined multiple times while it's expected
        // to be unique"; so does the last branch of a oneOf
        f.file("e.yaml", "options:\n  e: {type: {either: [int, str]}}\n  o: {type: {oneOf: [bool, int, str]}}\n")
                .file("a.yaml", "e: 1\no: 1\n").file("b.yaml", "e: a\no: a\n");
        String unique = " has conflicting definition values: it is defined multiple times while it's expected to be"
                + " unique:\n";
        assertEquals("The option 'e'" + unique + "- In 'b.yaml:1': \"a\"\n- In 'a.yaml:1': 1",
                f.error("e", "e.yaml", "a.yaml", "b.yaml"));
        assertEquals("The option 'o'" + unique + "- In 'b.yaml:2': \"a\"\n- In 'a.yaml:2': 1",
                f.error("o", "e.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void aGroupsMembersFailInTheirOrderAsNixOSPrintsThem() {
        // t.b, read-only and set twice, fails whatever is asked of it, even whether it has a
        // value; printing t still reads t.a first, whose error NixOS gives
        f.file("t.yaml", "options:\n  t.a: {type: int}\n  t.b: {type: int, readOnly: true}\n")
                .file("a.yaml", "t.a: x\nt.b: 1\n").file("b.yaml", "t.b: 1\n");
        assertEquals("A definition for option 't.a' is not of type 'signed integer'. Definition values:\n"
                + "- In 'a.yaml:1': \"x\"", f.error("t", "t.yaml", "a.yaml", "b.yaml"));
        assertTrue(f.error("t.b", "t.yaml", "a.yaml", "b.yaml").startsWith("The option 't.b' is read-only"));
    }

    @Test
    void anUndeclaredOptionReachedThroughARefShowsTheValueItIsGiven() {
        // as NixOS shows 3 for config.t.s = config.t.a; it said "<lazy>"
        f.file("s.yaml", """
                options:
                  t.a: {type: anything}
                  t.s: {type: {submodule: {options: {x: {type: int, default: 1}}}}}
                config:
                  t.a: {x: 2, zz: 3}
                  t.s: {$ref: t.a}
                """);
        assertEquals("The option 't.s.zz' does not exist. Definition values:\n- In 's.yaml:6': 3",
                f.error("t.s", "s.yaml"));
    }

    @Test
    void aSuggestionKeepsSomeOfTheWrongNamesLastPart() {
        // 'zz' for 'x' replaces every letter: no hint; 'prot' for 'port' keeps two
        f.file("s.yaml", "options:\n  t.x: {type: int, default: 1}\n  t.port: {type: int, default: 1}\n")
                .file("a.yaml", "t.zz: 1\n").file("b.yaml", "t.prot: 1\n");
        assertEquals("The option 't.zz' does not exist. Definition values:\n- In 'a.yaml:1': 1",
                f.error("t", "s.yaml", "a.yaml"));
        assertEquals("The option 't.prot' does not exist. Definition values:\n- In 'b.yaml:1': 1\n"
                + "Did you mean 't.port'?", f.error("t", "s.yaml", "b.yaml"));
    }

    @Test
    void anythingsKindsAreCheckedInMergeOrderBeforeALaterRefIsRead() {
        // NixOS's anything merge reads its definitions in order to find their common type, so
        // `true` after `{a = 1;}` fails before the mkAfter config.t.x after it (a cycle) is read
        f.file("x.yaml", """
                options:
                  t.x: {type: anything}
                  t.y: {type: anything}
                config:
                  t.x: {$merge: [{a: 1}, true, {$after: {$ref: t.x}}]}
                  t.y: {$merge: [{a: 1}, {$after: {$ref: t.z}}]}
                  t.z: {b: 2}
                """).file("z.yaml", "options:\n  t.z: {type: anything}\n");
        assertEquals("The option 't.x' has conflicting definition values: they are of different kinds (attribute"
                + " set, list, scalar, or a set with outPath or __toString, which is a package):\n"
                + "- In 'x.yaml:5': {\"a\": 1}\n- In 'x.yaml:5': true\n- In 'x.yaml:5': {\"$ref\": \"t.x\"}",
                f.error("t.x", "x.yaml", "z.yaml"));
        // of one kind, the $ref is read and merged
        assertEquals("{\"a\":1,\"b\":2}", f.json("t.y", "x.yaml", "z.yaml"));
    }

    @Test
    void conflictingDefinitionValuesNameEveryDefinition() {
        f.file("a.yaml", "name: alice\n").file("b.yaml", "\nname: bob\n");
        assertEquals("The option 'name' has conflicting definition values:\n- In 'b.yaml:2': \"bob\"\n"
                + "- In 'a.yaml:1': \"alice\"\nUse {\"$force\": value} or {\"$default\": value} to choose one.",
                f.error("name", "decl.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void aSubmodulesOwnDefaultOfTheWrongTypeAlsoNamesWhereTheSubmoduleIsDefined() {
        // the default is the type's line, which the user did not write: where did the user
        // make this instance? (a user's name taken from its attribute name is such a default)
        f.file("items.yaml", """
                options:
                  items:
                    type:
                      attrsOf:
                        submodule:
                          options:
                            port: {type: port, default: 70000}
                            label: {type: str, default: x}
                """).file("a.yaml", "items.web.label: web\n").file("b.yaml", "\n\nitems:\n  web: {}\n  ok.port: 80\n");
        assertEquals("A definition for option 'items.web.port' is not of type '16 bit unsigned integer; between 0 and"
                + " 65535 (both inclusive)'. Definition values:\n- In 'items.yaml:7': 70000\n"
                + "That is the default of 'items.web', which is defined in 'a.yaml:1' and 'b.yaml:4'.",
                f.error("items.web.port", "items.yaml", "a.yaml", "b.yaml"));
        // a definition the user wrote is named itself: no note
        f.file("c.yaml", "items.web.port: -1\n");
        assertEquals("A definition for option 'items.web.port' is not of type '16 bit unsigned integer; between 0 and"
                + " 65535 (both inclusive)'. Definition values:\n- In 'c.yaml:1': -1",
                f.error("items.web.port", "items.yaml", "c.yaml"));
    }

    @Test
    void aPathOfManyPartsIsReadAndOnePastThePrintingDepthIsSaidToBeOne() {
        // printing asked each group of the path whether it held a value, and each asked those
        // below it again: a path of 1,000 parts took seconds, one of 5,000 half a minute
        String deep = "s." + String.join(".", java.util.Collections.nCopies(900, "a"));
        f.file("deep.json", "{\"options\": {\"" + deep + "\": {\"type\": \"int\"}}, \"config\": {\"" + deep + "\": 2}}");
        assertEquals("{\"a\":".repeat(900) + "2" + "}".repeat(900), f.json("s", "deep.json"));
        String deeper = "s." + String.join(".", java.util.Collections.nCopies(1200, "a"));
        f.file("deeper.json", "{\"options\": {\"" + deeper + "\": {\"type\": \"int\"}}, \"config\": {\""
                + deeper + "\": 2}}");
        assertTrue(f.error("s", "deeper.json").contains("either it is written that deep (a path of that many parts)"),
                f.error("s", "deeper.json"));
    }

    @Test
    void aValueThatHoldsItselfIsAnErrorNamingItsDefinitionNotACrash() {
        // lazy, it has no end (NixOS prints it forever); it was an internal error, exit 70, when
        // Jackson's depth limit stopped the printing
        f.file("self.yaml", "options:\n  o: {type: anything}\nconfig:\n  o: {k: {j: {$ref: o}}}\n");
        String holdsItself = " nests attribute sets and lists more than 1000 deep, so it cannot be printed: either"
                + " it is written that deep (a path of that many parts), or it holds itself, through a $ref inside an"
                + " option's value to that option (or to what holds it), and so has no end.";
        assertEquals("The value of 'o'" + holdsItself + " Definition values:\n- In 'self.yaml:4':"
                + " {\"k\": {\"j\": {\"$ref\": \"o\"}}}", f.error("o", "self.yaml"));
        assertEquals("The value of 'o.k'" + holdsItself + " Definition values:\n- In 'self.yaml:4':"
                + " {\"j\": {\"$ref\": \"o\"}}", f.error("o.k", "self.yaml"));
        assertEquals("The configuration" + holdsItself, f.error("", "self.yaml"));
    }

    @Test
    void aControlCharacterInAValueIsShownEscaped() {
        // shown raw, a carriage return sent the terminal's cursor back over the value's start
        f.file("a.json", "{\"services.openssh.enable\": \"a\\rb\\u0007c\\u007fd\\te\"}");
        assertEquals("A definition for option 'services.openssh.enable' is not of type 'boolean'. Definition values:\n"
                + "- In 'a.json:1': \"a\\rb\\u0007c\\u007fd\\te\"", f.error("services.openssh.enable", "decl.yaml", "a.json"));
    }

    @Test
    void aYamlWordReadAsABooleanWhereItDoesNotFitSaysHowToWriteAString() {
        // YAML 1.1 reads an unquoted no as false: the message shows false, which the user never wrote
        f.file("a.yaml", "name: no\n");
        assertEquals("A definition for option 'name' is not of type 'string'. Definition values:\n"
                + "- In 'a.yaml:1': false\n"
                + "YAML reads the unquoted words yes, no, on, off, true and false as booleans; quote a value meant"
                + " as a string: \"no\".", f.error("name", "decl.yaml", "a.yaml"));
        // the word is one the type takes: on, where only "on" and "off" are strings of the type
        f.file("c.yaml", "options:\n  mode: {type: {enum: [\"on\", \"off\"]}}\nconfig:\n  mode: on\n");
        assertTrue(f.error("mode", "decl.yaml", "c.yaml").endsWith("quote a value meant as a string: \"on\"."));
        // a type that takes no such string gets no hint: quoting would not help
        f.file("d.yaml", "options:\n  p: {type: port}\nconfig:\n  p: on\n");
        assertEquals("A definition for option 'p' is not of type '16 bit unsigned integer; between 0 and 65535 (both"
                + " inclusive)'. Definition values:\n- In 'd.yaml:4': true", f.error("p", "decl.yaml", "d.yaml"));
        // JSON has no such words: no hint there
        f.file("b.json", "{\"name\": false}");
        assertEquals("A definition for option 'name' is not of type 'string'. Definition values:\n"
                + "- In 'b.json:1': false", f.error("name", "decl.yaml", "b.json"));
    }

    @Test
    void aYamlNumberWhereAStringOfItsDigitsIsWantedSaysHowToWriteAString() {
        // mode: 600 read as the number 600, which a mode's pattern of digits does not take
        f.file("m.yaml", "options:\n  mode: {type: {strMatching: \"[0-7]{3,4}\"}}\nconfig:\n  mode: 600\n");
        assertEquals("A definition for option 'mode' is not of type 'string matching the pattern [0-7]{3,4}'."
                + " Definition values:\n- In 'm.yaml:4': 600\n"
                + "YAML reads an unquoted number as a number; quote a value meant as a string: \"600\".",
                f.error("mode", "decl.yaml", "m.yaml"));
        // a plain string: a number there is as likely a mistake as a string unquoted: no hint
        f.file("s.yaml", "name: 5\n");
        assertTrue(f.error("name", "decl.yaml", "s.yaml").endsWith("- In 's.yaml:1': 5"));
        // a number the type would not take as a string either: no hint
        f.file("n.yaml", "options:\n  mode: {type: {strMatching: \"[0-7]{3,4}\"}}\nconfig:\n  mode: 99\n");
        assertTrue(f.error("mode", "decl.yaml", "n.yaml").endsWith("- In 'n.yaml:4': 99"));
    }

    @Test
    void aRelativePathWhereAnAbsoluteOneIsWantedSaysOnlyImportsAreRelative() {
        // NixOS's ./keys/bob.pub is a path literal, relative to the file; here it is a string
        f.file("p.yaml", "options:\n  keys: {type: {listOf: path}}\nconfig:\n  keys: [./keys/bob.pub]\n");
        assertEquals("A definition for option 'keys[definition 1-entry 1]' is not of type 'absolute path'."
                + " Definition values:\n- In 'p.yaml:4': \"./keys/bob.pub\"\n"
                + "A path here is absolute: only imports are read relative to the file that names them (in NixOS,"
                + " ./keys/bob.pub is relative to the file; here, write its absolute path).",
                f.error("keys", "decl.yaml", "p.yaml"));
    }

    @Test
    void aQuotedYamlWordWhereABooleanIsWantedSaysHowToWriteABoolean() {
        // the reverse of the above: quoted, yes is a string, which a bool does not take
        f.file("a.yaml", "services.openssh.enable: \"yes\"\n").file("b.json", "{\"services.openssh.enable\": \"Off\"}")
                .file("c.yaml", "services.openssh.enable: \"maybe\"\n");
        assertEquals("A definition for option 'services.openssh.enable' is not of type 'boolean'. Definition values:\n"
                + "- In 'a.yaml:1': \"yes\"\n"
                + "A quoted \"yes\" is a string; write a boolean without quotes, as true or false: true.",
                f.error("services.openssh.enable", "decl.yaml", "a.yaml"));
        assertEquals("A definition for option 'services.openssh.enable' is not of type 'boolean'. Definition values:\n"
                + "- In 'b.json:1': \"Off\"\n"
                + "A quoted \"Off\" is a string; write a boolean without quotes, as true or false: false.",
                f.error("services.openssh.enable", "decl.yaml", "b.json"));
        assertEquals("A definition for option 'services.openssh.enable' is not of type 'boolean'. Definition values:\n"
                + "- In 'c.yaml:1': \"maybe\"", f.error("services.openssh.enable", "decl.yaml", "c.yaml"));
    }

    @Test
    void notOfTypeNamesTheTypesDescriptionAndTheBadDefinitions() {
        f.file("a.yaml", "services.openssh.ports: [22, 70000]\n");
        assertEquals("A definition for option 'services.openssh.ports[definition 1-entry 2]' is not of type"
                + " '16 bit unsigned integer; between 0 and 65535 (both inclusive)'. Definition values:\n"
                + "- In 'a.yaml:1': 70000", f.error("services.openssh.ports", "decl.yaml", "a.yaml"));
        f.file("b.yaml", "services.openssh.ports: [70000, 22]\n");
        assertEquals("A definition for option 'services.openssh.ports[definition 1-entry 1]' is not of type"
                + " '16 bit unsigned integer; between 0 and 65535 (both inclusive)'. Definition values:\n"
                + "- In 'b.yaml:1': 70000", f.error("services.openssh.ports", "decl.yaml", "b.yaml"));
    }

    @Test
    void aSingleValueWhereAListIsWantedSaysToWriteAList() {
        f.file("a.yaml", "services.openssh.ports: 22\n").file("units.yaml", """
                options:
                  systemd.services.web.wantedBy: {type: listOf str, default: []}
                """).file("b.yaml", "systemd.services.web.wantedBy: multi-user.target\n");
        assertEquals("A definition for option 'services.openssh.ports' is not of type 'list of 16 bit unsigned"
                + " integer; between 0 and 65535 (both inclusive)'. Definition values:\n- In 'a.yaml:1': 22\n"
                + "The option takes a list; write a single value in brackets: [22].",
                f.error("services.openssh.ports", "decl.yaml", "a.yaml"));
        assertEquals("A definition for option 'systemd.services.web.wantedBy' is not of type 'list of string'."
                + " Definition values:\n- In 'b.yaml:1': \"multi-user.target\"\n"
                + "The option takes a list; write a single value in brackets: [\"multi-user.target\"].",
                f.error("systemd.services.web.wantedBy", "units.yaml", "b.yaml"));
        // a value the list's elements would not take either gets no such hint
        f.file("c.yaml", "services.openssh.ports: 70000\n");
        assertEquals("A definition for option 'services.openssh.ports' is not of type 'list of 16 bit unsigned"
                + " integer; between 0 and 65535 (both inclusive)'. Definition values:\n- In 'c.yaml:1': 70000",
                f.error("services.openssh.ports", "decl.yaml", "c.yaml"));
    }

    @Test
    void theHintsForListsAndBooleansLookThroughNullOrAndUniq() {
        f.file("n.yaml", """
                options:
                  l: {type: nullOr (listOf str), default: null}
                  b: {type: uniq (nullOr bool), default: null}
                config:
                  l: web
                  b: "no"
                """);
        assertEquals("A definition for option 'l' is not of type 'null or (list of string)'. Definition values:\n"
                + "- In 'n.yaml:5': \"web\"\nThe option takes a list; write a single value in brackets: [\"web\"].",
                f.error("l", "n.yaml"));
        assertTrue(f.error("b", "n.yaml").endsWith("- In 'n.yaml:6': \"no\"\n"
                + "A quoted \"no\" is a string; write a boolean without quotes, as true or false: false."),
                f.error("b", "n.yaml"));
    }

    @Test
    void aDefaultOfTheWrongTypeIsShownAtItsOwnLine() {
        f.file("d3.yaml", """
                options:
                  my.port:
                    type: port
                    default: "80"
                """);
        assertEquals("A definition for option 'my.port' is not of type '16 bit unsigned integer; between 0 and 65535"
                + " (both inclusive)'. Definition values:\n- In 'd3.yaml:4': \"80\"", f.error("my.port", "d3.yaml"));
        // on one line with its key, the line is the same
        f.file("d4.yaml", "options:\n  my.port: {type: port, default: \"80\"}\n");
        assertEquals("A definition for option 'my.port' is not of type '16 bit unsigned integer; between 0 and 65535"
                + " (both inclusive)'. Definition values:\n- In 'd4.yaml:2': \"80\"", f.error("my.port", "d4.yaml"));
    }

    @Test
    void aTypeErrorComesBeforeTheMergeRulesOfNullOrAndUniq() {
        // NixOS's mergeDefinitions checks every definition before the type's merge counts them
        f.file("types.yaml", "options:\n  maybe: {type: nullOr str}\n  once: {type: uniq str}\n")
                .file("a.yaml", "maybe: null\nonce: x\n").file("b.yaml", "maybe: 5\nonce: 6\n");
        assertEquals("A definition for option 'maybe' is not of type 'null or string'. Definition values:\n"
                + "- In 'b.yaml:1': 5", f.error("maybe", "types.yaml", "a.yaml", "b.yaml"));
        assertEquals("A definition for option 'once' is not of type 'string'. Definition values:\n"
                + "- In 'b.yaml:2': 6", f.error("once", "types.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void usedButNotDefinedNamesTheDeclaration() {
        assertEquals("The option 'name' is used but not defined (declared in 'decl.yaml:4').",
                f.error("name", "decl.yaml"));
    }

    @Test
    void usedButNotDefinedThroughADirectiveNamesTheDirectivesLineToo() {
        f.file("a.yaml", "options:\n  alias: {type: str}\nconfig:\n  alias: {$ref: name}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> f.eval("decl.yaml", "a.yaml").get("alias"));
        assertEquals("The option 'name' is used but not defined (declared in 'decl.yaml:4'); the $ref in 'a.yaml:4'"
                + " refers to it.", f.strip(e.getMessage()));
        assertEquals(List.of("alias", "name"), e.trace(), "the chain still leads to the undefined option");
        f.file("b.yaml", "options:\n  flag: {type: bool}\n  label: {type: str}\nconfig:\n"
                + "  label: {$if: flag, then: x}\n");
        assertEquals("The option 'flag' is used but not defined (declared in 'b.yaml:2'); the $if in 'b.yaml:5'"
                + " refers to it.", f.error("label", "decl.yaml", "b.yaml"));
    }

    @Test
    void aConditionThatIsNotABooleanIsAnError() {
        f.file("a.yaml", "name: {$if: services.openssh.ports, then: x}\n");
        assertEquals("The condition 'services.openssh.ports' of the $if in 'a.yaml:1' is not a boolean but [22].",
                f.error("name", "decl.yaml", "a.yaml"));
        // a list's element is merged when read; one that fails is shown as failing, and the
        // message stays the one about the condition
        f.file("b.yaml", "options:\n  b: {type: listOf str}\nconfig:\n  b: [x, 3]\n  name: {$if: b, then: x}\n");
        assertEquals("The condition 'b' of the $if in 'b.yaml:5' is not a boolean but [\"x\", <error>].",
                f.error("name", "decl.yaml", "b.yaml"));
    }

    @Test
    void anAttributeSetNotYetReadShowsAsBracesWithAnEllipsis() {
        // shown without reading it (its values may fail, or be many); "<lazy>" said nothing of what it is
        f.file("a.yaml", "options:\n  g.x: {type: int, default: 1}\n  c: {type: str}\nconfig:\n  name: {$ref: g}\n"
                + "  c: {$if: g, then: x}\n");
        assertEquals("A definition for option 'name' is not of type 'string'. Definition values:\n- In 'a.yaml:5': {...}",
                f.error("name", "decl.yaml", "a.yaml"));
        assertEquals("The condition 'g' of the $if in 'a.yaml:6' is not a boolean but {...}.",
                f.error("c", "decl.yaml", "a.yaml"));
    }

    @Test
    void aConditionOnAnUndeclaredOptionSaysSo() {
        f.file("a.yaml", "name: {$if: services.opensh.enable, then: x}\n");
        assertEquals("The option 'services.opensh.enable' does not exist; the $if in 'a.yaml:1' refers to it.\n"
                + "Did you mean 'services.openssh.enable'?", f.error("name", "decl.yaml", "a.yaml"));
    }

    @Test
    void aReferenceToAnUndeclaredOptionNamesItsPlace() {
        f.file("a.yaml", "name: {$ref: networking.hostNme}\n");
        assertEquals("The option 'networking.hostNme' does not exist; the $ref in 'a.yaml:1' refers to it.",
                f.error("name", "decl.yaml", "a.yaml").replaceAll("\nDid you mean.*", ""));
    }

    @Test
    void anAttributeNameWithADotWrittenUnquotedIsSuggestedQuoted() {
        // environment.etc.sysctl.d/90-net.conf.text: the '.' of the file name split the name
        f.file("files.yaml", """
                options:
                  files: {type: {attrsOf: {submodule: {options: {text: {type: str}}}}}, default: {}}
                config:
                  files."sysctl.d/90-net.conf".text: x
                """);
        f.file("unquoted.yaml", "files.sysctl.d/99-ip.conf.text: y\n");
        assertEquals("The option 'files.sysctl.d/99-ip.conf.text' does not exist. Definition values:\n"
                + "- In 'unquoted.yaml:1': \"y\"\n"
                + "Did you mean 'files.\"sysctl.d/99-ip.conf\".text'?", f.error("files", "files.yaml", "unquoted.yaml"));
        assertEquals("The path 'files.sysctl' does not exist: there is no attribute 'sysctl' in the value of 'files'.\n"
                + "Did you mean 'files.\"sysctl.d/90-net.conf\".text'?", f.error("files.sysctl.d/90-net.conf.text",
                "files.yaml"));
    }

    @Test
    void aMissingAttributeOfAValueSuggestsACloseOne() {
        f.file("a.yaml", """
                options:
                  hosts: {type: attrsOf (attrsOf str), default: {}}
                config:
                  hosts.web.addr: 10.0.0.1
                  name: {$ref: hosts.wbe.addr}
                """);
        assertEquals("The path 'hosts.wbe' does not exist: there is no attribute 'wbe' in the value of 'hosts';"
                + " the $ref in 'a.yaml:5' refers to it.\nDid you mean 'hosts.web.addr'?",
                f.error("name", "decl.yaml", "a.yaml"));
        f.file("b.yaml", "hosts.web.addr: 10.0.0.1\nname: {$ref: hosts.mail.addr}\n"); // nothing close: no hint
        assertEquals("The path 'hosts.mail' does not exist: there is no attribute 'mail' in the value of 'hosts';"
                + " the $ref in 'b.yaml:2' refers to it.", f.error("name", "decl.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void aReferenceIntoAValueWithoutThatAttributeNamesItsPlace() {
        f.file("a.yaml", """
                options:
                  hosts: {type: attrsOf str, default: {}}
                config:
                  name: {$ref: hosts.web}
                """);
        assertEquals("The path 'hosts.web' does not exist: there is no attribute 'web' in the value of 'hosts';"
                + " the $ref in 'a.yaml:4' refers to it.", f.error("name", "decl.yaml", "a.yaml"));
        f.file("b.yaml", "name: {$if: services.openssh.ports.enable, then: x}\n");
        assertEquals("The path 'services.openssh.ports.enable' does not exist: there is no attribute 'enable' in"
                + " 'services.openssh.ports', whose value is [22]; the $if in 'b.yaml:1' refers to it.",
                f.error("name", "decl.yaml", "b.yaml"));
    }

    @Test
    void aGroupOfOptionsCannotBeDefinedAsAValue() {
        f.file("a.yaml", "services.openssh: 5\n");
        assertEquals("'services.openssh' is a set of options, so its definition must be an attribute set (or a"
                + " directive around one), and a computed value or $ref cannot define it. Definition values:\n"
                + "- In 'a.yaml:1': 5", f.error("name", "decl.yaml", "a.yaml"));
    }

    @Test
    void aModulesConfigThatIsNotAnAttributeSetIsNamedSo() {
        // the root's path is empty: '' named nothing a reader could find
        f.file("a.yaml", "config: null\n").file("b.yaml", "$if: services.openssh.enable\nthen: [1]\n");
        assertEquals("The config of a module is a set of options, so it must be an attribute set (or a directive"
                + " around one), and a computed value or $ref cannot define it. Definition values:\n"
                + "- In 'a.yaml:1': null", f.error("name", "decl.yaml", "a.yaml"));
        assertEquals("The config of a module is a set of options, so it must be an attribute set (or a directive"
                + " around one), and a computed value or $ref cannot define it. Definition values:\n"
                + "- In 'b.yaml:1': [1]", f.error("name", "decl.yaml", "b.yaml"));
    }

    @Test
    void traceNamesTheChainOfOptionsThatLedToTheError() {
        f.file("a.yaml", """
                options:
                  outer: {type: str}
                  middle: {type: str}
                config:
                  outer: {$ref: middle}
                  middle: {$ref: name}
                """);
        ConfigException e = assertThrows(ConfigException.class, () -> f.json("outer", "decl.yaml", "a.yaml"));
        assertEquals(List.of("outer", "middle", "name"), e.trace());
    }

    @Test
    void aPluginRefusingTheConfigurationInItsOwnWordsIsShownAsItSaidIt() {
        Fixture p = new Fixture(dir).plugin(new io.stead.api.ServiceModule() {
            @Override
            public String name() {
                return "strict";
            }

            @Override
            public void options(io.stead.api.Options o) {
                o.add(io.stead.api.Option.of("strict.value", io.stead.api.Types.str()));
            }

            @Override
            public void config(io.stead.api.Definitions c) {
                c.compute("strict.value", cfg -> {
                    throw new ConfigException("'strict.value': refused, set 'strict.other' instead");
                });
            }
        });
        assertEquals("'strict.value': refused, set 'strict.other' instead", p.error("strict.value"));
    }

    @Test
    void aFailingPluginIsNamedWithItsJarAndLine() {
        Fixture p = new Fixture(dir).plugin(new TestModules.Broken());
        String error = p.error("broken.value");
        assertTrue(error.matches("The service module from test-plugin\\.jar failed in 'test-plugin\\.jar!TestModules"
                + "\\.java:\\d+' while computing 'broken\\.value': java\\.lang\\.IllegalStateException: the plugin's own bug"),
                error);
    }
}
