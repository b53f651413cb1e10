package io.stead.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Laziness and one evaluation: modules run once, values are computed once and on demand. */
class LazinessTest {
    @TempDir
    Path dir;

    @Test
    void aPluginsDefinitionCodeRunsOnceHoweverManyOptionsReadIt() {
        TestModules.Greeting greeting = new TestModules.Greeting();
        Fixture f = new Fixture(dir).plugin(greeting).file("a.yaml", "greeting.enable: true\ngreeting.text: hey\n");
        Evaluation e = f.eval("a.yaml");
        for (int i = 0; i < 5; i++) {
            assertEquals("HEY", e.get("greeting.shout"));
            e.json(OptionPath.parse("greeting"), false);
        }
        assertEquals(1, greeting.configRuns.get(), "config() ran once");
        assertEquals(1, greeting.computeRuns.get(), "the computed value ran once");
    }

    @Test
    void aModuleRunsOnceAcrossEvaluationsOfOneEvaluator() {
        TestModules.Greeting greeting = new TestModules.Greeting();
        Evaluator evaluator = Evaluator.create(java.util.List.of(new PluginSource(greeting, "x.jar")));
        evaluator.evaluate(EvaluationRequest.of(java.util.List.of())).get("greeting.lines");
        evaluator.evaluate(EvaluationRequest.of(java.util.List.of())).get("greeting.lines");
        assertEquals(1, greeting.configRuns.get());
    }

    @Test
    void valuesThatAreNotNeededAreNotComputed() {
        TestModules.Greeting greeting = new TestModules.Greeting();
        Fixture f = new Fixture(dir).plugin(greeting).file("a.yaml", "greeting.enable: true\n");
        assertEquals("\"hello\"", f.json("greeting.text", "a.yaml"));
        assertEquals(0, greeting.computeRuns.get());
    }

    @Test
    void aComputedDefaultThatLosesIsNotComputed() {
        // as NixOS's filterOverrides, which drops a losing mkDefault (f config) without calling f
        TestModules.ComputedDefault plugin = new TestModules.ComputedDefault();
        Fixture f = new Fixture(dir).plugin(plugin).file("a.yaml", "dflt.value: 1\n");
        assertEquals("1", f.json("dflt.value", "a.yaml"));
        assertEquals(0, plugin.computeRuns.get());
        TestModules.ComputedDefault alone = new TestModules.ComputedDefault();
        assertEquals("5", new Fixture(dir).plugin(alone).json("dflt.value"));
        assertEquals(1, alone.computeRuns.get());
    }

    @Test
    void thePackageSetIsComputedFromConfigurationOnceInTheSameFixpoint() {
        TestModules.Packages packages = new TestModules.Packages();
        Fixture f = new Fixture(dir).plugin(packages).plugin(new TestModules.UsesPackages())
                .file("a.yaml", "packages.sources.tool: /opt/tool\n");
        Evaluation e = f.eval("a.yaml");
        assertEquals("[\"/opt/tool\"]", e.json(OptionPath.parse("tool.packages"), false));
        assertEquals("\"using /opt/tool\"", e.json(OptionPath.parse("tool.banner"), false));
        assertEquals("{\"tool\":\"/opt/tool\"}", e.json(OptionPath.parse("pkgs"), false));
        assertEquals(1, packages.computeRuns.get(), "pkgs computed once, though read three times");
        // without the user's override, the plugin's own default source is used
        assertEquals("[\"tool-deb\"]", new Fixture(dir).plugin(new TestModules.Packages())
                .plugin(new TestModules.UsesPackages()).json("tool.packages"));
    }

    @Test
    void statsShowModulesRunAndOptionsForced() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Greeting()).file("a.yaml", "greeting.enable: true\n");
        Evaluation e = f.eval("a.yaml");
        e.get("greeting.shout");
        EvaluationStats s = e.stats();
        assertEquals(3, s.modules(), "core, greeting, a.yaml");
        assertEquals(3, s.modulesRun());
        assertEquals(1, s.computedValues());
        assertEquals(3, s.optionsForced(), "shout, its condition enable, and text which it reads");
        assertTrue(s.definitionsMerged() >= 3);
        assertEquals(0, s.submoduleModulesRun());
    }

    @Test
    void statsCountASubmoduleTypesModulesApartAndOnceHoweverManyInstances() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Tagged())
                .file("a.yaml", "services.tagged: {a: {tags: [x]}, b: {}, c: {}}\n");
        Evaluation e = f.eval("a.yaml");
        assertEquals("{\"a\":{\"tags\":[\"own\",\"x\"]},\"b\":{\"tags\":[\"own\"]},\"c\":{\"tags\":[\"own\"]}}",
                e.json(OptionPath.parse("services.tagged"), false));
        EvaluationStats s = e.stats();
        assertEquals(3, s.modulesRun(), "core, tagged, a.yaml: the configuration's modules");
        assertEquals(1, s.submoduleModulesRun(), "the submodule type's one module, for its three instances");
    }

    @Test
    void aListsElementsAreMergedOnlyWhenRead() {
        // as NixOS's listOf: a list's length is known once its elements' conditions are, but an
        // element is merged and type-checked only when its value is used. Here a's $ref reads b
        // (to learn its priority) and loses to the $force, so b's bad elements are never used.
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  a: {type: listOf str}
                  b: {type: listOf str}
                  c: {type: int}
                config:
                  a: [{$force: ok}]
                  b: [{$merge: [x, y]}, 3]
                  c: {$ref: b}
                """).file("b.yaml", """
                a: {$force: [ok]}
                """).file("c.yaml", """
                a: {$ref: b}
                """);
        assertEquals("[\"ok\"]", f.json("a", "a.yaml", "b.yaml", "c.yaml"));
        assertEquals("""
                The option 'b[definition 1-entry 1]' has conflicting definition values:
                - In 'a.yaml:7': "x"
                - In 'a.yaml:7': "y"
                Use {"$force": value} or {"$default": value} to choose one.""", f.error("b", "a.yaml"));
    }

    @Test
    void aRefInsideAnOrderIsReadOnlyWhenTheValueIsMerged() {
        // as NixOS's sortProperties strips mkAfter config.u without forcing config.u: whether
        // the element or attribute has a value does not read u, only its value does
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  u: {type: int}
                  b: {type: listOf int}
                  a: {type: listOf int}
                  al: {type: attrsOf int}
                config:
                  b: [1, {$after: {$ref: u}}]
                  a: {$merge: [{$force: [0]}, {$ref: b}]}
                  al: {k: 1, j: {$force: {$before: {$ref: u}}}}
                """);
        assertEquals("[0]", f.json("a", "a.yaml"));
        assertEquals("1", f.json("al.k", "a.yaml"));
        String undefined = "The option 'u' is used but not defined (declared in 'a.yaml:2'); the $ref in 'a.yaml:%d'"
                + " refers to it.";
        assertEquals(String.format(undefined, 7), f.error("b", "a.yaml"));
        assertEquals(String.format(undefined, 9), f.error("al", "a.yaml"));
    }

    @Test
    void aValueReachedByARefIsReadPartByPart() {
        // s = config.h in NixOS reads h.x only when s.x is used; so for attrsOf, lazyAttrsOf,
        // anything and attrs values, whose parts are read as they are used
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  i: {type: int}
                  h: {type: {submodule: {options: {x: {type: int}, l: {type: listOf str}}}}}
                  s: {type: {submodule: {options: {x: {type: int}, l: {type: listOf str}}}}}
                  o0: {type: lazyAttrsOf int}
                  o2: {type: lazyAttrsOf int}
                  l: {type: listOf int}
                  any: {type: anything}
                  ha: {type: attrsOf int}
                  at: {type: attrs}
                config:
                  h: {x: {$merge: [1, 2]}, l: [a]}
                  s: {$ref: h}
                  o0: {k1: 1, k2: {$ref: i}}
                  o2: {$ref: o0}
                  l: [1, {$merge: [1, 2]}]
                  any: {$ref: l}
                  ha: {k1: 1, k2: {$merge: [1, 2]}}
                  at: {$ref: ha}
                """);
        assertEquals("[\"a\"]", f.json("s.l", "a.yaml"));
        assertEquals("1", f.json("o2.k1", "a.yaml"));
        assertEquals("1", f.json("any.0", "a.yaml"));
        assertEquals("1", f.json("at.k1", "a.yaml"));
        assertTrue(f.error("s", "a.yaml").startsWith("The option 'h.x' has conflicting definition values:"),
                f.error("s", "a.yaml"));
    }

    @Test
    void aRefInsideAnAnythingListOrAnAttrsValueIsReadOnlyWithItsPart() {
        // NixOS keeps these values as written: [1, config.i] and { k3 = config.t.k1; } read
        // config.i and config.t.k1 only when that element or attribute is used
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  i: {type: int}
                  a: {type: anything}
                  t: {type: attrs}
                config:
                  i: {$merge: [1, 2]}
                  a: [1, {$ref: i}]
                  t: {k1: 1, k2: {$ref: i}, k3: {$ref: t.k1}}
                """);
        assertEquals("1", f.json("a.0", "a.yaml"));
        assertEquals("1", f.json("t.k3", "a.yaml"), "t's own attribute, read once t is made");
        assertTrue(f.error("a", "a.yaml").startsWith("The option 'i' has conflicting definition values:"),
                f.error("a", "a.yaml"));
    }

    @Test
    void aChainOfRefsToSubmodulesReadsOnlyThePartAskedFor() {
        // s1 = config.s2 and s2 = config.h: s1.l reads s2.l and h.l alone; an option nothing
        // defines is still an attribute of h's value, so s1.y is defined by h.y, which fails
        // (NixOS: "The option `h.y' was accessed but has no value defined")
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  h: {type: {submodule: {options: {x: {type: int}, y: {type: int}, l: {type: listOf str}}}}}
                  s1: {type: {submodule: {options: {x: {type: int}, y: {type: int}, l: {type: listOf str}}}}}
                  s2: {type: {submodule: {options: {x: {type: int}, y: {type: int}, l: {type: listOf str}}}}}
                config:
                  h: {x: {$merge: [1, 2]}, l: [b]}
                  s2: {$ref: h}
                  s1: {$ref: s2}
                """);
        assertEquals("[\"b\"]", f.json("s1.l", "a.yaml"));
        assertEquals("The option 'h.y' is used but not defined (declared in 'a.yaml:2').", f.error("s1.y", "a.yaml"));
    }

    @Test
    void aReadOnlyOptionCountsASettingThatFailsToBeRead() {
        // NixOS counts the settings before it reads them: r.z is set by s.z (undefined) and by
        // "b", so it is read-only set twice; why s.z cannot be read is said in its place
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  s: {type: {submodule: {options: {z: {type: str, readOnly: true}, x: {type: int}}}}}
                  r: {type: {submodule: {options: {z: {type: str, readOnly: true}, x: {type: int}}}}}
                config:
                  s.x: 1
                  r: {$ref: s}
                  r.z: b
                """);
        assertEquals("The option 'r.z' is read-only, but it's set multiple times. Definition values:\n"
                + "- In 'a.yaml:7': \"b\"\n- In 'a.yaml:6': <error: The option 's.z' is used but not defined"
                + " (declared in 'a.yaml:2').>", f.error("r.z", "a.yaml"));
    }

    @Test
    void aWholeSubmoduleRefDefinesEveryOptionEvenOneNothingDefines() {
        // NixOS's config.s has every declared option as an attribute: r = config.s gives r.l a
        // definition at normal priority that fails when read, which beats r.l's $default
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  s: {type: {submodule: {options: {x: {type: int}, l: {type: listOf str}}}}}
                  r: {type: {either: [{submodule: {options: {x: {type: int}, l: {type: listOf str}}}}, str]}}
                config:
                  s.x: 1
                  r: {$ref: s}
                  r.l: {$default: [dflt]}
                """);
        assertEquals("1", f.json("r.x", "a.yaml"));
        assertEquals("The option 's.l' is used but not defined (declared in 'a.yaml:2').", f.error("r.l", "a.yaml"));
        assertEquals("The option 's.l' is used but not defined (declared in 'a.yaml:2').", f.error("r", "a.yaml"));
    }

    @Test
    void aListElementOfTheWrongTypeFailsWhenItIsRead() {
        Fixture f = new Fixture(dir).plugin(new TestModules.ListProbe()).file("a.yaml", """
                options:
                  b: {type: listOf str}
                config:
                  b: [x, 3]
                """);
        assertEquals("2", f.json("probe.length", "a.yaml"), "the length alone reads no element");
        assertEquals("\"x\"", f.json("probe.first", "a.yaml"));
        assertEquals("""
                A definition for option 'b[definition 1-entry 2]' is not of type 'string'. Definition values:
                - In 'a.yaml:4': 3""", f.error("probe.second", "a.yaml"));
    }

    @Test
    void aCycleOfRefsIsInfiniteRecursionWithTheChain() {
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  a.x: {type: int}
                  b.y: {type: int}
                config:
                  a.x: {$ref: b.y}
                  b.y: {$ref: a.x}
                """);
        assertEquals("infinite recursion encountered: 'a.x' -> 'b.y' -> 'a.x'\n"
                + "Definitions along the cycle:\n"
                + "- In 'a.yaml:5': {\"$ref\": \"b.y\"}\n"
                + "- In 'a.yaml:6': {\"$ref\": \"a.x\"}", f.error("a.x", "a.yaml"));
    }

    @Test
    void aCycleThroughDefaultsShowsThemAsDefaultsNotAsPriorities() {
        // the defaults are at priority 1500 inside, but nobody wrote an $override
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  a: {type: int, default: {$ref: b}}
                  b:
                    type: int
                    default: {$ref: a}
                """);
        assertEquals("infinite recursion encountered: 'a' -> 'b' -> 'a'\n"
                + "Definitions along the cycle:\n"
                + "- In 'a.yaml:2': the default, {\"$ref\": \"b\"}\n"
                + "- In 'a.yaml:5': the default, {\"$ref\": \"a\"}", f.error("a", "a.yaml"));
    }

    @Test
    void aCycleThroughPluginCodeIsInfiniteRecursionWithTheChain() {
        Fixture f = new Fixture(dir).plugin(new TestModules.Greeting()).file("a.yaml", """
                greeting.enable: true
                greeting.text: {$ref: greeting.shout}
                """);
        assertEquals("infinite recursion encountered: 'greeting.shout' -> 'greeting.text' -> 'greeting.shout'\n"
                + "Definitions along the cycle:\n"
                + "- In 'test-plugin.jar!TestModules.java:52': {\"$if\": \"greeting.enable\", \"then\": <computed>}\n"
                + "- In 'a.yaml:2': {\"$ref\": \"greeting.shout\"}", f.error("greeting.shout", "a.yaml"));
    }

    @Test
    void aCycleShowsOnlyTheDefinitionsThatReadOptions() {
        // plain values (greeting.text's default above, the $defaults here) cannot close a cycle
        Fixture f = new Fixture(dir).file("a.yaml", """
                options:
                  a: {type: int}
                  b: {type: int}
                  c: {type: int, default: 1}
                  enable: {type: bool}
                config:
                  a: {$ref: b}
                  b: {$merge: [{$ref: c}, {$default: 2}]}
                  c: {$ref: a}
                """).file("b.yaml", """
                a: {$default: 3}
                c: {$merge: [{$default: 4}, {$if: "!enable", then: 5}]}
                enable: {$default: false}
                """);
        assertEquals("infinite recursion encountered: 'a' -> 'b' -> 'c' -> 'a'\n"
                + "Definitions along the cycle:\n"
                + "- In 'a.yaml:7': {\"$ref\": \"b\"}\n"
                + "- In 'a.yaml:8': {\"$merge\": [{\"$ref\": \"c\"}, {\"$override\": 1000, \"value\": 2}]}\n"
                + "- In 'b.yaml:2': {\"$merge\": [{\"$override\": 1000, \"value\": 4}, {\"$if\": \"!enable\", \"then\": 5}]}\n"
                + "- In 'a.yaml:9': {\"$ref\": \"a\"}", f.error("a", "a.yaml", "b.yaml"));
    }

    @Test
    void anErrorAtTheEndOfALongChainIsReportedWithItsDefinition() throws Exception {
        // each option of the chain memoises the error on the way out, keeping the trace taken
        // at the innermost one (taking it anew at each made this quadratic: 50,000 options took
        // 40 s where the value took 2; measured, not timed here)
        StringBuilder decl = new StringBuilder("options:\n");
        StringBuilder defs = new StringBuilder("config:\n");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            decl.append("  o").append(i).append(": {type: int}\n");
            defs.append("  o").append(i).append(": ").append(i + 1 < n ? "{$ref: o" + (i + 1) + "}" : "x").append('\n');
        }
        Fixture f = new Fixture(dir).file("a.yaml", decl + defs.toString());
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            ConfigException e = assertThrows(ConfigException.class, () -> f.eval("a.yaml").get("o0"));
            assertEquals("A definition for option 'o9999' is not of type 'signed integer'. Definition values:\n"
                    + "- In 'a.yaml:20002': \"x\"", f.strip(e.getMessage()));
            assertEquals(n, e.trace().size(), "the whole chain, from o0 to o9999");
            assertEquals("o9999", e.trace().get(n - 1));
        }, "deep", 256L << 20);
        t.setUncaughtExceptionHandler((th, ex) -> failure[0] = ex);
        t.start();
        t.join();
        assertEquals(null, failure[0]);
    }

    @Test
    void aChainDeeperThanTheStackIsAnErrorNamingItNotAStackOverflow() throws Exception {
        // the launcher's 512 MB stack holds about a million options in a row; beyond that, as
        // here on a small stack, the user gets a message rather than a JVM error
        StringBuilder decl = new StringBuilder("options:\n");
        StringBuilder defs = new StringBuilder("config:\n");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            decl.append("  o").append(i).append(": {type: int}\n");
            defs.append("  o").append(i).append(": ").append(i + 1 < n ? "{$ref: o" + (i + 1) + "}" : "7").append('\n');
        }
        Fixture f = new Fixture(dir).file("a.yaml", decl + defs.toString());
        Throwable[] failure = new Throwable[1];
        String[] message = new String[1];
        Thread t = new Thread(null, () -> message[0] = f.error("o0", "a.yaml"), "shallow", 1L << 20);
        t.setUncaughtExceptionHandler((th, ex) -> failure[0] = ex);
        t.start();
        t.join();
        assertEquals(null, failure[0]);
        assertTrue(message[0].matches("The evaluation of 'o0' is nested too deeply for the stack: it needs the"
                + " value of 'o\\d+', which needs 'o\\d+', and so on, \\d+ options in a row"
                + " \\(--show-trace lists them\\)\\."), message[0]);
    }

    @Test
    void aLongChainOfRefsIsNotAStackOverflow() throws Exception {
        StringBuilder decl = new StringBuilder("options:\n");
        StringBuilder defs = new StringBuilder("config:\n");
        int n = 2000;
        for (int i = 0; i < n; i++) {
            decl.append("  o").append(i).append(": {type: int}\n");
            defs.append("  o").append(i).append(": ").append(i + 1 < n ? "{$ref: o" + (i + 1) + "}" : "7").append('\n');
        }
        Fixture f = new Fixture(dir).file("a.yaml", decl + defs.toString());
        Thread t = new Thread(null, () -> assertEquals("7", f.json("o0", "a.yaml")), "deep", 256L << 20);
        Throwable[] failure = new Throwable[1];
        t.setUncaughtExceptionHandler((th, ex) -> failure[0] = ex);
        t.start();
        t.join();
        assertEquals(null, failure[0]);
    }

    @Test
    void aPluginsConditionAroundAGroupIsPushedDownSoItMayReadTheGroupsOwnOptions() {
        // NixOS's `config = mkIf cfg.enable { ... }`, written around the module's own group
        io.stead.api.ServiceModule guarded = new io.stead.api.ServiceModule() {
            @Override
            public String name() {
                return "guarded";
            }

            @Override
            public void options(io.stead.api.Options o) {
                o.add(io.stead.api.Option.of("svc.enable", io.stead.api.Types.bool()).withDefault(false));
                o.add(io.stead.api.Option.of("svc.port", io.stead.api.Types.integer()).withDefault(0));
            }

            @Override
            public void config(io.stead.api.Definitions c) {
                c.set("svc", io.stead.api.Definition.mkIf("svc.enable", java.util.Map.of("port", 8080)));
            }
        };

        assertEquals("8080", new Fixture(dir).plugin(guarded).file("on.yaml", "svc.enable: true\n")
                .json("svc.port", "on.yaml"));
        assertEquals("0", new Fixture(dir).plugin(guarded).file("off.yaml", "svc.enable: false\n")
                .json("svc.port", "off.yaml"));
    }
}
