package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.api.tree.EntryKind;
import io.stead.api.tree.TreeEntry;
import io.stead.unitgenerator.internal.upstream.UpstreamUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a unit's files go in the tree: a mask (a link to {@code /dev/null}) when it is disabled;
 * otherwise the whole unit, or, when the target already has it (or {@code asDropin}), the drop-in
 * {@code <unit>.d/overrides.conf}; then its {@code .wants/} and {@code .requires/} links and its
 * aliases. A link to a unit of the tree is relative; a link to an upstream unit points at the
 * upstream file, as {@code systemctl enable} makes it.
 */
final class UnitPlacement {
    /** Where units go, relative to the tree's root. */
    static final String UNITS = "etc/systemd/system/";

    private final TreeEntries entries;
    // the drop-ins, written by finish(): two of one unit may share a file name
    private final List<SharedDropIns.DropIn> dropIns = new ArrayList<>();

    UnitPlacement(TreeEntries entries) {
        this.entries = entries;
    }

    /**
     * Writes the drop-ins, those of one unit under several names resolved.
     *
     * @param shared how they are resolved
     */
    void finish(SharedDropIns shared) {
        for (SharedDropIns.DropIn d : shared.resolve(dropIns)) {
            entries.add(TreeEntry.dropIn(UNITS + d.unit() + ".d/overrides.conf", d.text(),
                    d.upstream() == null ? null : d.upstream().path()), d.owner());
        }
        dropIns.clear();
    }

    /**
     * Whether a unit is placed as a drop-in: when it is enabled and the target already has it,
     * or its {@code overrideStrategy} is {@code asDropin}.
     *
     * @param enablement how the unit takes part
     * @param upstream the unit the target already has, if any
     * @return true for a drop-in; false for a whole unit or a mask
     */
    static boolean asDropIn(Enablement enablement, Optional<UpstreamUnit> upstream) {
        return enablement.enabled() && (enablement.alwaysDropIn() || upstream.isPresent());
    }

    /**
     * @param name the unit's name
     * @param owner the option that defines it
     * @param enablement how it takes part
     * @param upstream the unit the target already has, if any
     * @param fullText the whole unit's text, or null to write no unit file
     * @param dropInText the drop-in's text, or null when there is nothing to customise
     */
    void place(String name, OptionPath owner, Enablement enablement, Optional<UpstreamUnit> upstream,
               String fullText, String dropInText) {
        if (!enablement.enabled()) {
            entries.add(TreeEntry.link(UNITS + name, EntryKind.MASK, "/dev/null"), owner);
            return;
        }
        String dependencyTarget = "../" + name;
        String aliasTarget = name;
        if (asDropIn(enablement, upstream)) {
            if (dropInText != null) {
                dropIns.add(new SharedDropIns.DropIn(name, owner, upstream.orElse(null), dropInText));
            }
            if (upstream.isPresent()) {
                dependencyTarget = upstream.get().path();
                aliasTarget = upstream.get().path();
            }
        } else if (fullText != null) {
            entries.add(TreeEntry.file(UNITS + name, EntryKind.UNIT, fullText, 0644), owner);
        }
        for (String target : enablement.wantedBy()) {
            entries.add(TreeEntry.link(UNITS + target + ".wants/" + name, EntryKind.LINK, dependencyTarget), owner);
        }
        for (String target : enablement.requiredBy()) {
            entries.add(TreeEntry.link(UNITS + target + ".requires/" + name, EntryKind.LINK, dependencyTarget), owner);
        }
        for (String alias : enablement.aliases()) {
            entries.add(TreeEntry.link(UNITS + alias, EntryKind.LINK, aliasTarget), owner);
        }
    }
}
