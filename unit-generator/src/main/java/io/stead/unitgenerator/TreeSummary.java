package io.stead.unitgenerator;

import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.unitgenerator.internal.upstream.UnitFileKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a system tree holds, for {@code stead build} to print: the units written in full, the
 * drop-ins with the upstream unit and the settings each customises, masked units, files under
 * {@code /etc}, scripts, and how many links.
 *
 * @param unitsInFull names of units written in full, sorted
 * @param dropIns the drop-ins, sorted by unit
 * @param masked names of masked units, sorted
 * @param etcFiles paths of files under /etc other than units and scripts, sorted
 * @param scripts paths of scripts, sorted
 * @param links how many links (enablement, aliases, package units)
 */
public record TreeSummary(List<String> unitsInFull, List<DropIn> dropIns, List<String> masked,
                          List<String> etcFiles, List<String> scripts, int links) {
    private static final String UNITS = "etc/systemd/system/";

    /**
     * A drop-in customising an upstream unit.
     *
     * @param unit the unit's name
     * @param customises the upstream unit file, or null when the target has none (asDropin)
     * @param settings what it sets, as {@code Section.Key}, {@code (replaced)} after a setting it
     *     resets first
     */
    public record DropIn(String unit, String customises, List<String> settings) {
        /**
         * @param unit see above
         * @param customises see above
         * @param settings copied
         */
        public DropIn {
            settings = List.copyOf(settings);
        }
    }

    /**
     * @param unitsInFull copied
     * @param dropIns copied
     * @param masked copied
     * @param etcFiles copied
     * @param scripts copied
     * @param links see above
     */
    public TreeSummary {
        unitsInFull = List.copyOf(unitsInFull);
        dropIns = List.copyOf(dropIns);
        masked = List.copyOf(masked);
        etcFiles = List.copyOf(etcFiles);
        scripts = List.copyOf(scripts);
    }

    /**
     * @param tree a system tree
     * @return its summary
     */
    public static TreeSummary of(SystemTree tree) {
        List<String> full = new ArrayList<>();
        List<DropIn> dropIns = new ArrayList<>();
        List<String> masked = new ArrayList<>();
        List<String> etc = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        int links = 0;
        for (TreeEntry entry : tree.entries()) {
            switch (entry.kind()) {
                case UNIT -> full.add(unitName(entry.path()));
                case DROP_IN -> dropIns.add(new DropIn(dropInUnit(entry.path()), entry.customises(),
                        settings(entry.content())));
                case MASK -> masked.add(unitName(entry.path()));
                case ETC_FILE -> etc.add("/" + entry.path());
                case SCRIPT -> scripts.add("/" + entry.path());
                case LINK -> links++;
                default -> throw new IllegalStateException("unknown kind " + entry.kind());
            }
        }
        return new TreeSummary(full, dropIns, masked, etc, scripts, links);
    }

    /** @return the summary as lines of text for a terminal, ending with a line break */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("units written in full (").append(unitsInFull.size()).append(")")
                .append(unitsInFull.isEmpty() ? "" : ": " + String.join(", ", unitsInFull)).append('\n');
        out.append("drop-ins (").append(dropIns.size()).append(")").append(dropIns.isEmpty() ? "" : ":").append('\n');
        for (DropIn d : dropIns) {
            out.append("  ").append(d.unit())
                    .append(d.customises() == null ? "" : " customises " + d.customises())
                    .append(": ").append(String.join(", ", d.settings())).append('\n');
        }
        if (!masked.isEmpty()) {
            out.append("masked (").append(masked.size()).append("): ").append(String.join(", ", masked)).append('\n');
        }
        out.append("etc files (").append(etcFiles.size()).append(")")
                .append(etcFiles.isEmpty() ? "" : ": " + String.join(", ", etcFiles)).append('\n');
        if (!scripts.isEmpty()) {
            out.append("scripts (").append(scripts.size()).append("): ").append(String.join(", ", scripts)).append('\n');
        }
        out.append("links (").append(links).append(")\n");
        return out.toString();
    }

    private static String unitName(String path) {
        return path.startsWith(UNITS) ? path.substring(UNITS.length()) : path;
    }

    private static String dropInUnit(String path) {
        String inner = unitName(path);
        int slash = inner.indexOf(".d/");
        return slash < 0 ? inner : inner.substring(0, slash);
    }

    private static List<String> settings(String text) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> reset = new LinkedHashSet<>();
        List<UnitFileKeys.Assignment> assignments = UnitFileKeys.assignments(text);
        String[] lines = text.split("\n", -1);
        for (UnitFileKeys.Assignment a : assignments) {
            String line = lines[a.line() - 1].strip();
            String key = a.section() + "." + a.key();
            if (line.endsWith("=") && line.indexOf('=') == line.length() - 1) {
                reset.add(key);
            } else {
                out.add(key);
            }
        }
        return out.stream().map(k -> reset.contains(k) ? k + " (replaced)" : k).toList();
    }
}
