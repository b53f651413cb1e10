package io.stead.unitgenerator.internal.upstream;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads which keys a unit file sets, section by section, as systemd parses unit files: comments
 * start with {@code #} or {@code ;}, a line ending in a backslash continues on the next line.
 */
public final class UnitFileKeys {
    private UnitFileKeys() {
    }

    /**
     * One {@code Key=value} assignment found in a unit file.
     *
     * @param section the section it is in
     * @param key the key
     * @param value its value, white space stripped at both ends; continued lines joined, each
     *     ending backslash read as a space, as systemd reads them
     * @param line the line number where it starts, from 1
     */
    public record Assignment(String section, String key, String value, int line) {
    }

    /**
     * @param text a unit file's text
     * @return its assignments, in order
     */
    public static List<Assignment> assignments(String text) {
        List<Assignment> out = new ArrayList<>();
        walk(text, out, new ArrayList<>());
        return out;
    }

    /**
     * @param text a unit file's text
     * @return the numbers of the lines, from 1, that systemd ignores with a warning: a line
     *     before any section, or one that is neither a section nor a {@code Key=value}
     */
    public static List<Integer> strayLines(String text) {
        List<Integer> out = new ArrayList<>();
        walk(text, new ArrayList<>(), out);
        return out;
    }

    private static void walk(String text, List<Assignment> assignments, List<Integer> stray) {
        String section = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int start = i;
            String line = lines[i].strip();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                String next = lines[++i].strip();
                if (next.startsWith("#") || next.startsWith(";")) {
                    continue; // systemd skips a comment inside a continued value, which goes on after it
                }
                line = line.substring(0, line.length() - 1) + " " + next;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
            } else if (section != null && line.indexOf('=') > 0) {
                int equals = line.indexOf('=');
                assignments.add(new Assignment(section, line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip(), start + 1));
            } else {
                stray.add(start + 1);
            }
        }
    }

    /**
     * @param text a unit file's text
     * @return the keys it sets, as {@code Section.Key}, in order of first appearance
     */
    public static Set<String> qualifiedKeys(String text) {
        Set<String> out = new LinkedHashSet<>();
        assignments(text).forEach(a -> out.add(a.section() + "." + a.key()));
        return out;
    }
}
