package io.stead.api;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A string that matches a regular expression as a whole (as Nix's {@code builtins.match} does).
 * The expression is Java's ({@link java.util.regex.Pattern}), with the two pieces of POSIX
 * extended syntax that NixOS modules use and Java reads otherwise: character classes such as
 * {@code [[:alnum:]_-]} inside a bracket expression, and a {@code ]} first in one
 * ({@code []a]}, {@code [^]]}), which stands for itself. As in Nix, {@code .} matches a
 * newline too, and the expression and the string are read as their UTF-8 bytes, so {@code .}
 * is one byte: {@code x.y} does not match {@code xéy}. Two instances are equal when their
 * expressions are; the pattern is compiled once, when the type is made, since it is checked
 * against every definition.
 */
public final class StrMatching implements OptionType {
    private final String regex;
    private final Pattern pattern;

    /**
     * @param regex a {@link java.util.regex.Pattern} regular expression, which may use POSIX
     *     character classes and a leading {@code ]} in bracket expressions
     * @throws java.util.regex.PatternSyntaxException if it is not one, or names a POSIX class
     *     that does not exist
     */
    public StrMatching(String regex) {
        this.regex = Objects.requireNonNull(regex, "regex");
        this.pattern = Pattern.compile(bytes(javaSyntax(regex)), Pattern.DOTALL);
    }

    /** POSIX classes, as Java names them. */
    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("digit", "\\p{Digit}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("xdigit", "\\p{XDigit}"));

    /** The expression with its POSIX bracket syntax written as Java's. */
    private static String javaSyntax(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(i + 1)); // an escape, copied whole
                i += 2;
            } else if (c == '[') {
                i = bracket(regex, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Copies the bracket expression starting at {@code start}; answers the index after it. */
    private static int bracket(String regex, int start, StringBuilder out) {
        int i = start + 1;
        out.append('[');
        if (i < regex.length() && regex.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            out.append("\\]"); // first, it is a member
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            char c = regex.charAt(i);
            int close = c == '[' && i + 1 < regex.length() && regex.charAt(i + 1) == ':'
                    ? regex.indexOf(":]", i + 2) : -1;
            if (close >= 0) {
                String name = regex.substring(i + 2, close);
                String java = POSIX_CLASSES.get(name);
                if (java == null) {
                    throw new PatternSyntaxException("no POSIX character class [:" + name + ":]", regex, i);
                }
                out.append(java);
                i = close + 2;
            } else if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                i = bracket(regex, i, out); // Java's nested class, as in [a-z&&[^e]]
            } else {
                out.append(c);
                i++;
            }
        }
        if (i < regex.length()) {
            out.append(']');
            i++;
        }
        return i;
    }

    /**
     * The text with each character written as its UTF-8 bytes, one character (0-255) per byte:
     * Nix matches bytes, and Java then does too. ASCII text is itself.
     */
    private static String bytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return text;
    }

    /** @return the regular expression */
    public String regex() {
        return regex;
    }

    @Override
    public String description() {
        return "string matching the pattern " + regex;
    }

    /**
     * How many characters matching a value may read: {@value #STEPS_BASE}, and
     * {@value #STEPS_PER_CHARACTER} more per character of the value. A pattern that backtracks
     * without end on a value ({@code ((a+)+)+b} against 32 a's) would otherwise run for hours;
     * ordinary patterns read a value's characters a few times each.
     *
     * @param value a string
     * @return the budget of its match
     */
    public static long budget(String value) {
        return STEPS_BASE + STEPS_PER_CHARACTER * value.length();
    }

    /** The least budget of a match. */
    public static final long STEPS_BASE = 100_000L;
    /** The budget of a match per character of the value. */
    public static final long STEPS_PER_CHARACTER = 100L;

    /**
     * @return true for a string that matches; false for anything else, and for a string whose
     *     matching reads more than its {@link #budget(String)} of characters or overflows the stack, which
     *     {@link #givesUpOn(String)} tells apart
     */
    @Override
    public boolean check(Object value) {
        return value instanceof String s && match(s) == Boolean.TRUE;
    }

    /**
     * @param value a string
     * @return whether matching it was given up: it read more than its {@link #budget(String)}, or
     *     overflowed the stack (a long string under a repeated group)
     */
    public boolean givesUpOn(String value) {
        return match(value) == null;
    }

    /** Whether the value matches, or null if matching was given up. */
    private Boolean match(String value) {
        try {
            return pattern.matcher(new Budgeted(bytes(value), budget(value))).matches();
        } catch (Budgeted.Exhausted | StackOverflowError e) {
            return null;
        }
    }

    /** A string that stops a match after a number of reads of its characters. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long budget;
        private long steps;

        Budgeted(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (++steps > budget) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        /** The budget is spent. */
        private static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted() {
                super(null, null, false, false);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StrMatching other && other.regex.equals(regex);
    }

    @Override
    public int hashCode() {
        return regex.hashCode();
    }

    @Override
    public String toString() {
        return "StrMatching[regex=" + regex + "]";
    }
}
