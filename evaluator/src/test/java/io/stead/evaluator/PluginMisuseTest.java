package io.stead.evaluator;

import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.Config;
import io.stead.api.ConfigException;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin that misuses the API or fails is named with its jar and line, not taken for a bug in Stead. */
class PluginMisuseTest {
    @TempDir
    Path dir;

    /** A plugin declaring p.value (an int) and p.list, whose code is given. */
    private record Plugin(Consumer<Options> declare, Consumer<Definitions> define) implements ServiceModule {
        @Override
        public String name() {
            return "misuse";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("p.value", integer()).withDescription("A value."));
            options.add(Option.of("p.list", listOf(integer())).withDescription("A list."));
            declare.accept(options);
        }

        @Override
        public void config(Definitions config) {
            define.accept(config);
        }
    }

    private String error(Function<Config, ?> compute) {
        return new Fixture(dir).plugin(new Plugin(o -> { }, c -> c.compute("p.value", compute))).error("p.value");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void anErrorOrACheckedExceptionFromAComputedValueIsThePluginsFailure() {
        // an AssertionError went out as "internal error (a bug in stead)", exit 70
        assertTrue(error(c -> {
            throw new AssertionError("boom");
        }).matches("The service module from test-plugin\\.jar failed in 'test-plugin\\.jar!PluginMisuseTest\\.java:\\d+'"
                + " while computing 'p\\.value': java\\.lang\\.AssertionError: boom"));
        // its text keeps to the message's line: an escape sequence or newline from it is shown escaped
        assertTrue(error(c -> {
            throw new IllegalStateException("two\nlines \u001b[31mred");
        }).endsWith("java.lang.IllegalStateException: two\\nlines \\u001b[31mred"));
        assertTrue(error(c -> {
            PluginMisuseTest.<RuntimeException>sneaky(new IOException("disk gone"));
            return 1L;
        }).matches("The service module from test-plugin\\.jar failed in 'test-plugin\\.jar!PluginMisuseTest\\.java:\\d+'"
                + " while computing 'p\\.value': java\\.io\\.IOException: disk gone"));
    }

    @Test
    void anErrorWhileDeclaringIsThePluginsFailure() {
        String error = new Fixture(dir).plugin(new Plugin(o -> {
            throw new AssertionError("no options today");
        }, c -> { })).error("p.value");
        assertTrue(error.matches("The service module 'misuse' \\(test-plugin\\.jar\\) failed in"
                + " 'test-plugin\\.jar!PluginMisuseTest\\.java:\\d+': java\\.lang\\.AssertionError: no options today"),
                error);
    }

    @Test
    void anOptionAtTheRootOrAnEnumOfOtherValuesIsThePluginsFailure() {
        // an option named "" was listed, then ignored; an enum of an Object showed java.lang.Object@...
        String root = new Fixture(dir).plugin(new Plugin(o -> o.add(Option.of("", integer())), c -> { }))
                .error("p.value");
        assertTrue(root.endsWith("java.lang.IllegalArgumentException: an option needs a name: \"\" is the root of the"
                + " configuration"), root);
        String odd = new Fixture(dir).plugin(new Plugin(o -> o.add(Option.of("p.odd",
                io.stead.api.Types.enumOf("a", new Object()))), c -> { })).error("p.value");
        assertTrue(odd.endsWith("java.lang.IllegalArgumentException: an enum's values are strings, numbers and booleans,"
                + " not java.lang.Object"), odd);
    }

    @Test
    void aConditionThatIsNoneIsThePluginsFailure() {
        // when() with no condition held always, silently
        String error = new Fixture(dir).plugin(new Plugin(o -> { }, c -> c.when().set("p.value", 1L)))
                .error("p.value");
        assertTrue(error.endsWith("java.lang.IllegalArgumentException: when() needs a condition, such as"
                + " \"services.foo.enable\""), error);
    }

    @Test
    void aRefusalOfTheOptionBeingComputedKeepsThePluginsMessage() {
        // it said "infinite recursion encountered: 'p.value' -> 'p.value'": listing the option's
        // definitions read the value being computed
        assertEquals("'p.value': not today", error(c -> {
            throw new ConfigException(OptionPath.of("p", "value"), "'p.value': not today");
        }));
        // a refusal without a message is the plugin's failure, not a NullPointerException in Stead
        assertTrue(error(c -> {
            throw new ConfigException(OptionPath.of("p", "value"), null);
        }).startsWith("The service module from test-plugin.jar failed in 'test-plugin.jar!PluginMisuseTest.java:"));
    }

    @Test
    void aValueThatHoldsItselfIsRefusedNotFollowedForever() {
        // it overflowed the stack (exit 70)
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(1L);
        cyclic.add(cyclic);
        String error = new Fixture(dir).plugin(new Plugin(o -> { }, c -> c.set("p.list", cyclic))).error("p.list");
        assertTrue(error.contains("a definition cannot hold itself: a list in it contains itself"), error);
        // the same list twice, side by side, is no cycle
        List<Object> shared = List.of(1L, 2L);
        assertEquals("[1,2,1,2]", new Fixture(dir).plugin(new Plugin(o -> { }, c -> c.set("p.list",
                io.stead.api.Definition.mkMerge(shared, shared)))).json("p.list"));
    }
}
