package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.upstream.TargetRoot;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import io.stead.unitgenerator.internal.upstream.UpstreamUnit;
import io.stead.unitgenerator.internal.upstream.UpstreamUnits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drop-ins of one unit written under several names. Every drop-in is named
 * {@code overrides.conf}, and systemd reads one file of a name per unit: from the unit's own
 * name's directory first (the instance's, then its template's), then its aliases' (seen on
 * systemd 252 with "Skipping overridden file"). So a template's ({@code getty@.service.d}) is
 * hidden for an instance that has its own ({@code getty@tty3.service.d}), and an alias's
 * ({@code kmod.service.d}) by its unit's ({@code systemd-modules-load.service.d}).
 *
 * <p>An instance's drop-in therefore begins with its template's settings, as systemd would have
 * read both; an instance named through its template's alias ({@code autovt@tty3}) is written
 * under the template's own name ({@code getty@tty3.service.d}), which systemd reads first; and
 * two names of one unit, each with a drop-in (an alias and its unit), are refused.
 */
final class SharedDropIns {
    /**
     * A drop-in to write.
     *
     * @param unit the name it is configured under
     * @param owner the option that defines it
     * @param upstream the unit it customises, or null (overrideStrategy asDropin, nothing shipped)
     * @param text its text
     */
    record DropIn(String unit, OptionPath owner, UpstreamUnit upstream, String text) {
    }

    private final TargetRoot root;
    private final UpstreamUnits upstream;
    private final Problems problems;

    SharedDropIns(TargetRoot root, UpstreamUnits upstream, Problems problems) {
        this.root = root;
        this.upstream = upstream;
        this.problems = problems;
    }

    /**
     * @param dropIns the drop-ins, in the order they were made
     * @return the drop-ins to write, each named by the unit whose directory it goes in
     */
    List<DropIn> resolve(List<DropIn> dropIns) {
        // grouped by the template (or plain unit) as the target names its file: an alias is its unit
        Map<String, List<DropIn>> byUnit = new LinkedHashMap<>();
        for (DropIn d : dropIns) {
            byUnit.computeIfAbsent(canonical(UnitNames.template(d.unit()).orElse(d.unit())),
                    k -> new ArrayList<>()).add(d);
        }
        List<DropIn> out = new ArrayList<>();
        for (Map.Entry<String, List<DropIn>> group : byUnit.entrySet()) {
            String unit = group.getKey();
            DropIn whole = null; // the template's (or the plain unit's) own drop-in
            Map<String, DropIn> instances = new HashMap<>();
            List<DropIn> kept = new ArrayList<>();
            for (DropIn d : group.getValue()) {
                String instance = UnitNames.instance(d.unit());
                DropIn earlier = instance.isEmpty() ? whole : instances.get(instance);
                if (earlier != null) {
                    problems.add(d.owner(), "customises the unit that '" + earlier.owner() + "' customises too, under"
                            + " another name (" + d.unit() + " and " + earlier.unit() + " name one unit): each would"
                            + " write an overrides.conf drop-in, and systemd reads only one of them; configure the"
                            + " unit under one name.");
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
                String instance = UnitNames.instance(d.unit());
                if (instance.isEmpty()) {
                    out.add(d);
                    continue;
                }
                // (a template's drop-in applies to its instances: the instance's would hide it)
                String text = whole == null ? d.text() : whole.text() + "\n" + d.text();
                out.add(new DropIn(unit.replace("@.", "@" + instance + "."), d.owner(), d.upstream(), text));
            }
        }
        return out;
    }

    /** @return the name of the unit file the target has for a template or plain unit, after its links */
    private String canonical(String unit) {
        return upstream.find(unit).flatMap(u -> root.resolve(u.path())).map(Path::getFileName).map(Path::toString)
                .filter(UnitNames::isUnit).orElse(unit);
    }
}
