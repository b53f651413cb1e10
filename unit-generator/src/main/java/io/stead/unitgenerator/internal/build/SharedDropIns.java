package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.upstream.TargetRoot;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import io.stead.unitgenerator.internal.upstream.UpstreamUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drop-ins of one upstream unit written under several names. Every drop-in is named
 * {@code overrides.conf}, and systemd reads one file of a name per unit, from whichever of
 * its drop-in directories comes first: a template's ({@code getty@.service.d}) is hidden for
 * an instance that has its own ({@code getty@tty3.service.d}), and an alias's
 * ({@code kmod.service.d}) by its unit's ({@code systemd-modules-load.service.d}), seen on
 * systemd 252. So an instance's drop-in begins with its template's settings, as systemd would
 * have read both; two names of one unit (an alias and its unit, or two instances of one name
 * through an alias) each with a drop-in are refused.
 */
final class SharedDropIns {
    /** A drop-in to write. */
    record DropIn(String unit, OptionPath owner, UpstreamUnit upstream, String text) {
    }

    private final TargetRoot root;
    private final Problems problems;

    SharedDropIns(TargetRoot root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    /**
     * @param dropIns the drop-ins of upstream units, in the order they were made
     * @return the drop-ins to write: an instance's with its template's settings first; one of
     *     two names of a unit left out, with a problem recorded
     */
    List<DropIn> resolve(List<DropIn> dropIns) {
        // the unit file each customises, as the target resolves it: an alias is its unit's file
        Map<Path, List<DropIn>> byFile = new LinkedHashMap<>();
        for (DropIn d : dropIns) {
            Path file = root.resolve(d.upstream().path()).orElse(Path.of(d.upstream().path()));
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
        }
        List<DropIn> out = new ArrayList<>();
        for (List<DropIn> same : byFile.values()) {
            DropIn whole = null; // the unit's (or the template's) own drop-in, by one name
            Map<String, DropIn> instances = new HashMap<>();
            List<DropIn> kept = new ArrayList<>();
            for (DropIn d : same) {
                String instance = UnitNames.instance(d.unit());
                DropIn earlier = instance.isEmpty() ? whole : instances.get(instance);
                if (earlier != null) {
                    problems.add(d.owner(), "customises the unit that '" + earlier.owner() + "' customises too, under"
                            + " another name (" + d.unit() + " and " + earlier.unit() + " are one unit, "
                            + d.upstream().path() + "): each would write an overrides.conf drop-in, and systemd reads"
                            + " only one of them; configure the unit under one name.");
                    continue;
                }
                if (instance.isEmpty()) {
                    whole = d;
                } else {
                    instances.put(instance, d);
                }
                kept.add(d);
            }
            for (DropIn d : kept) {
                if (whole != null && d != whole) {
                    // (a template's drop-in applies to its instances: the instance's would hide it)
                    out.add(new DropIn(d.unit(), d.owner(), d.upstream(), whole.text() + "\n" + d.text()));
                } else {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
