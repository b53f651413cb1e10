package io.stead.evaluator;

import static io.stead.api.Types.anything;
import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.floatNumber;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that misbehaves is named with its jar and line, and the option path involved: code
 * that throws or returns what Stead cannot use, and reads of options that do not exist.
 * (Source lines of this file are shown as {@code N}, so that editing it does not break them.)
 */
class PluginErrorsTest {
    @TempDir
    Path dir;

    /** A plugin made of two method bodies. */
    private record Plugin(Consumer<Options> options, Consumer<Definitions> config) implements ServiceModule {
        @Override
        public String name() {
            return "misbehaving";
        }

        @Override
        public void options(Options o) {
            options.accept(o);
        }

        @Override
        public void config(Definitions c) {
            config.accept(c);
        }
    }

    private String error(Plugin plugin, String attr) {
        Fixture f = new Fixture(dir).plugin(plugin).file("empty.yaml", "{}\n");
        return f.error(attr, "empty.yaml").replaceAll("\\.java:\\d+", ".java:N");
    }

    @Test
    void aComputedValueThatThrowsNamesTheOptionItComputes() {
        assertEquals("The service module from test-plugin.jar failed in 'test-plugin.jar!PluginErrorsTest.java:N'"
                + " while computing 'p.value': java.lang.IllegalStateException: computed badly",
                error(new Plugin(o -> o.add(Option.of("p.value", str())),
                        c -> c.compute("p.value", cfg -> {
                            throw new IllegalStateException("computed badly");
                        })), "p.value"));
    }

    @Test
    void aSubmoduleTypesModuleThatThrowsNamesTheSubmoduleNotItsClass() {
        // it said "The service module 'io.stead.evaluator.PluginErrorsTest$1' (test-classes) failed"
        io.stead.api.ModuleSpec throwing = new io.stead.api.ModuleSpec() {
            @Override
            public void config(Definitions c) {
                throw new IllegalStateException("no config for you");
            }
        };
        Fixture f = new Fixture(dir).plugin(new Plugin(o -> o.add(Option.of("p.subs", attrsOf(submodule(throwing)))
                .withDefault(java.util.Map.of())), c -> { }))
                .file("a.yaml", "p.subs.web: {}\n");
        // (the class comes from the test classes' directory, named by its path as a plugin's jar is)
        String classes = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        assertEquals("The service module from " + classes + " failed in '" + classes + "!PluginErrorsTest.java:N',"
                + " in a module of the submodule 'p.subs.web': java.lang.IllegalStateException: no config for you",
                f.error("p.subs", "a.yaml").replaceAll("\\.java:\\d+", ".java:N"));
    }

    @Test
    void readingAnAttributeSetAsAConfigurationSaysWhatItIsAndHowToReadIt() {
        // it said "The path 'p.subs' does not exist: there is no attribute 'subs' in a submodule",
        // though the path exists
        assertEquals("The value of 'p.subs' is not a configuration (a submodule or a group of options) but"
                + " an attribute set; the computed value in 'test-plugin.jar!PluginErrorsTest.java:N' reads it with"
                + " Config.at. An attribute set is read with Config.attrs, a list with Config.list.",
                error(new Plugin(o -> {
                    o.add(Option.of("p.subs", attrsOf(submodule(Option.of("x", integer()).withDefault(1L))))
                            .withDefault(java.util.Map.of("a", java.util.Map.of())));
                    o.add(Option.of("p.value", str()));
                }, c -> c.compute("p.value", cfg -> cfg.at("p.subs").toString())), "p.value"));
    }

    @Test
    void aConfigExceptionFromAModulesOwnCodeIsPlacedAtItsLineInThePluginsWords() {
        // a plugin refusing a setup in its own words, while recording: the line that refused
        assertEquals("The service module 'misbehaving' (test-plugin.jar) failed in"
                + " 'test-plugin.jar!PluginErrorsTest.java:N': this plugin needs Java modules it cannot find",
                error(new Plugin(o -> o.add(Option.of("p.value", str())), c -> {
                    throw new ConfigException("this plugin needs Java modules it cannot find");
                }), "p.value"));
    }

    @Test
    void aPluginRefusingAnOptionsValueIsShownTheDefinitionsThatMakeIt() {
        // the plugin names the option; the evaluator adds the lines that define it, which the
        // plugin (given values, not definitions) cannot
        Fixture f = new Fixture(dir).plugin(new Plugin(o -> {
            o.add(Option.of("p.settings", attrsOf(str())).withDefault(java.util.Map.of()));
            o.add(Option.of("p.users", attrsOf(submodule(Option.of("shell", str()).withDefault("/bin/sh"))))
                    .withDefault(java.util.Map.of()));
            o.add(Option.of("p.refuse", str()));
            o.add(Option.of("p.out", str()));
            o.rename("p.old", "p.settings");
        }, c -> c.compute("p.out", cfg -> {
            String refused = cfg.string("p.refuse");
            throw new ConfigException(io.stead.api.OptionPath.parse(refused), "'" + refused + "': refused.");
        }))).file("a.yaml", "p.settings.a: x\np.users.alice.shell: /bin/zsh\np.users.bob: {}\n")
                .file("b.yaml", "\np.settings:\n  a: x\n  b: y\n");
        java.util.function.Function<String, String> refusing = path -> f.file("r.yaml", "p.refuse: '" + path + "'\n")
                .error("p.out", "a.yaml", "b.yaml", "r.yaml").replaceAll("\\.java:\\d+", ".java:N");
        // an attribute of an attrsOf: its own definitions, not the option's other attributes'
        // (in merge order, as other messages list them)
        assertEquals("'p.settings.a': refused. Definition values:\n- In 'b.yaml:3': \"x\"\n- In 'a.yaml:1': \"x\"",
                refusing.apply("p.settings.a"));
        // an option inside a submodule value: the user's line, or the default where it counts
        assertEquals("'p.users.alice.shell': refused. Definition values:\n- In 'a.yaml:2': \"/bin/zsh\"",
                refusing.apply("p.users.alice.shell"));
        assertEquals("'p.users.bob.shell': refused. Definition values:\n"
                + "- In 'test-plugin.jar!PluginErrorsTest.java:N': \"/bin/sh\"", refusing.apply("p.users.bob.shell"));
        // below what is merged (inside a string), and through an old name: the nearest value's
        assertEquals("'p.settings.b.c': refused. Definition values:\n- In 'b.yaml:4': \"y\"",
                refusing.apply("p.settings.b.c"));
        assertEquals("'p.old.b': refused. Definition values:\n- In 'b.yaml:4': \"y\"", refusing.apply("p.old.b"));
        // no option there: the plugin's mistake (a path relative to another Config, or a typo),
        // said to its author with its line; it was the plugin's words alone, naming no definitions
        assertEquals("The service module from test-plugin.jar failed in 'test-plugin.jar!PluginErrorsTest.java:N'"
                + " while computing 'p.out': it refused 'p.nothing', which is no option of the configuration its"
                + " computed value was given (a refusal names an option relative to that Config): 'p.nothing':"
                + " refused.", refusing.apply("p.nothing"));
        // an attribute no one defines: the option's definitions, which might have
        assertEquals("'p.settings.zzz': refused. Definition values:\n- In 'b.yaml:2': {\"a\": \"x\", \"b\": \"y\"}\n"
                + "- In 'a.yaml:1': {\"a\": \"x\"}", refusing.apply("p.settings.zzz"));
    }

    @Test
    void aPluginRefusingSeveralOptionsTogetherIsShownEachOnesDefinitionsUnderItsName() {
        // two values that are wrong only together (two containers' roots, one inside the other):
        // either line may be the one to change, so both are shown, each under its option
        Fixture f = new Fixture(dir).plugin(new Plugin(o -> {
            o.add(Option.of("p.settings", attrsOf(str())).withDefault(java.util.Map.of()));
            o.add(Option.of("p.unset", str()));
            o.add(Option.of("p.out", str()));
        }, c -> c.compute("p.out", cfg -> {
            // (an option nothing defines has no lines to show)
            throw new ConfigException(List.of(io.stead.api.OptionPath.parse("p.settings.b"),
                    io.stead.api.OptionPath.parse("p.unset"), io.stead.api.OptionPath.parse("p.settings.a")),
                    "'p.settings.b' and 'p.settings.a' clash.");
        }))).file("a.yaml", "p.settings.a: x\np.settings.b: y\n").file("b.yaml", "p.settings.a: x\n");
        assertEquals("'p.settings.b' and 'p.settings.a' clash. Definition values of 'p.settings.b':\n"
                + "- In 'a.yaml:2': \"y\"\n"
                + "Definition values of 'p.settings.a':\n"
                + "- In 'b.yaml:1': \"x\"\n"
                + "- In 'a.yaml:1': \"x\"", f.error("p.out", "a.yaml", "b.yaml"));
    }

    @Test
    void aComputedValueOfAnUnsupportedClassNamesTheOption() {
        assertEquals("The computed value of 'p.value' in 'test-plugin.jar!PluginErrorsTest.java:N' cannot be used:"
                + " a definition cannot hold a java.lang.Thread; use Boolean, Long, Double, String, List, Map,"
                + " SystemPackage or a Definition",
                error(new Plugin(o -> o.add(Option.of("p.value", anything())),
                        c -> c.compute("p.value", cfg -> new Thread())), "p.value"));
    }

    @Test
    void aSetIsNoListSinceItsOrderMayChangeFromRunToRun() {
        // Set.of(...) was taken as a list, in an order of the run: the built tree changed with it
        assertEquals("The computed value of 'p.value' in 'test-plugin.jar!PluginErrorsTest.java:N' cannot be used:"
                + " a definition cannot hold a java.util.TreeSet: a list's elements come in an order, which a set's"
                + " may not keep from run to run; give a List (List.copyOf(new TreeSet<>(set)) for a sorted one)",
                error(new Plugin(o -> o.add(Option.of("p.value", anything())),
                        c -> c.compute("p.value", cfg -> new java.util.TreeSet<>(List.of("a", "b")))), "p.value"));
    }

    @Test
    void aComputedValueThatRecursesWithoutEndNamesThePluginsLine() {
        // it was "internal error (a bug in stead ...)", exit 70, with the stack overflow's trace
        assertEquals("The service module from test-plugin.jar failed in 'test-plugin.jar!PluginErrorsTest.java:N'"
                + " while computing 'p.value': its code recursed deeper than the stack holds"
                + " (java.lang.StackOverflowError)",
                error(new Plugin(o -> o.add(Option.of("p.value", anything())),
                        c -> c.compute("p.value", cfg -> endless(0))), "p.value"));
    }

    @Test
    void aComputedValueThatRunsOutOfMemoryNamesThePluginsLine() {
        // (an array beyond the VM's limit fails at once, without taking the memory)
        String error = error(new Plugin(o -> o.add(Option.of("p.value", anything())),
                c -> c.compute("p.value", cfg -> new long[Integer.MAX_VALUE].length)), "p.value");
        assertTrue(error.startsWith("The service module from test-plugin.jar failed in"
                + " 'test-plugin.jar!PluginErrorsTest.java:N' while computing 'p.value': its code ran out of memory"
                + " (java.lang.OutOfMemoryError: "), error);
    }

    private static String endless(int depth) {
        return endless(depth + 1) + "x";
    }

    @Test
    void aDefinitionOfAnUnsupportedClassNamesTheOption() {
        assertEquals("The definition of 'p.value' in 'test-plugin.jar!PluginErrorsTest.java:N' cannot be used:"
                + " a definition cannot hold a java.lang.Thread; use Boolean, Long, Double, String, List, Map,"
                + " SystemPackage or a Definition",
                error(new Plugin(o -> o.add(Option.of("p.value", anything())),
                        c -> c.set("p.value", new Thread())), "p.value"));
    }

    @Test
    void aDefaultOfAnUnsupportedClassNamesTheOption() {
        assertEquals("The default of 'p.value' in 'test-plugin.jar!PluginErrorsTest.java:N' cannot be used:"
                + " a definition cannot hold a java.lang.Thread; use Boolean, Long, Double, String, List, Map,"
                + " SystemPackage or a Definition",
                error(new Plugin(o -> o.add(Option.of("p.value", anything()).withDefault(new Thread())),
                        c -> { }), "p.value"));
    }

    @Test
    void aNumberThatIsNotFiniteIsRefusedAsAFilesIs() {
        // a file cannot hold .nan or .inf, and JSON has no way to print them: a plugin's are refused too
        assertEquals("The definition of 'p.value' in 'test-plugin.jar!PluginErrorsTest.java:N' cannot be used:"
                + " a definition cannot hold NaN; Stead's numbers are finite",
                error(new Plugin(o -> o.add(Option.of("p.value", floatNumber())),
                        c -> c.set("p.value", Double.NaN)), "p.value"));
        assertEquals("The computed value of 'p.value' in 'test-plugin.jar!PluginErrorsTest.java:N' cannot be used:"
                + " a definition cannot hold -Infinity; Stead's numbers are finite",
                error(new Plugin(o -> o.add(Option.of("p.value", listOf(floatNumber()))),
                        c -> c.compute("p.value", cfg -> java.util.List.of(1.5, Float.NEGATIVE_INFINITY))), "p.value"));
    }

    @Test
    void anOptionOfASubmoduleDeclaredWithOptionsIsPlacedWhereThePluginDeclaresIt() {
        // Types.submodule(Option...) makes the inner module in the API; the evaluator runs it
        // later, when nothing of the plugin is on the stack, so the plugin's line is its option's
        assertEquals("The option 'p.sub.a.port' is used but not defined (declared in"
                + " 'test-plugin.jar!PluginErrorsTest.java:N').",
                new Fixture(dir).plugin(new Plugin(o -> o.add(Option.of("p.sub", attrsOf(submodule(
                        Option.of("port", integer()))))), c -> c.set("p.sub.a", java.util.Map.of())))
                        .file("empty.yaml", "{}\n").error("p.sub.a.port", "empty.yaml").replaceAll("\\.java:\\d+", ".java:N"));
        assertEquals("The option 'p.sub.a.port' is read-only, but it's set multiple times. Definition values:\n"
                + "- In 'test-plugin.jar!PluginErrorsTest.java:N': 1\n- In 'a.yaml:1': 2",
                new Fixture(dir).plugin(new Plugin(o -> o.add(Option.of("p.sub", attrsOf(submodule(
                        Option.of("port", integer()).withReadOnly().withDefault(1L))))), c -> { }))
                        .file("a.yaml", "p.sub.a.port: 2\n").error("p.sub", "a.yaml").replaceAll("\\.java:\\d+", ".java:N"));
    }

    @Test
    void aPluginCannotTakeTheNameOfTheEvaluatorsOwnModule() {
        // else disabledModules: [core] would leave out both, and messages could not tell them apart
        ConfigException e = assertThrows(ConfigException.class, () -> Evaluator.create(
                List.of(new PluginSource(new TestModules.CalledCore(), "test-plugin.jar"))));
        assertEquals("The service module 'core' (test-plugin.jar) cannot be used: 'core' is the name of"
                + " Stead's own module (assertions, warnings); a service module needs a name of its own.",
                e.getMessage());
    }

    @Test
    void twoPluginsCannotShareAName() {
        ConfigException e = assertThrows(ConfigException.class, () -> Evaluator.create(List.of(
                new PluginSource(new TestModules.Greeting(), "a.jar"), new PluginSource(new TestModules.Greeting(), "b.jar"))));
        assertEquals("The service module 'greeting' (b.jar) cannot be used: a service module named 'greeting'"
                + " comes from a.jar already; a service module needs a name of its own.", e.getMessage());
    }

    @Test
    void readingAnUndeclaredOptionNamesTheComputedValueThatReadsIt() {
        assertEquals("The option 'p.enabel' does not exist; the computed value in"
                + " 'test-plugin.jar!PluginErrorsTest.java:N' refers to it.\nDid you mean 'p.enable'?",
                error(new Plugin(o -> {
                    o.add(Option.of("p.enable", bool()).withDefault(true));
                    o.add(Option.of("p.value", str()));
                }, c -> c.compute("p.value", cfg -> cfg.bool("p.enabel") ? "on" : "off")), "p.value"));
    }

    @Test
    void readingAnUndeclaredOptionOfASubmoduleNamesTheComputedValueThatReadsIt() {
        assertEquals("The option 'p.sub.nothere' does not exist; the computed value in"
                + " 'test-plugin.jar!PluginErrorsTest.java:N' refers to it.",
                error(new Plugin(o -> {
                    o.add(Option.of("p.sub", submodule(Option.of("here", str()).withDefault("x"))).withDefault(java.util.Map.of()));
                    o.add(Option.of("p.value", str()));
                }, c -> c.compute("p.value", cfg -> cfg.at("p.sub").string("nothere"))), "p.value"));
    }

    @Test
    void readingAMissingAttributeNamesTheComputedValueThatReadsIt() {
        assertEquals("The path 'p.attrs.nothere' does not exist: there is no attribute 'nothere' in the value of"
                + " 'p.attrs'; the computed value in 'test-plugin.jar!PluginErrorsTest.java:N' refers to it.",
                error(new Plugin(o -> {
                    o.add(Option.of("p.attrs", anything()).withDefault(java.util.Map.of("here", 1L)));
                    o.add(Option.of("p.value", str()));
                }, c -> c.compute("p.value", cfg -> cfg.string("p.attrs.nothere"))), "p.value"));
    }

    /** A plugin declaring p.value (an int) and p.list (a list of ints), with more code given. */
    private static Plugin declaring(Consumer<Options> more, Consumer<Definitions> config) {
        return new Plugin(o -> {
            o.add(Option.of("p.value", integer()));
            o.add(Option.of("p.list", listOf(integer())));
            more.accept(o);
        }, config);
    }

    /** The error of computing p.value with this code. */
    private String computing(java.util.function.Function<io.stead.api.Config, ?> compute) {
        return error(declaring(o -> { }, c -> c.compute("p.value", compute)), "p.value");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void anErrorOrACheckedExceptionFromAComputedValueIsThePluginsFailure() {
        // an AssertionError went out as "internal error (a bug in stead)", exit 70
        String failed = "The service module from test-plugin.jar failed in 'test-plugin.jar!PluginErrorsTest.java:N'"
                + " while computing 'p.value': ";
        assertEquals(failed + "java.lang.AssertionError: boom", computing(c -> {
            throw new AssertionError("boom");
        }));
        assertEquals(failed + "java.io.IOException: disk gone", computing(c -> {
            PluginErrorsTest.<RuntimeException>sneaky(new java.io.IOException("disk gone"));
            return 1L;
        }));
        // its text keeps to the message's line: an escape sequence or newline from it is shown escaped
        assertEquals(failed + "java.lang.IllegalStateException: two\\nlines \\u001b[31mred", computing(c -> {
            throw new IllegalStateException("two\nlines \u001b[31mred");
        }));
    }

    @Test
    void anErrorWhileDeclaringIsThePluginsFailure() {
        assertEquals("The service module 'misbehaving' (test-plugin.jar) failed in 'test-plugin.jar!PluginErrorsTest"
                + ".java:N': java.lang.AssertionError: no options today", error(new Plugin(o -> {
                    throw new AssertionError("no options today");
                }, c -> { }), "p.value"));
    }

    @Test
    void anOptionAtTheRootAnEnumOfOtherValuesOrAConditionThatIsNoneIsThePluginsFailure() {
        // an option named "" was listed, then ignored; an enum of an Object showed
        // java.lang.Object@...; when() with no condition held always
        assertTrue(error(declaring(o -> o.add(Option.of("", integer())), c -> { }), "p.value").endsWith(
                "java.lang.IllegalArgumentException: an option needs a name: \"\" is the root of the configuration"));
        assertTrue(error(declaring(o -> o.add(Option.of("p.odd", io.stead.api.Types.enumOf("a", new Object()))),
                c -> { }), "p.value").endsWith("java.lang.IllegalArgumentException: an enum's values are strings,"
                + " numbers and booleans, not java.lang.Object"));
        assertTrue(error(declaring(o -> { }, c -> c.when().set("p.value", 1L)), "p.value").endsWith(
                "java.lang.IllegalArgumentException: when() needs a condition, such as \"services.foo.enable\""));
    }

    @Test
    void aRefusalOfTheOptionBeingComputedKeepsThePluginsMessage() {
        // it said "infinite recursion encountered: 'p.value' -> 'p.value'": listing the option's
        // definitions read the value being computed
        assertEquals("'p.value': not today", computing(c -> {
            throw new ConfigException(io.stead.api.OptionPath.of("p", "value"), "'p.value': not today");
        }));
        // a refusal without a message is the plugin's failure, not a NullPointerException in Stead
        assertTrue(computing(c -> {
            throw new ConfigException(io.stead.api.OptionPath.of("p", "value"), null);
        }).startsWith("The service module from test-plugin.jar failed in 'test-plugin.jar!PluginErrorsTest.java:N'"));
    }

    @Test
    void aValueThatHoldsItselfIsRefusedNotFollowedForever() {
        // it overflowed the stack (exit 70)
        List<Object> cyclic = new java.util.ArrayList<>();
        cyclic.add(1L);
        cyclic.add(cyclic);
        String error = error(declaring(o -> { }, c -> c.set("p.list", cyclic)), "p.list");
        assertTrue(error.contains("a definition cannot hold itself: a list in it contains itself"), error);
        // the same list twice, side by side, is no cycle
        List<Object> shared = List.of(1L, 2L);
        assertEquals("[1,2,1,2]", new Fixture(dir).plugin(declaring(o -> { }, c -> c.set("p.list",
                io.stead.api.Definition.mkMerge(shared, shared)))).file("empty.yaml", "{}\n")
                .json("p.list", "empty.yaml"));
    }
}
