package io.stead.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Writes a POSIX extended regular expression, as Nix's {@code builtins.match} reads it, in
 * Java's syntax where the two read the same text differently: inside a bracket expression a
 * {@code ]} first, {@code [:class:]}, {@code [=name=]} and {@code [.name.]} are POSIX's, and
 * {@code [} and {@code &} are themselves (Java nests and intersects classes); a quantifier
 * after a quantifier applies to what the first one made ({@code a+?} is {@code (a+)?}, where
 * Java would read a lazy {@code +}). Constructs POSIX leaves undefined, such as {@code \d} or
 * {@code (?=...)}, keep Java's meaning, and a backslash escapes inside brackets too.
 */
final class PosixSyntax {
    /** POSIX classes, as Java names them (ASCII, as in the C locale). */
    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"),
            Map.entry("blank", "\\p{Blank}"), Map.entry("cntrl", "\\p{Cntrl}"),
            Map.entry("digit", "\\p{Digit}"), Map.entry("graph", "\\p{Graph}"),
            Map.entry("lower", "\\p{Lower}"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\p{Space}"),
            Map.entry("upper", "\\p{Upper}"), Map.entry("xdigit", "\\p{XDigit}"),
            // and the short names Nix's C++ library adds
            Map.entry("w", "\\w"), Map.entry("d", "\\p{Digit}"), Map.entry("s", "\\p{Space}"));

    /**
     * The names of the ASCII characters in {@code [.name.]} and {@code [=name=]}, by code, as
     * Nix's C++ library knows them (POSIX's portable character set; a letter is its own name).
     */
    private static final List<String> CHARACTER_NAMES = characterNames();

    private final String regex;
    private final StringBuilder out;
    private int at;

    private PosixSyntax(String regex) {
        this.regex = regex;
        this.out = new StringBuilder(regex.length() + 16);
    }

    /**
     * @param regex a POSIX extended regular expression
     * @return the same expression in Java's syntax
     * @throws PatternSyntaxException if it names a class or a character that does not exist, or
     *     has a quantifier with nothing to repeat
     */
    static String toJava(String regex) {
        PosixSyntax syntax = new PosixSyntax(regex);
        syntax.expression();
        return syntax.out.toString();
    }

    private void expression() {
        Deque<Integer> groups = new ArrayDeque<>(); // where each open group starts in the output
        int atom = -1; // where the last atom, which a quantifier applies to, starts in the output
        boolean quantified = false;
        while (at < regex.length()) {
            char c = regex.charAt(at);
            int quantifier = quantifierEnd();
            if (quantifier > at) {
                if (atom < 0) {
                    throw new PatternSyntaxException("nothing to repeat", regex, at);
                }
                char previous = out.charAt(out.length() - 1);
                if (quantified && quantifier == at + 1 && "*+?".indexOf(previous) >= 0) {
                    // (a+)? is a*, (a+)+ is a+, ...: one quantifier, where nesting them would
                    // backtrack without end on a row of them
                    out.setCharAt(out.length() - 1, previous == c && c != '*' ? c : '*');
                    at = quantifier;
                    continue;
                }
                if (quantified) {
                    out.insert(atom, "(?:").append(')'); // a quantifier of the quantified atom
                }
                out.append(regex, at, quantifier);
                at = quantifier;
                quantified = true;
                continue;
            }
            quantified = false;
            if (c == '(') {
                groups.push(out.length());
                out.append(c);
                at++;
                if (at < regex.length() && regex.charAt(at) == '?') {
                    out.append('?'); // Java's group constructs, which POSIX does not define
                    at++;
                }
                atom = -1;
                continue;
            }
            if (c == ')') {
                atom = groups.isEmpty() ? -1 : groups.pop();
            } else if (c == '|' || c == '^' || c == '$') {
                atom = -1;
            } else {
                atom = out.length();
            }
            if (c == '[') {
                bracket();
            } else if (c == '\\' && at + 1 < regex.length()) {
                out.append(c).append(regex.charAt(at + 1)); // an escape, copied whole
                at += 2;
            } else {
                out.append(c);
                at++;
            }
        }
    }

    /** @return the index after a quantifier at the current index, or the index itself if none is there */
    private int quantifierEnd() {
        char c = regex.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
            return at + 1;
        }
        if (c != '{') {
            return at;
        }
        int i = at + 1;
        int digits = 0;
        while (i < regex.length() && (isDigit(regex.charAt(i)) || regex.charAt(i) == ',')) {
            digits += isDigit(regex.charAt(i)) ? 1 : 0;
            i++;
        }
        return digits > 0 && i < regex.length() && regex.charAt(i) == '}' ? i + 1 : at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A bracket expression, from its {@code [} to its {@code ]}. Ranges are read as Nix's
     * library reads them: {@code x-y}, where x may be a named character ({@code [.x.]}) and y
     * is a plain one; no class or equivalence class begins or ends one, and none begins where
     * another ended ({@code [a-c-e]}).
     */
    private void bracket() {
        int start = at;
        at++;
        out.append('[');
        if (at < regex.length() && regex.charAt(at) == '^') {
            out.append('^');
            at++;
        }
        int first = at; // a '-' here, or just before the closing ']', is itself
        if (at < regex.length() && regex.charAt(at) == ']') {
            out.append("\\]"); // first, it is a member
            at++;
        }
        boolean rangeOpen = false; // a '-' between two members was just read
        boolean rangeEnded = false; // the last member ended a range
        while (at < regex.length() && regex.charAt(at) != ']') {
            char c = regex.charAt(at);
            char next = at + 1 < regex.length() ? regex.charAt(at + 1) : '\0';
            if (c == '[' && (next == ':' || next == '=' || next == '.')) {
                int close = regex.indexOf(next + "]", at + 2);
                if (close < 0) {
                    throw new PatternSyntaxException("'[" + next + "' without its '" + next + "]'", regex, at);
                }
                boolean begins = next != '.' && close + 3 < regex.length() && regex.charAt(close + 2) == '-'
                        && regex.charAt(close + 3) != ']';
                if (rangeOpen || begins) {
                    throw new PatternSyntaxException("a range cannot " + (rangeOpen ? "end" : "begin") + " with ["
                            + next + regex.substring(at + 2, close) + next + "]", regex, start);
                }
                member(next, regex.substring(at + 2, close), start);
                at = close + 2;
                rangeEnded = false;
            } else if (c == '-' && at > first && next != ']' && !rangeOpen) {
                if (rangeEnded) {
                    throw new PatternSyntaxException("a range cannot begin where another ends", regex, at);
                }
                out.append(c);
                at++;
                rangeOpen = true;
            } else {
                if (c == '\\' && next != '\0') {
                    out.append(c).append(next);
                    at += 2;
                } else {
                    if (c == '[' || c == '&') {
                        out.append('\\'); // itself, not Java's nested class or intersection
                    }
                    out.append(c);
                    at++;
                }
                rangeEnded = rangeOpen;
                rangeOpen = false;
            }
        }
        if (at < regex.length()) {
            out.append(']');
            at++;
        }
    }

    /**
     * {@code [:class:]} (its name in any case); {@code [.name.]}, the character named; and
     * {@code [=name=]}, the character named, in both cases if it is a letter.
     */
    private void member(char kind, String name, int bracketStart) {
        if (kind == ':') {
            String java = CLASSES.get(name.toLowerCase(Locale.ROOT));
            if (java == null) {
                throw new PatternSyntaxException("no POSIX character class [:" + name + ":]", regex, bracketStart);
            }
            out.append(java);
            return;
        }
        int c = CHARACTER_NAMES.indexOf(name);
        if (c < 0) {
            throw new PatternSyntaxException("no collating element [" + kind + name + kind + "]", regex, bracketStart);
        }
        if (kind == '=' && Character.isLetter(c)) {
            out.append(Character.toLowerCase((char) c)).append(Character.toUpperCase((char) c));
        } else {
            out.append(String.format(Locale.ROOT, "\\x%02x", c));
        }
    }

    private static List<String> characterNames() {
        List<String> names = new ArrayList<>(List.of("NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "alert",
                "backspace", "tab", "newline", "vertical-tab", "form-feed", "carriage-return", "SO", "SI", "DLE",
                "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "IS4", "IS3", "IS2",
                "IS1", "space", "exclamation-mark", "quotation-mark", "number-sign", "dollar-sign", "percent-sign",
                "ampersand", "apostrophe", "left-parenthesis", "right-parenthesis", "asterisk", "plus-sign", "comma",
                "hyphen", "period", "slash", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "colon", "semicolon", "less-than-sign", "equals-sign", "greater-than-sign", "question-mark",
                "commercial-at"));
        for (char c = 'A'; c <= 'Z'; c++) {
            names.add(String.valueOf(c));
        }
        names.addAll(List.of("left-square-bracket", "backslash", "right-square-bracket", "circumflex", "underscore",
                "grave-accent"));
        for (char c = 'a'; c <= 'z'; c++) {
            names.add(String.valueOf(c));
        }
        names.addAll(List.of("left-curly-bracket", "vertical-line", "right-curly-bracket", "tilde", "DEL"));
        return List.copyOf(names);
    }
}
