package io.stead.api;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.either;
import static io.stead.api.Types.enumOf;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.intsBetween;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.oneOf;
import static io.stead.api.Types.path;
import static io.stead.api.Types.pkg;
import static io.stead.api.Types.port;
import static io.stead.api.Types.positiveInt;
import static io.stead.api.Types.str;
import static io.stead.api.Types.strMatching;
import static io.stead.api.Types.submodule;
import static io.stead.api.Types.unsignedInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each type checks the values it accepts and describes itself as NixOS does, parenthesised by the rule. */
class TypesTest {

    @Test
    void scalarTypesCheckTheirValues() {
        assertTrue(bool().check(true));
        assertFalse(bool().check("true"));
        assertTrue(integer().check(3L));
        assertFalse(integer().check(3.0));
        assertTrue(port().check(65535L));
        assertFalse(port().check(65536L));
        assertTrue(unsignedInt().check(0L));
        assertFalse(unsignedInt().check(-1L));
        assertFalse(positiveInt().check(0L));
        assertTrue(path().check("/etc"));
        assertFalse(path().check("etc"));
        assertFalse(path().check("/etc/host\0name"), "no Linux path holds a NUL");
        assertTrue(intsBetween(1, 3).check(3L));
        assertFalse(intsBetween(1, 3).check(4L));
        assertTrue(strMatching("[a-z]+").check("abc"));
        assertFalse(strMatching("[a-z]+").check("abc1"), "the whole string must match");
        assertTrue(enumOf("a", 1L).check(1L));
        assertFalse(enumOf("a", 1L).check("b"));
        assertTrue(pkg().check("openssh-server"));
        assertTrue(pkg().check("/opt/nix"));
        assertFalse(pkg().check("Not A Package"));
    }

    @Test
    void enumComparesNumbersAsNixDoes() {
        // the evaluator holds integers as longs: an enum of ints, as a plugin writes it, must match them
        assertTrue(enumOf(1, 2).check(2L));
        assertEquals(enumOf(1L, 2L), enumOf(1, 2));
        // Nix's == (builtins.elem): an integer equals the float of its value, and -0.0 equals 0.0
        assertTrue(enumOf(1L, 2L).check(2.0));
        assertTrue(enumOf(1.5, 0.0).check(-0.0));
        assertTrue(enumOf(3.0).check(3L));
        assertFalse(enumOf(1L, 2L).check(2.5));
        assertFalse(enumOf(1L, 2L).check("1"), "a string is no number");
        assertFalse(enumOf(true).check(1L));
    }

    @Test
    void strMatchingMatchesBytesAndNewlinesAsNixDoes() {
        // builtins.match: '.' takes a newline too, and a string is UTF-8 bytes, so '.' is one byte
        // (each checked against lib.evalModules' types.strMatching)
        assertTrue(strMatching("a.b").check("a\nb"));
        assertFalse(strMatching("x.y").check("x\u00e9y"), "é is two bytes");
        assertTrue(strMatching("x..y").check("x\u00e9y"));
        assertFalse(strMatching("x[^a]y").check("x\u00e9y"));
        assertTrue(strMatching("x\u00e9y").check("x\u00e9y"), "a literal matches itself");
        assertTrue(strMatching("[a-z\u00e9]+").check("caf\u00e9"));
        assertFalse(strMatching("[[:alpha:]]+").check("caf\u00e9"), "classes are ASCII, as in the C locale");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aMatchThatBacktracksWithoutEndOrOverflowsIsGivenUp() {
        // ((a+)+)+b against 32 a's backtracks for hours; a repeated group recurses once per character
        StrMatching backtracking = new StrMatching("((a+)+)+b");
        String as = "a".repeat(32);
        assertFalse(backtracking.check(as));
        assertTrue(backtracking.givesUpOn(as));
        assertTrue(backtracking.check("aaab"));
        assertFalse(backtracking.givesUpOn("aaac"), "a quick mismatch is an answer");
        assertEquals(100_000 + 100 * 32, StrMatching.budget(as), "the budget grows with the value");
        StrMatching group = new StrMatching("(a|b)*");
        String longText = "ab".repeat(2_000_000);
        assertFalse(group.check(longText));
        assertTrue(group.givesUpOn(longText));
        assertTrue(group.check("abab"));
    }

    @Test
    void strMatchingTakesPosixBracketClassesAsNixDoes() {
        // Nix's builtins.match is POSIX extended: NixOS modules write [[:alnum:]], which Java's
        // regular expressions would read as the characters ':', 'a', 'l', 'n', 'u', 'm'
        assertTrue(strMatching("[[:alnum:]_-]+").check("web-01_a"));
        assertFalse(strMatching("[[:alnum:]_-]+").check("web 01"));
        assertFalse(strMatching("[[:alpha:]]+").check("::"), "the class, not its letters");
        assertTrue(strMatching("[[:digit:]]{3}").check("042"));
        assertTrue(strMatching("[^[:space:]]+").check("a=b"));
        assertFalse(strMatching("[^[:space:]]+").check("a b"));
        assertTrue(strMatching("[[:upper:]][[:lower:]]*").check("Stead"));
        assertTrue(strMatching("[[:xdigit:]]+").check("00ff"));
        assertTrue(strMatching("[[:punct:]]").check("!"));
        // a ']' first in a bracket expression is one of its characters
        assertTrue(strMatching("[]a]+").check("a]"));
        assertTrue(strMatching("[^]]+").check("abc"));
        assertFalse(strMatching("[^]]+").check("a]"));
        // Java's own syntax still works, and the description keeps the pattern as written
        assertTrue(strMatching("\\d+").check("12"));
        assertEquals("string matching the pattern [[:alnum:]]+", strMatching("[[:alnum:]]+").description());
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching("[[:nope:]]"));
    }

    @Test
    void strMatchingReadsPosixSyntaxWhereJavasDiffers() {
        // each checked against Nix 2.8's builtins.match
        // inside brackets, '&' and '[' are themselves: no intersections, no nested classes
        assertTrue(strMatching("[a&&b]").check("&"));
        assertFalse(strMatching("[a&&b]").check("ab"));
        assertTrue(strMatching("[a[b]").check("["));
        assertTrue(strMatching("[^&&]").check("a"));
        assertFalse(strMatching("[^&&]").check("&"));
        // [.name.] is the character of that name (a letter is its own), [=name=] that character
        // in either case, and a class's name may be in any case, as Nix's C++ library reads them
        assertTrue(strMatching("[[=a=]b]+").check("abA"));
        assertFalse(strMatching("[[=a=]b]+").check("B"));
        assertFalse(strMatching("[[.a.]]").check("A"));
        assertTrue(strMatching("[[.hyphen.][.left-square-bracket.]]+").check("-["));
        assertTrue(strMatching("[[:ALPHA:]]").check("a"));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching("[[.-.]]"));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching("[[.HYPHEN.]]"));
        // a named character may begin a range; nothing bracketed ends one, and a class begins none
        assertTrue(strMatching("[[.hyphen.]-z]+").check("-09az"));
        assertTrue(strMatching("[-[:digit:]]+").check("-1"));
        for (String range : List.of("[a-[.z.]]", "[[=a=]-z]", "[[:alpha:]-z]", "[a-[:alpha:]]", "[]-[.a.]]",
                "[a-z-9]", "[a-c-e]")) {
            assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching(range), range);
        }
        // nor is a '[:', '[=' or '[.' without its end
        for (String open : List.of("[[:a]", "[[=a]", "[[.]]")) {
            assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching(open), open);
        }
        // the short class names of Nix's library
        assertTrue(strMatching("[[:w:]]+").check("a_1"));
        assertTrue(strMatching("[[:d:]][[:s:]]").check("5 "));
        // a quantifier after a quantifier repeats what the first made, rather than being lazy
        // or possessive: a+? is (a+)?
        assertTrue(strMatching("a+?").check(""));
        assertTrue(strMatching("a+?").check("aa"));
        assertTrue(strMatching("(ab)+?").check("abab"));
        assertTrue(strMatching("a{1,}?").check(""));
        assertTrue(strMatching("x{2}{2}").check("xxxx"));
        // a row of them is one: nested, they would backtrack without end
        assertTrue(strMatching("a" + "*".repeat(100)).check("aaa"));
        assertTrue(strMatching("a??").check(""));
        assertFalse(strMatching("a++").check(""));
        assertFalse(strMatching("x{2}{2}").check("xx"));
        // and a quantifier needs something to repeat
        for (String nothing : List.of("*a", "a|*b", "^*a", "(+a)")) {
            assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching(nothing), nothing);
        }
    }

    @Test
    void containerTypesCheckTheirShapeOnly() {
        assertTrue(listOf(port()).check(List.of("not checked here")));
        assertFalse(listOf(port()).check(Map.of()));
        assertTrue(attrsOf(str()).check(Map.of()));
        assertTrue(submodule().check(Map.of()));
        assertTrue(nullOr(port()).check(null));
        assertTrue(either(integer(), str()).check("x"));
        assertTrue(oneOf(bool(), integer(), str()).check(1L));
        assertTrue(Types.valueOrList(integer()).check(List.of("not checked here")));
        assertTrue(Types.valueOrList(integer()).check(1L));
        assertFalse(Types.valueOrList(integer()).check("x"));
    }

    @Test
    void nestedTypesAreParenthesisedUnlessTheyAreNouns() {
        assertEquals("list of string", listOf(str()).description());
        assertEquals("list of (attribute set of string)", listOf(attrsOf(str())).description());
        assertEquals("attribute set of (submodule)", attrsOf(submodule()).description());
        assertEquals("null or signed integer or string", nullOr(either(integer(), str())).description());
        assertEquals("null or null or signed integer", nullOr(nullOr(integer())).description());
        assertEquals("value \"a\" (singular enum)", enumOf("a").description());
        assertEquals("one of \"a\\nb\", \"\\\"q\\\"\", \"z\\u200b\"", enumOf("a\nb", "\"q\"", "z\u200b").description(),
                "a value shows as a JSON string: on one line, each character seen");
        assertEquals("impossible (empty enum)", new EnumOf(List.of()).description());
        assertEquals("boolean or signed integer or string or list of (boolean or signed integer or string)",
                Types.valueOrList(oneOf(bool(), integer(), str())).description());
        assertEquals("attribute set of (string or list of string)", attrsOf(Types.valueOrList(str())).description());
    }

    @Test
    void badTypeArgumentsAreRefusedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> intsBetween(3, 1));
        assertThrows(IllegalArgumentException.class, () -> new OneOf(List.of()));
        assertThrows(java.util.regex.PatternSyntaxException.class, () -> strMatching("("));
    }
}
