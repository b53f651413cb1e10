package io.stead.evaluator;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of merging, checked on generated definitions. */
class MergeLawsTest {

    /** A module declaring {@code xs} (listOf int), {@code table} (attrsOf (listOf int)) and {@code on}. */
    private static ServiceModule module(Consumer<Definitions> definitions) {
        return new ServiceModule() {
            @Override
            public String name() {
                return "laws";
            }

            @Override
            public void options(Options o) {
                o.add(Option.of("xs", listOf(integer())).withDefault(List.of(-1)));
                o.add(Option.of("table", attrsOf(listOf(integer()))).withDefault(Map.of()));
                o.add(Option.of("on", bool()).withDefault(false));
            }

            @Override
            public void config(Definitions c) {
                definitions.accept(c);
            }
        };
    }

    private static String eval(String attr, Consumer<Definitions> definitions) {
        return Evaluator.create(List.of(new PluginSource(module(definitions), "laws.jar")))
                .evaluate(EvaluationRequest.of(List.of())).json(OptionPath.parse(attr), false);
    }

    @Provide
    Arbitrary<List<Map<String, List<Integer>>>> tables() {
        Arbitrary<String> keys = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3);
        Arbitrary<List<Integer>> values = Arbitraries.integers().between(0, 99).list().ofMaxSize(3);
        return Arbitraries.maps(keys, values).ofMaxSize(6).map(m -> (Map<String, List<Integer>>) m).list().ofMaxSize(4);
    }

    @Property(tries = 200)
    void attrsOfMergingDoesNotDependOnKeyOrder(@ForAll("tables") List<Map<String, List<Integer>>> definitions,
                                               @ForAll long seed) {
        String inOrder = eval("table", c -> definitions.forEach(d -> c.set("table", new LinkedHashMap<>(d))));
        String shuffled = eval("table", c -> definitions.forEach(d -> {
            List<String> keys = new ArrayList<>(d.keySet());
            Collections.shuffle(keys, new java.util.Random(seed));
            Map<String, Object> m = new LinkedHashMap<>();
            keys.forEach(k -> m.put(k, d.get(k)));
            c.set("table", m);
        }));
        assertEquals(inOrder, shuffled);
    }

    @Property(tries = 200)
    void prioritiesCommuteWithMerge(@ForAll @IntRange(min = 1, max = 2000) int priority,
                                    @ForAll @IntRange(min = 1, max = 2000) int rival,
                                    @ForAll @Size(max = 3) List<@IntRange(max = 9) Integer> a,
                                    @ForAll @Size(max = 3) List<@IntRange(max = 9) Integer> b,
                                    @ForAll @Size(max = 3) List<@IntRange(max = 9) Integer> other) {
        String outside = eval("xs", c -> {
            c.set("xs", Definition.mkOverride(priority, Definition.mkMerge(a, b)));
            c.set("xs", Definition.mkOverride(rival, other));
        });
        String inside = eval("xs", c -> {
            c.set("xs", Definition.mkMerge(Definition.mkOverride(priority, a), Definition.mkOverride(priority, b)));
            c.set("xs", Definition.mkOverride(rival, other));
        });
        assertEquals(outside, inside);
    }

    @Property(tries = 200)
    void ifTrueIsTheValueAndIfFalseIsNothing(@ForAll boolean condition,
                                             @ForAll @Size(max = 4) List<@IntRange(max = 9) Integer> guarded,
                                             @ForAll @Size(max = 4) List<@IntRange(max = 9) Integer> plain) {
        String withIf = eval("xs", c -> {
            c.set("on", condition);
            c.set("xs", plain);
            c.set("xs", Definition.mkIf("on", guarded));
        });
        String direct = eval("xs", c -> {
            c.set("on", condition);
            c.set("xs", plain);
            if (condition) {
                c.set("xs", guarded);
            }
        });
        assertEquals(direct, withIf);
    }

    @Provide
    Arbitrary<Map<String, Map<String, Integer>>> nested() {
        Arbitrary<String> keys = Arbitraries.strings().withChars("abc").ofMinLength(1).ofMaxLength(2);
        Arbitrary<Map<String, Integer>> inner = Arbitraries.maps(keys, Arbitraries.integers().between(0, 9))
                .ofMinSize(1).ofMaxSize(3);
        return Arbitraries.maps(keys, inner).ofMinSize(1).ofMaxSize(3);
    }

    /**
     * Nix's parser joins {@code { ro.a.x = 1; ro.a.y = 2; }} into {@code { ro = { a = { x = 1;
     * y = 2; }; }; }}: however one file splits an attribute set into dotted keys, it is one
     * definition with the same value, so even a read-only option takes it.
     */
    @Property(tries = 100)
    void dottedKeysInOneFileAreTheNestedSet(@ForAll("nested") Map<String, Map<String, Integer>> value,
                                            @ForAll long seed) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("laws");
        try {
            String declaration = "options:\n  ro: {type: attrsOf (attrsOf int), readOnly: true}\nconfig:\n";
            StringBuilder nestedFile = new StringBuilder(declaration).append("  ro:\n");
            List<String> dotted = new ArrayList<>();
            java.util.Random random = new java.util.Random(seed);
            for (Map.Entry<String, Map<String, Integer>> outer : value.entrySet()) {
                nestedFile.append("    ").append(outer.getKey()).append(":\n");
                List<String> inners = new ArrayList<>();
                for (Map.Entry<String, Integer> e : outer.getValue().entrySet()) {
                    nestedFile.append("      ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
                    inners.add(e.getKey() + ": " + e.getValue());
                }
                // each outer key written whole, or split into one dotted key per inner key
                if (random.nextBoolean()) {
                    dotted.add("ro." + outer.getKey() + ": {" + String.join(", ", inners) + "}");
                } else {
                    for (String inner : inners) {
                        dotted.add("ro." + outer.getKey() + "." + inner);
                    }
                }
            }
            Collections.shuffle(dotted, random);
            StringBuilder dottedFile = new StringBuilder(declaration);
            dotted.forEach(line -> dottedFile.append("  ").append(line).append('\n'));
            java.nio.file.Files.writeString(dir.resolve("nested.yaml"), nestedFile);
            java.nio.file.Files.writeString(dir.resolve("dotted.yaml"), dottedFile);
            assertEquals(evalFile(dir.resolve("nested.yaml")), evalFile(dir.resolve("dotted.yaml")), dottedFile.toString());
        } finally {
            try (var paths = java.nio.file.Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String evalFile(java.nio.file.Path file) {
        return Evaluator.create(List.of()).evaluate(EvaluationRequest.of(List.of(file)))
                .json(OptionPath.parse("ro"), false);
    }
}
