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

/** Merging as NixOS merges: priorities, conditions, orders, module order, attribute sets, submodules. */
class MergingTest {
    @TempDir
    Path dir;
    Fixture f;

    @BeforeEach
    void declare() {
        f = new Fixture(dir).file("decl.yaml", """
                options:
                  n: {type: int, default: 1}
                  flag: {type: bool, default: false}
                  list: {type: listOf str, default: [default]}
                  text: {type: lines, default: ""}
                  eager: {type: attrsOf int, default: {}}
                  lazy: {type: lazyAttrsOf int, default: {}}
                """);
    }

    @Test
    void theOptionDefaultHasPriority1500() {
        f.file("d.yaml", "n: {$override: 1501, value: 5}\n");
        assertEquals("1", f.json("n", "decl.yaml", "d.yaml"));
        f.file("d.yaml", "n: {$override: 1499, value: 5}\n");
        assertEquals("5", f.json("n", "decl.yaml", "d.yaml"));
    }

    @Test
    void negativePrioritiesAndOrdersAreOrdinaryNumbers() {
        // any integer is a priority or an order, as in NixOS: below zero wins over $force, and
        // sorts before $before
        f.file("p.yaml", "n: {$override: -1, value: 7}\n").file("q.yaml", "n: {$force: 8}\n");
        assertEquals("7", f.json("n", "decl.yaml", "p.yaml", "q.yaml"));
        f.file("o.yaml", "list: {$merge: [{$order: -3, value: [first]}, {$before: [second]}]}\n");
        assertEquals("[\"first\",\"second\"]", f.json("list", "decl.yaml", "o.yaml"));
    }

    @Test
    void aPluginsPriorityAndOrderOfIntegerMinValueAreTheStrongestAndFirst() {
        // the outermost counts, whatever its number: mkOverride MIN_VALUE (mkDefault 1) is at MIN_VALUE
        f.plugin(new TestModules.Extremes()).file("e.yaml", """
                extreme.n: {$override: -2147483647, value: 2}
                extreme.list: {$order: -2147483647, value: [second]}
                """);
        assertEquals("1", f.json("extreme.n", "e.yaml"));
        assertEquals("[\"first\",\"second\"]", f.json("extreme.list", "e.yaml"));
    }

    @Test
    void aValueOrListJoinsEveryDefinitionIntoAListIfAnyIsOne() {
        // NixOS's systemd unitOption: Environment = "A=1" in one module, ["B=2"] in another
        f.plugin(new TestModules.Repeatable())
                .file("one.yaml", "unit.env: A=1\n").file("list.yaml", "unit.env: [B=2, C=3]\n")
                .file("after.yaml", "unit.env: {$after: Z=9}\n").file("same.yaml", "unit.env: A=1\n")
                .file("other.yaml", "unit.env: D=4\n").file("forced.yaml", "unit.env: {$force: F=5}\n");
        // (files named later come first in merge order)
        assertEquals("[\"A=1\",\"B=2\",\"C=3\"]", f.json("unit.env", "list.yaml", "one.yaml"));
        assertEquals("[\"B=2\",\"C=3\",\"A=1\"]", f.json("unit.env", "one.yaml", "list.yaml"));
        // orders as a list's: Z=9, first in merge order, goes last
        assertEquals("[\"A=1\",\"B=2\",\"C=3\",\"Z=9\"]", f.json("unit.env", "list.yaml", "one.yaml", "after.yaml"));
        // single values alone must agree, as NixOS's mergeEqualOption has them
        assertEquals("\"A=1\"", f.json("unit.env", "one.yaml", "same.yaml"));
        assertEquals(List.of("The option 'unit.env' has conflicting definition values:",
                "- In 'other.yaml:1': \"D=4\"", "- In 'one.yaml:1': \"A=1\"",
                "Use {\"$force\": value} or {\"$default\": value} to choose one."),
                f.error("unit.env", "one.yaml", "other.yaml").lines().toList());
        // priorities first: the forced single value is all that is left
        assertEquals("\"F=5\"", f.json("unit.env", "one.yaml", "list.yaml", "forced.yaml"));
    }

    @Test
    void defaultIs1000PlainIs100ForceIs50() {
        f.file("a.yaml", "n: {$default: 2}\n").file("b.yaml", "n: 3\n").file("c.yaml", "n: {$force: 4}\n");
        assertEquals("2", f.json("n", "decl.yaml", "a.yaml"));
        assertEquals("3", f.json("n", "decl.yaml", "a.yaml", "b.yaml"));
        assertEquals("4", f.json("n", "decl.yaml", "a.yaml", "b.yaml", "c.yaml"));
        f.file("d.yaml", "n: {$override: 49, value: 9}\n");
        assertEquals("9", f.json("n", "decl.yaml", "a.yaml", "b.yaml", "c.yaml", "d.yaml"));
    }

    @Test
    void typeChecksHappenAfterPriorityFiltering() {
        f.file("a.yaml", "n: {$default: not-a-number}\n").file("b.yaml", "n: 3\n");
        assertEquals("3", f.json("n", "decl.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void isDefinedCountsTheDefinitionsAValueWouldUseAsNixosDoes() {
        // NixOS's isDefined: definitions left after mkIf and priorities, the default not counted
        Fixture g = new Fixture(dir).plugin(new TestModules.DefinedProbe());
        g.file("none.yaml", "{}\n")
                .file("plain.yaml", "probe.value: 5\n")
                .file("off.yaml", "probe.value: {$if: probe.flag, then: 5}\n")
                .file("on.yaml", "probe.flag: true\nprobe.value: {$if: probe.flag, then: 5}\n")
                .file("weak.yaml", "probe.value: {$default: 5}\n")
                .file("never.yaml", "probe.value: {$override: 10000, value: 5}\n")
                .file("old.yaml", "probe.old: 5\n");
        assertEquals("false", g.json("probe.defined", "none.yaml"), "the default alone");
        assertEquals("true", g.json("probe.defined", "plain.yaml"));
        assertEquals("false", g.json("probe.defined", "off.yaml"), "under a false $if");
        assertEquals("true", g.json("probe.defined", "on.yaml"));
        assertEquals("true", g.json("probe.defined", "weak.yaml"), "a $default is a definition");
        assertEquals("false", g.json("probe.defined", "never.yaml"), "a priority that never counts");
        assertEquals("true", g.json("probe.defined", "old.yaml"), "defined through its old name");
        assertEquals("true", g.json("probe.oldDefined", "plain.yaml"), "asked by its old name");
        ConfigException e = assertThrows(ConfigException.class, () -> g.eval("none.yaml").isDefined("probe.valu"));
        assertTrue(e.getMessage().startsWith("The option 'probe.valu' does not exist"), e.getMessage());
    }

    @Test
    void aDefaultOnItsOwnLineInAFileIsNotADefinitionForIsDefined() {
        // the default keeps its 'default:' line, below the option's key: it must still be
        // told from the definitions by where it is
        Fixture g = new Fixture(dir).plugin(new TestModules.DefinedProbe());
        g.file("decl.yaml", """
                options:
                  declared:
                    type: int
                    default: 1
                """).file("set.yaml", "declared: 2\n");
        assertEquals("false", g.json("probe.yamlDefined", "decl.yaml"), "the default alone");
        assertEquals("true", g.json("probe.yamlDefined", "decl.yaml", "set.yaml"));
    }

    @Test
    void ifIsPushedDownBeforeAnythingIsForced() {
        // the condition cannot be evaluated (nothing defines 'missing'); pushing $if down to each
        // option means which options this module defines is known without it, so reading 'n'
        // never touches the condition, while reading 'list' (which it guards) does
        f.file("cond.yaml", "options:\n  missing: {type: bool}\n").file("a.yaml", """
                $if: missing
                then:
                  list: [guarded]
                """);
        assertEquals("1", f.json("n", "decl.yaml", "cond.yaml", "a.yaml"));
        // (the $if is named at its own line, though it was pushed down to 'list' on line 3)
        assertEquals("The option 'missing' is used but not defined (declared in 'cond.yaml:2'); the $if in"
                + " 'a.yaml:1' refers to it.", f.error("list", "decl.yaml", "cond.yaml", "a.yaml"));
    }

    @Test
    void aModuleGuardedByAnOptionItDoesNotDefineMayReadIt() {
        // NixOS's classic: config = mkIf cfg.enable { ... } in the module that declares enable
        f.file("svc.yaml", """
                options:
                  svc.enable: {type: bool, default: false}
                  svc.port: {type: int, default: 80}
                config:
                  $if: svc.enable
                  then:
                    list: [{$ref: svc.name}]
                    n: {$ref: svc.port}
                """).file("svcname.yaml", "options:\n  svc.name: {type: str, default: web}\n")
                .file("on.yaml", "svc.enable: true\n");
        assertEquals("80", f.json("n", "decl.yaml", "svc.yaml", "svcname.yaml", "on.yaml"));
        assertEquals("[\"web\"]", f.json("list", "decl.yaml", "svc.yaml", "svcname.yaml", "on.yaml"));
        assertEquals("1", f.json("n", "decl.yaml", "svc.yaml", "svcname.yaml"));
    }

    @Test
    void ifTrueAndFalseAreWithAndWithoutTheValue() {
        f.file("on.yaml", "flag: true\n").file("a.yaml", "list: {$if: flag, then: [x]}\n");
        assertEquals("[\"x\"]", f.json("list", "decl.yaml", "on.yaml", "a.yaml"));
        assertEquals("[\"default\"]", f.json("list", "decl.yaml", "a.yaml"));
    }

    @Test
    void mergeSplitsIntoSeparateDefinitions() {
        f.file("a.yaml", "$merge:\n  - list: [a]\n  - list: [b]\n  - n: 2\n");
        assertEquals("[\"a\",\"b\"]", f.json("list", "decl.yaml", "a.yaml"));
        assertEquals("2", f.json("n", "decl.yaml", "a.yaml"));
    }

    @Test
    void beforeAfterAndOrderSortDefinitions() {
        f.file("a.yaml", "text: {$after: last}\n").file("b.yaml", "text: middle\n")
                .file("c.yaml", "text: {$before: first}\n").file("d.yaml", "text: {$order: 999, value: second}\n");
        assertEquals("\"first\\nsecond\\nmiddle\\nlast\"", f.json("text", "decl.yaml", "a.yaml", "b.yaml", "c.yaml",
                "d.yaml"));
    }

    @Test
    void anOrderInsideAPriorityCountsAroundAReferenceToo() {
        // mkForce (mkBefore config.a): the $ref is read only once the priority counts, and the
        // order between them was dropped then (a literal kept it); found by comparing with NixOS
        f.file("a.yaml", """
                options:
                  other: {type: listOf str, default: []}
                  src: {type: lines, default: ""}
                config: {list: [a], src: x}
                """).file("b.yaml", """
                other: {$merge: [{$force: [b]}, {$force: {$before: {$ref: list}}}]}
                text: {$merge: [{$default: b}, {$default: {$order: 100, value: {$ref: src}}}]}
                """).file("c.yaml", "$merge: [{other: {$force: [c]}}, {$force: {other: {$after: {$ref: list}}}}]\n");
        assertEquals("[\"a\",\"b\"]", f.json("other", "decl.yaml", "a.yaml", "b.yaml"));
        assertEquals("\"x\\nb\"", f.json("text", "decl.yaml", "a.yaml", "b.yaml"));
        assertEquals("[\"c\",\"a\"]", f.json("other", "decl.yaml", "a.yaml", "c.yaml"));
    }

    @Test
    void modulesMergeInReversedBreadthFirstOrder() {
        f.file("a.yaml", "imports: [a1.yaml, a2.yaml]\nlist: [a]\n").file("a1.yaml", "imports: [a11.yaml]\nlist: [a1]\n")
                .file("a11.yaml", "list: [a11]\n").file("a2.yaml", "list: [a2]\n")
                .file("b.yaml", "imports: [b1.yaml]\nlist: [b]\n").file("b1.yaml", "list: [b1]\n");
        assertEquals("[\"a11\",\"b1\",\"a2\",\"a1\",\"b\",\"a\"]", f.json("list", "a.yaml", "b.yaml", "decl.yaml")
                .replace("\"default\",", ""));
    }

    @Test
    void aSubmoduleDeclaredInSeveralFilesMergesItsTypesConfigInModuleOrder() {
        // NixOS joins the types' modules in the order the files are collected, and an instance
        // merges them as it merges any modules, so their definitions come in the files' merge
        // order (c, b, a), before the definitions of the instance (compared with lib.evalModules)
        for (String x : new String[] {"a", "b", "c"}) {
            String inner = x.equals("a") ? "options: {l: {type: listOf str, default: []}}, " : "";
            f.file(x + ".yaml", "options:\n"
                    + "  t.s: {type: {submodule: {" + inner + "config: {l: [t" + x + "]}}}}\n"
                    + "  t.n: {type: {submodule: {options: {i: {type: {submodule: {" + inner + "config: {l: [t" + x
                    + "]}}}}}, config: {i.l: [u" + x + "]}}}}\n"
                    + "config:\n  t.s.l: [d" + x + "]\n  t.n.i.l: [d" + x + "]\n");
        }
        assertEquals("{\"n\":{\"i\":{\"l\":[\"tc\",\"tb\",\"ta\",\"dc\",\"db\",\"da\",\"ua\",\"ub\",\"uc\"]}},"
                + "\"s\":{\"l\":[\"tc\",\"tb\",\"ta\",\"da\",\"db\",\"dc\"]}}", f.json("t", "a.yaml", "b.yaml", "c.yaml"));
        assertEquals("{\"n\":{\"i\":{\"l\":[\"tc\",\"ta\",\"tb\",\"dc\",\"da\",\"db\",\"ub\",\"ua\",\"uc\"]}},"
                + "\"s\":{\"l\":[\"tc\",\"ta\",\"tb\",\"db\",\"da\",\"dc\"]}}", f.json("t", "b.yaml", "a.yaml", "c.yaml"));
    }

    @Test
    void aSubmoduleInsideEitherOrOneOfMergesItsTypesConfigAfterTheInstancesDefinitions() {
        // NixOS's either keeps its branches' types as they are, so the type's modules are not
        // wrapped as imports and merge after the definitions, in the files' order (compared with
        // lib.evalModules, as the plain submodule above)
        for (String x : new String[] {"a", "b"}) {
            String inner = x.equals("a") ? "options: {l: {type: listOf str, default: []}}, " : "";
            f.file(x + ".yaml", "options:\n"
                    + "  t.e: {type: {either: [{submodule: {" + inner + "config: {l: [t" + x + "]}}}, str]}}\n"
                    + "  t.o: {type: {attrsOf: {oneOf: [int, {submodule: {" + inner + "config: {l: [t" + x
                    + "]}}}, str]}}}\n"
                    + "  t.m: {type: {submodule: {options: {i: {type: {either: [{submodule: {" + inner
                    + "config: {l: [t" + x + "]}}}, int]}}}, config: {i.l: [u" + x + "]}}}}\n"
                    + "config:\n  t.e.l: [d" + x + "]\n  t.o.k.l: [d" + x + "]\n  t.m.i.l: [d" + x + "]\n");
        }
        assertEquals("{\"e\":{\"l\":[\"da\",\"ta\"]},\"m\":{\"i\":{\"l\":[\"da\",\"ua\",\"ta\"]}},"
                + "\"o\":{\"k\":{\"l\":[\"da\",\"ta\"]}}}", f.json("t", "a.yaml"));
        assertEquals("{\"e\":{\"l\":[\"db\",\"da\",\"tb\",\"ta\"]},"
                + "\"m\":{\"i\":{\"l\":[\"da\",\"db\",\"ub\",\"ua\",\"tb\",\"ta\"]}},"
                + "\"o\":{\"k\":{\"l\":[\"db\",\"da\",\"tb\",\"ta\"]}}}", f.json("t", "b.yaml", "a.yaml"));
    }

    @Test
    void pluginDefinitionsComeAfterTheUsersInMergeOrder() {
        f.plugin(new TestModules.Greeting()).file("a.yaml", "greeting.enable: true\ngreeting.lines: [hi]\n");
        assertEquals("[\"hi\",\"bye\"]", f.json("greeting.lines", "a.yaml"));
    }

    @Test
    void attrsOfDropsAnAttributeWhoseDefinitionsAreAllDisabled() {
        f.file("a.yaml", "eager: {x: {$if: flag, then: 1}, y: 2}\n");
        assertEquals("{\"y\":2}", f.json("eager", "decl.yaml", "a.yaml"));
    }

    @Test
    void lazyAttrsOfKeepsTheNameAndFailsWhenTheValueIsRead() {
        f.file("a.yaml", "lazy: {x: {$if: flag, then: 1}, y: 2}\n");
        assertEquals("2", f.json("lazy.y", "decl.yaml", "a.yaml"));
        assertEquals("The option 'lazy.x' is used but not defined.", f.error("lazy", "decl.yaml", "a.yaml"));
    }

    @Test
    void lazyAttrsOfDoesNotEvaluateOtherAttributes() {
        f.file("a.yaml", "lazy: {broken: {$ref: nowhere}, fine: 3}\n");
        assertEquals("3", f.json("lazy.fine", "decl.yaml", "a.yaml"));
    }

    @Test
    void aSubmoduleInstanceReadsItsOwnNameAndValues() {
        f.plugin(new TestModules.Web()).file("a.yaml", "services.web.blog.port: 8080\nservices.web.shop.port: 9090\n");
        assertEquals("{\"blog\":{\"port\":8080,\"unit\":\"web-blog.service\",\"url\":\"http://localhost:8080/blog\"},"
                + "\"shop\":{\"port\":9090,\"unit\":\"web-shop.service\",\"url\":\"http://localhost:9090/shop\"}}",
                f.json("services.web", "a.yaml"));
    }

    @Test
    void aSubmodulesOwnDefaultLosesToTheUsersDefinition() {
        f.plugin(new TestModules.Web()).file("a.yaml", "services.web.blog: {port: 1, unit: custom.service}\n");
        assertEquals("\"custom.service\"", f.json("services.web.blog.unit", "a.yaml"));
    }

    @Test
    void insideASubmoduleItsOwnModulesComeFirstAndTheDefinitionsMergeReversed() {
        // NixOS's submoduleWith evaluates [its modules (wrapped as imports)] ++ [the definitions]
        // and evalModules reverses what it collects: the type's own definitions first, then the
        // instance's definitions in the reverse of the enclosing option's order (nixpkgs #56519)
        f.plugin(new TestModules.Tagged()).file("a.yaml", "services.tagged.x.tags: [a]\n")
                .file("b.yaml", "services.tagged.x.tags: [b]\n");
        assertEquals("[\"own\",\"a\",\"b\"]", f.json("services.tagged.x.tags", "a.yaml", "b.yaml"));
    }

    @Test
    void aListElementsSubmoduleIsNamedByItsPlaceAsInNixos() {
        // NixOS's listOf evaluates each element at loc ++ ["[definition N-entry M]"], and a
        // submodule's name is the last element of its loc
        f.plugin(new TestModules.Listed()).file("a.yaml", "services.listed: [{}, {}]\n")
                .file("b.yaml", "services.listed: [{}]\n");
        assertEquals("[{\"name\":\"[definition 1-entry 1]\"},{\"name\":\"[definition 2-entry 1]\"},"
                + "{\"name\":\"[definition 2-entry 2]\"}]", f.json("services.listed", "a.yaml", "b.yaml"));
    }

    @Test
    void aSubmoduleMayBeDefinedWithAnotherOnesValue() {
        // as NixOS's config.copy = config.source: the value read is an attribute set like any other
        f.plugin(new TestModules.Copies()).file("a.yaml", "copies.source.a.port: 7\ncopies.source.b: {}\n");
        assertEquals("{\"a\":{\"port\":7},\"b\":{\"port\":1}}", f.json("copies.copy", "a.yaml"));
        f.file("refs.yaml", """
                options:
                  s: {type: {submodule: {options: {p: {type: int, default: 1}}}}, default: {}}
                  t: {type: {submodule: {options: {p: {type: int, default: 2}, q: {type: int, default: 3}}}}}
                config:
                  s.p: 7
                  t: {$ref: s}
                """);
        assertEquals("{\"p\":7,\"q\":3}", f.json("t", "refs.yaml"));
    }

    @Test
    void readOnlyOptionsMayBeSetOnce() {
        f.file("ro.yaml", "options:\n  id: {type: int, readOnly: true}\n").file("a.yaml", "id: 1\n")
                .file("b.yaml", "id: 2\n");
        assertEquals("1", f.json("id", "ro.yaml", "a.yaml"));
        assertEquals("The option 'id' is read-only, but it's set multiple times. Definition values:\n"
                + "- In 'b.yaml:1': 2\n- In 'a.yaml:1': 1", f.error("id", "ro.yaml", "a.yaml", "b.yaml"));
    }

    @Test
    void aReadOnlyOptionSetTwiceFailsTheGroupThatHoldsIt() {
        // NixOS counts the settings before their conditions, and a group's value reads each
        // option, so even with every setting under a false $if the group fails (not left out)
        f.file("ro.yaml", "options:\n  g.id: {type: int, readOnly: true}\n  g.x: {type: int, default: 1}\n")
                .file("a.yaml", "g.id: {$if: flag, then: 1}\n").file("b.yaml", "g.id: {$if: flag, then: 2}\n");
        String readOnly = "The option 'g.id' is read-only, but it's set multiple times. Definition values:\n"
                + "- In 'b.yaml:1': {\"$if\": \"flag\", \"then\": 2}\n- In 'a.yaml:1': {\"$if\": \"flag\", \"then\": 1}";
        assertEquals(readOnly, f.error("g.id", "decl.yaml", "ro.yaml", "a.yaml", "b.yaml"));
        assertEquals(readOnly, f.error("g", "decl.yaml", "ro.yaml", "a.yaml", "b.yaml"));
        assertEquals("{\"x\":1}", f.json("g", "decl.yaml", "ro.yaml", "a.yaml"));
    }

    @Test
    void commandLineDefinitionsJoinTheConfiguration() {
        f.commandLine(java.util.Map.of("n", io.stead.api.Definition.mkForce(42))).file("a.yaml", "n: 2\n");
        assertEquals("42", f.json("n", "decl.yaml", "a.yaml"));
    }

    @Test
    void anOrderAroundASubmodulesValueIsRefusedAsInNixOS() {
        // NixOS's submodule merge takes each sorted definition as {value, file} and fails on the
        // priority field that mkBefore/mkAfter/mkOrder leave ("called with unexpected argument
        // 'priority'"), wherever the submodule is: an option, an element, under nullOr
        Fixture g = new Fixture(dir).file("subs.yaml", """
                options:
                  s: {type: {submodule: {options: {x: {type: int, default: 1}, l: {type: listOf int, default: []}}}}}
                  a: {type: {attrsOf: {submodule: {options: {x: {type: int, default: 1}}}}}, default: {}}
                  l: {type: {listOf: {submodule: {options: {x: {type: int, default: 1}}}}}, default: []}
                  n: {type: {nullOr: {submodule: {options: {x: {type: int, default: 1}}}}}, default: null}
                """).file("ordered.yaml", """
                s: {$after: {x: 2}}
                a.k: {$before: {x: 3}}
                l: [{$order: 10, value: {x: 4}}]
                n: {$order: 1000, value: {x: 5}}
                """);
        String refused = " is a submodule, whose definitions cannot be ordered ($before, $after or $order around"
                + " its value), as in NixOS; order a list inside it instead:\n- In 'ordered.yaml:";
        assertEquals("The option 's'" + refused + "1': {\"x\": 2}", g.error("s", "subs.yaml", "ordered.yaml"));
        assertEquals("The option 'a.k'" + refused + "2': {\"x\": 3}", g.error("a", "subs.yaml", "ordered.yaml"));
        assertEquals("The option 'l[definition 1-entry 1]'" + refused + "3': {\"x\": 4}",
                g.error("l", "subs.yaml", "ordered.yaml"));
        // an order of the default, 1000, is still one
        assertEquals("The option 'n'" + refused + "4': {\"x\": 5}", g.error("n", "subs.yaml", "ordered.yaml"));
        // a priority is not an order, an order of a losing priority does not count, and an order
        // inside a submodule's value orders what it is written around
        g.file("fine.yaml", """
                s: {l: {$before: [2]}}
                a.k: {$merge: [{$default: {$after: {x: 3}}}, {x: 4}]}
                n: {$force: {x: 6}}
                """).file("more.yaml", "s.l: [1]\n");
        assertEquals("{\"l\":[2,1],\"x\":1}", g.json("s", "subs.yaml", "fine.yaml", "more.yaml"));
        assertEquals("{\"k\":{\"x\":4}}", g.json("a", "subs.yaml", "fine.yaml"));
        assertEquals("{\"x\":6}", g.json("n", "subs.yaml", "fine.yaml"));
    }
}
