package io.stead.api;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A string that matches a regular expression as a whole (as Nix's {@code builtins.match} does).
 * The expression is POSIX extended, as Nix's is, read by Java's engine
 * ({@link java.util.regex.Pattern}): where the two syntaxes differ, POSIX's holds. Inside a
 * bracket expression, character classes ({@code [[:alnum:]_-]}), characters by name
 * ({@code [[.hyphen.]]}), a {@code ]} first ({@code []a]}, {@code [^]]}), {@code [} and {@code &}
 * are POSIX's; a quantifier after a quantifier applies to what the first made ({@code a+?} is
 * {@code (a+)?}, not a lazy {@code +}). What POSIX leaves undefined keeps Java's meaning
 * ({@code \d}, {@code (?=...)}), and inside brackets a backslash escapes, as in Java (POSIX takes
 * it as itself). As in Nix, {@code .} matches a newline too, and the expression and the string are
 * read as their UTF-8 bytes, so {@code .} is one byte: {@code x.y} does not match {@code xéy}. Two
 * instances are equal when their expressions are; the pattern is compiled once, when the type is
 * made, since it is checked against every definition.
 */
public final class StrMatching implements OptionType {
    private final String regex;
    private final Pattern pattern;

    /**
     * @param regex a POSIX extended regular expression, as above
     * @throws java.util.regex.PatternSyntaxException if it is not one: it names a class or a
     *     character that does not exist, repeats nothing, or Java's engine cannot read it
     */
    public StrMatching(String regex) {
        this.regex = Objects.requireNonNull(regex, "regex");
        this.pattern = Pattern.compile(bytes(PosixSyntax.toJava(regex)), Pattern.DOTALL);
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
