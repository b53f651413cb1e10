package io.stead.evaluator.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.stead.api.SystemPackage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes configuration values as JSON, forcing lazy values as it goes; attribute sets are
 * written with their keys sorted, packages as their name or path.
 */
public final class ValueJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ValueJson() {
    }

    /**
     * @param value a configuration value
     * @param pretty whether to indent (two spaces)
     * @return JSON text, without a trailing newline
     * @throws ValueWithoutEnd if the value nests deeper than JSON is written (it holds itself)
     */
    public static String write(Object value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("").withArrayEmptySeparator("")) // {} and [], as jq prints them
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(printer);
            }
            try {
                write(value, g);
            } catch (StreamConstraintsException e) {
                // a value that holds itself ({k: {j: {$ref: o}}} in o) is lazy and has no end:
                // Jackson's depth limit is where it stops, as NixOS's printing never does
                throw new ValueWithoutEnd(g.streamWriteConstraints().getMaxNestingDepth());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Integer n) {
            g.writeNumber(n);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof SystemPackage p) {
            g.writeString(p.spec());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            Map<?, ?> sorted = m instanceof TreeMap || m instanceof Show.LazyValue ? m : new TreeMap<>(m);
            for (Map.Entry<?, ?> e : sorted.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object item : l) {
                write(item, g);
            }
            g.writeEndArray();
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
