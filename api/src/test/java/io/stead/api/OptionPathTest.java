package io.stead.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionPathTest {

    @Test
    void dotsSeparateSegments() {
        assertEquals(List.of("services", "openssh", "ports"), OptionPath.parse("services.openssh.ports").segments());
    }

    @Test
    void quotedSegmentsKeepDotsAndEscapedQuotes() {
        assertEquals(List.of("systemd", "units", "foo.service", "text"),
                OptionPath.parse("systemd.units.\"foo.service\".text").segments());
        assertEquals(List.of("a", "say \"hi\""), OptionPath.parse("a.\"say \\\"hi\\\"\"").segments());
        assertEquals(List.of("a", ""), OptionPath.parse("a.\"\"").segments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "a.b.c", "systemd.units.\"foo.service\".text", "a.\"say \\\"hi\\\"\"", "a.\"\".b"})
    void printingAndParsingRoundTrip(String text) {
        assertEquals(text, OptionPath.parse(text).toString());
    }

    @Test
    void controlCharactersAreWrittenAsEscapesAndReadBack() {
        // shown raw in a message, the newline of a unit named "we\nb" broke the path's line
        OptionPath path = OptionPath.of("systemd", "services", "we\nb", "x\t\r\u0007\\y");
        assertEquals("systemd.services.\"we\\nb\".\"x\\t\\r\\u0007\\\\y\"", path.toString());
        assertEquals(path, OptionPath.parse(path.toString()));
        assertEquals(List.of("\u00e9", "u12"), OptionPath.parse("\"\\u00e9\".\"\\u12\"").segments(),
                "a \\u without four hex digits is the letter u, as any other escaped letter");
        assertEquals("a\\b", OptionPath.of("a\\b").toString(), "a backslash alone needs no quotes");
    }

    @Test
    void invisibleCharactersAreWrittenAsEscapesToo() {
        // a zero-width space made "'t.i' does not exist ... did you mean 't.i'?"
        OptionPath path = OptionPath.of("t", "i\u200b", "\ufeffoptions", "a\u2028b", "c\u0085");
        assertEquals("t.\"i\\u200b\".\"\\ufeffoptions\".\"a\\u2028b\".\"c\\u0085\"", path.toString());
        assertEquals(path, OptionPath.parse(path.toString()));
        assertEquals("caf\u00e9.\u00a0x", OptionPath.of("caf\u00e9", "\u00a0x").toString(), "visible text stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", ".a", "a.", "a.\"b", "a\"b\""})
    void malformedPathsAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> OptionPath.parse(text));
    }

    @Test
    void theEmptyPathIsTheRoot() {
        assertTrue(OptionPath.parse("").isRoot());
        assertEquals("", OptionPath.ROOT.toString());
    }

    @Test
    void pathsCombineAndCompareSegmentBySegment() {
        OptionPath p = OptionPath.parse("a.b");
        assertEquals(OptionPath.parse("a.b.\"c.d\""), p.child("c.d"));
        assertEquals(OptionPath.parse("a.b.c.d"), p.concat(OptionPath.parse("c.d")));
        assertTrue(p.concat(OptionPath.parse("c")).startsWith(p));
        assertEquals(OptionPath.parse("b"), p.drop(1));
        assertEquals(OptionPath.parse("a"), p.take(1));
        assertEquals("b", p.last());
        assertTrue(OptionPath.parse("a.b").compareTo(OptionPath.parse("a.c")) < 0);
        assertTrue(OptionPath.parse("a").compareTo(OptionPath.parse("a.b")) < 0);
    }
}
