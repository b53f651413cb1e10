package io.stead.unitgenerator.internal.upstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lines of the target's sysusers.d(5) files that make users and groups ({@code u},
 * {@code g}, {@code m}), in the order systemd-sysusers 252 reads them: the {@code .conf} files of
 * /etc/sysusers.d, /usr/local/lib/sysusers.d and /usr/lib/sysusers.d sorted by file name, a name
 * in an earlier directory hiding the file of that name in a later one (a link to /dev/null hides
 * it with nothing). /run/sysusers.d is filled only while the target runs.
 */
public final class SysusersFiles {
    private static final List<String> DIRECTORIES =
            List.of("/etc/sysusers.d", "/usr/local/lib/sysusers.d", "/usr/lib/sysusers.d");

    /**
     * One line.
     *
     * @param type {@code u}, {@code g} or {@code m}
     * @param name the user's or group's name (for {@code m}, the user's)
     * @param id the third field, or null for none or {@code -} (for {@code m}, the group's name)
     * @param file the file's name, such as {@code basic.conf}
     * @param path the file as the target sees it
     */
    public record Line(char type, String name, String id, String file, String path) {
    }

    private SysusersFiles() {
    }

    /**
     * @param root the target
     * @param replaced the name of the file the build writes into /etc/sysusers.d, which hides
     *     the target's files of that name (the target's copy is a former build's)
     * @return the lines, in the order sysusers reads them
     */
    public static List<Line> read(TargetRoot root, String replaced) {
        Map<String, String> files = new TreeMap<>(); // by name; a file's name sorts as a C string does
        for (String dir : DIRECTORIES) {
            for (String name : root.list(dir)) {
                if (name.endsWith(".conf") && !name.equals(replaced)) {
                    files.putIfAbsent(name, dir + "/" + name);
                }
            }
        }
        List<Line> out = new ArrayList<>();
        files.forEach((name, path) -> root.read(path).ifPresent(text -> text.lines()
                .map(l -> parse(l, name, path)).filter(l -> l != null).forEach(out::add)));
        return out;
    }

    /** A line that makes an account, or null for a comment, another type, or a specifier. */
    private static Line parse(String line, String file, String path) {
        List<String> fields = fields(line.strip());
        if (fields.size() < 2 || fields.get(0).length() != 1 || "ugm".indexOf(fields.get(0).charAt(0)) < 0) {
            return null;
        }
        String id = fields.size() > 2 && !fields.get(2).equals("-") ? fields.get(2) : null;
        // (a name written with a specifier is known only on the target, as sysusers replaces it;
        // an m line with no group is one sysusers refuses)
        if (fields.get(1).contains("%") || id != null && id.contains("%") || fields.get(0).equals("m") && id == null) {
            return null;
        }
        return new Line(fields.get(0).charAt(0), fields.get(1), id, file, path);
    }

    /** The first three fields, split at white space outside quotes, as sysusers splits them. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        if (line.startsWith("#")) {
            return out;
        }
        StringBuilder field = null;
        char quote = 0;
        for (int i = 0; i < line.length() && out.size() < 3; i++) {
            char c = line.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (field != null) {
                    out.add(field.toString());
                    field = null;
                }
                continue;
            }
            field = field == null ? new StringBuilder() : field;
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                field.append(c);
            }
        }
        if (field != null && out.size() < 3) {
            out.add(field.toString());
        }
        return out;
    }
}
