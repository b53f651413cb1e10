package io.stead.evaluator.internal.eval;

import io.stead.api.Priority;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Condition;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The warnings about renamed options that are used. NixOS warns only when the old option is
 * defined ({@code fromOpt.isDefined}), naming where its definitions that count are written: a
 * definition under a false {@code $if}, or beaten by one of a stronger priority under the old
 * name, is not warned about. Values are not forced (a {@code $ref} or computed value counts as
 * a definition as it stands): only conditions and priorities decide.
 */
final class RenameWarnings {
    /** No priority seen yet: the outermost one counts, as in {@link Discharger}. */
    private static final long UNSET = Long.MIN_VALUE;

    private RenameWarnings() {
    }

    /**
     * The warnings about the definitions of old names in a system's own configuration, which
     * are its {@code warnings} option's, as NixOS's rename modules define them there. The
     * options are named as the system sees them: within a nested system, without its path.
     *
     * @param renamed the definitions of old names, in the order they were collected
     * @param system the system's path, empty for the host
     * @return one warning per definition that counts
     */
    static Set<String> ofSystem(List<RenamedDefinition> renamed, String system) {
        List<RenamedDefinition> own = new ArrayList<>();
        for (RenamedDefinition r : renamed) {
            if (r.in().equals(system)) {
                own.add(r);
            }
        }
        return counted(List.of(own), system.isEmpty() ? 0 : system.length() + 1);
    }

    /**
     * The warnings of one system's submodules: about the definitions of old names in their
     * configurations, not in a nested system's within it (NixOS, whose submodules have no
     * {@code warnings} option, gives none). They are ordered by the path of the configuration
     * they were written for, then as collected, so that they do not depend on which submodule
     * was read first.
     *
     * @param renamed the definitions of old names, in the order they were collected
     * @param system the system's path, empty for the host
     * @param nestedSystems the paths of every nested system made
     * @return one warning per definition that counts, naming whole paths
     */
    static Set<String> inSubmodules(List<RenamedDefinition> renamed, String system, List<String> nestedSystems) {
        TreeMap<String, List<RenamedDefinition>> byConfiguration = new TreeMap<>();
        for (RenamedDefinition r : renamed) {
            if (!r.in().equals(system) && systemOf(r.in(), nestedSystems).equals(system)) {
                add(byConfiguration, r.in(), r);
            }
        }
        return counted(byConfiguration.values(), 0);
    }

    /** The warnings of definitions grouped by configuration, options shown from {@code shownFrom}. */
    private static Set<String> counted(Iterable<List<RenamedDefinition>> byConfiguration, int shownFrom) {
        Map<String, List<RenamedDefinition>> byOldName = new LinkedHashMap<>();
        for (List<RenamedDefinition> defs : byConfiguration) {
            for (RenamedDefinition r : defs) {
                add(byOldName, r.from(), r);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (List<RenamedDefinition> defs : byOldName.values()) {
            warnCounted(defs, shownFrom, out);
        }
        return out;
    }

    /** @return the innermost nested system that a configuration belongs to, or the host's "" */
    private static String systemOf(String configuration, List<String> nestedSystems) {
        String found = "";
        for (String s : nestedSystems) {
            boolean within = configuration.equals(s) || configuration.startsWith(s + ".");
            if (within && s.length() > found.length()) {
                found = s;
            }
        }
        return found;
    }

    // (no lambda: this runs in every command, on a cold JVM)
    private static void add(Map<String, List<RenamedDefinition>> map, String key, RenamedDefinition r) {
        List<RenamedDefinition> defs = map.get(key);
        if (defs == null) {
            defs = new ArrayList<>();
            map.put(key, defs);
        }
        defs.add(r);
    }

    /**
     * Adds a warning for each definition of one old option that counts. As in {@link
     * Discharger}, what an outermost priority wraps is read only once that priority is the
     * strongest: a losing {@code $default: {$if: c, ...}} does not read {@code c}.
     */
    private static void warnCounted(List<RenamedDefinition> defs, int shownFrom, Set<String> out) {
        List<Counted> leaves = new ArrayList<>();
        for (RenamedDefinition r : defs) {
            Def d = r.written();
            flatten(d.node(), d.location(), d.scope(), UNSET, r, leaves);
        }
        int best = strongest(leaves);
        while (hasUnread(leaves, best)) {
            // what they hold may drop them (a false $if), and a weaker priority then counts
            List<Counted> read = new ArrayList<>(leaves.size());
            for (Counted c : leaves) {
                if (c.unread() != null && c.priority() == best) {
                    flatten(c.unread(), c.location(), c.scope(), best, c.of(), read);
                } else {
                    read.add(c);
                }
            }
            leaves = read;
            best = strongest(leaves);
        }
        for (Counted c : leaves) {
            if (c.priority() == best) {
                out.add(Messages.renamed(c.of().from().substring(shownFrom), c.of().to().substring(shownFrom),
                        c.location()));
            }
        }
    }

    private static int strongest(List<Counted> leaves) {
        int best = Discharger.WEAKEST;
        for (Counted c : leaves) {
            best = Math.min(best, c.priority());
        }
        return best;
    }

    private static boolean hasUnread(List<Counted> leaves, int priority) {
        for (Counted c : leaves) {
            if (c.unread() != null && c.priority() == priority) {
                return true;
            }
        }
        return false;
    }

    /**
     * A definition of an old option after its conditions held, with its priority.
     *
     * @param unread what its outermost priority wraps, not read yet, or null
     */
    private record Counted(RenamedDefinition of, Location location, ModuleScope scope, int priority, Node unread) {
    }

    private static void flatten(Node node, Location at, ModuleScope scope, long priority, RenamedDefinition of,
                                List<Counted> out) {
        if (node instanceof Node.When when) {
            for (Condition c : when.conditions()) {
                if (!Discharger.holds(c, scope, when.location())) {
                    return;
                }
            }
            flatten(when.body(), at, scope, priority, of, out);
        } else if (node instanceof Node.Merge merge) {
            for (Node part : merge.parts()) {
                flatten(part, part.location(), scope, priority, of, out);
            }
        } else if (node instanceof Node.Prio p) {
            if (priority == UNSET) {
                out.add(new Counted(of, at, scope, p.priority(), p.body())); // read if it counts
            } else {
                flatten(p.body(), at, scope, priority, of, out);
            }
        } else if (node instanceof Node.Ordered o) {
            flatten(o.body(), at, scope, priority, of, out);
        } else {
            out.add(new Counted(of, at, scope, priority == UNSET ? Priority.PLAIN : (int) priority, null));
        }
    }
}
