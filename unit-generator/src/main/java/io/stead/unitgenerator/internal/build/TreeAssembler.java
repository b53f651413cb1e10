package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.api.SystemPackage;
import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.unitgenerator.internal.catalogue.KeyCatalogue;
import io.stead.unitgenerator.internal.modules.SysusersConf;
import io.stead.unitgenerator.internal.render.SettingValues;
import io.stead.unitgenerator.internal.render.UnitFile;
import io.stead.unitgenerator.internal.render.UnitFileRenderer;
import io.stead.unitgenerator.internal.upstream.PackageFile;
import io.stead.unitgenerator.internal.upstream.TargetAccounts;
import io.stead.unitgenerator.internal.upstream.TargetRoot;
import io.stead.unitgenerator.internal.upstream.UnitAliases;
import io.stead.unitgenerator.internal.upstream.UnitFileKeys;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import io.stead.unitgenerator.internal.upstream.UpstreamUnit;
import io.stead.unitgenerator.internal.upstream.UpstreamUnits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the tree of an evaluated system: structured units, units given as text, the units of
 * packages outside systemd's search path, the services' scripts, and {@code environment.etc}.
 * Reads the target root (for upstream units, and the users and groups that users and groups
 * name) and, on the machine that builds, the sources that {@code environment.etc} copies (see
 * {@link EtcFiles}), and nothing else; collects every problem and reports them together.
 */
public final class TreeAssembler {
    private final KeyCatalogue shippedCatalogue;
    private final UnitFileRenderer renderer = new UnitFileRenderer();

    /** @param catalogue the unit keys known without {@code systemd.extraUnitKeys} */
    public TreeAssembler(KeyCatalogue catalogue) {
        this.shippedCatalogue = catalogue;
    }

    /**
     * @param system an evaluated system configuration
     * @return its tree
     * @throws ProblemsFound listing every problem found
     */
    public SystemTree assemble(Config system) {
        Problems problems = new Problems();
        KeyCheck keys = new KeyCheck(shippedCatalogue.withExtraKeys(extraKeys(system)), problems);
        TargetRoot root = new TargetRoot(Path.of(system.string("system.root")));
        UpstreamUnits upstream = UpstreamUnits.scan(root, packages(system));
        TreeEntries entries = new TreeEntries(problems);
        UnitPlacement placement = new UnitPlacement(entries);
        Map<String, OptionPath> unitOwners = new HashMap<>();

        AliasCheck aliases = new AliasCheck(problems);
        UnitAssembler assembler = new UnitAssembler(keys, problems);
        StructuredUnitReader reader = new StructuredUnitReader(problems);
        ServiceCommandCheck commands = new ServiceCommandCheck(problems);
        UnitsNeeded needed = new UnitsNeeded();
        UnitAliases targetAliases = new UnitAliases(root);
        for (UnitKind kind : UnitKind.values()) {
            for (Map.Entry<String, Config> each : ConfigReads.submodules(system, "systemd." + kind.option()).entrySet()) {
                reader.read(kind, each.getKey(), each.getValue()).ifPresent(unit -> {
                    if (isAnotherUnitsName(unit.name(), unit.path(), unit.enablement().enabled(), upstream,
                            targetAliases, problems)) {
                        return;
                    }
                    if (claim(unitOwners, unit.name(), unit.path(), problems)) {
                        Enablement enablement = aliases.check(unit.name(), unit.path(), unit.enablement(),
                                shippedBesides(upstream, root, unit.name()));
                        Optional<UpstreamUnit> shipped = upstream.find(unit.name());
                        needed.configured(unit.name(), enablement.aliases());
                        if (enablement.enabled()) {
                            needs(unit, !UnitPlacement.asDropIn(enablement, shipped), needed);
                        }
                        if (enablement.enabled() && !UnitPlacement.asDropIn(enablement, shipped)) {
                            if (unit.kind() == UnitKind.SERVICE) {
                                commands.check(unit, upstream.isMasked(unit.name()));
                            }
                            triggers(unit, problems);
                        }
                        placeStructured(unit.withEnablement(enablement), shipped, assembler, placement, entries);
                    }
                });
            }
        }
        RawUnitCheck rawCheck = new RawUnitCheck(keys, commands, problems);
        InstallSpecifiers specifiers = new InstallSpecifiers(problems);
        for (Map.Entry<String, Config> each : ConfigReads.submodules(system, "systemd.units").entrySet()) {
            String name = each.getKey();
            OptionPath path = OptionPath.of("systemd", "units", name);
            if (!UnitNames.isUnit(name)) {
                // the name becomes a file name under etc/systemd/system: only unit names may
                problems.add(path, "'" + name + "' is not a unit name: a name and a unit type suffix such as"
                        + " .service, of letters, digits and :_.@\\- only (no '@' first), at most 255 characters.");
                continue;
            }
            Config unit = each.getValue();
            if (isAnotherUnitsName(name, path, Enablement.read(unit).enabled(), upstream, targetAliases, problems)) {
                continue;
            }
            String text = unit.string("text");
            if (text != null) {
                Enablement read = Enablement.read(unit);
                boolean whole = read.enabled() && !UnitPlacement.asDropIn(read, upstream.find(name));
                rawCheck.check(text, path.child("text"), name, whole, upstream.isMasked(name));
            }
            if (claim(unitOwners, name, path, problems)) {
                Enablement enablement = aliases.check(name, path,
                        specifiers.replace(name, path, Enablement.read(unit)), shippedBesides(upstream, root, name));
                placement.place(name, path, enablement, upstream.find(name), text, text);
                needed.configured(name, enablement.aliases());
                if (text != null && enablement.enabled()) {
                    needs(name, text, path.child("text"), !UnitPlacement.asDropIn(enablement, upstream.find(name)),
                            needed);
                }
            }
        }
        needed.check(upstream, root, problems);
        placement.finish(new SharedDropIns(root, upstream, problems));
        for (PackageFile file : upstream.filesToLink()) {
            String treePath = UnitPlacement.UNITS + file.relative();
            if (!entries.has(treePath)) {
                entries.add(TreeEntry.link(treePath, EntryKind.LINK, file.path()),
                        OptionPath.of("systemd", "packages"));
            }
        }
        new SystemNameCheck(problems).check(system);
        new AccountReferenceCheck(problems, () -> TargetAccounts.read(root, SysusersConf.FILE_NAME)).check(system);
        EtcFiles etc = new EtcFiles(problems);
        for (Map.Entry<String, Config> each : ConfigReads.submodules(system, "environment.etc").entrySet()) {
            OptionPath path = OptionPath.of("environment", "etc", each.getKey());
            etc.entry(each.getKey(), each.getValue()).ifPresent(e -> entries.add(e, path));
        }
        problems.throwIfAny();
        return SystemTree.of(entries.all());
    }

    /**
     * Whether the name is, on the target, another unit's (Debian's sshd.service, ssh.service's
     * alias): configured under it, a unit would be a whole unit of its own, without the commands
     * of the one it names, that hides it. Said, with the name to configure instead.
     */
    private static boolean isAnotherUnitsName(String name, OptionPath path, boolean enabled, UpstreamUnits upstream,
                                              UnitAliases aliases, Problems problems) {
        if (!enabled || upstream.find(name).isPresent() || upstream.isMasked(name)) {
            return false;
        }
        Optional<String> unit = aliases.unitOf(name);
        unit.ifPresent(u -> problems.add(path, "'" + name + "' is another name of " + u + " on the target (its"
                + " Alias=, linked by systemctl enable): configure systemd." + UnitKind.of(u).map(UnitKind::option).orElse("units") + "."
                + UnitKind.of(u).map(k -> OptionPath.quote(u.substring(0, u.lastIndexOf('.'))))
                        .orElse(OptionPath.quote(u))
                + " instead; a unit of this name would be a unit of its own, which hides it."));
        return unit.isPresent();
    }

    /** The units a unit of options cannot start without. */
    private static void needs(StructuredUnit unit, boolean whole, UnitsNeeded needed) {
        for (String key : List.of("Requires", "Requisite", "BindsTo")) {
            needed.dependencies(key, unit.unitConfig().get(key),
                    unit.unitKeyOptions().getOrDefault(key, unit.unitConfigPath().child(key)), "");
        }
        if (whole && unit.kind() == UnitKind.SOCKET) {
            needed.socketService(unit.name(), ServiceCommandCheck.last(unit.settings().get("Service")),
                    ServiceCommandCheck.last(unit.settings().get("Accept")), unit.path(), "");
        }
    }

    /** The units a unit given as text cannot start without, said at their lines. */
    private static void needs(String name, String text, OptionPath path, boolean whole, UnitsNeeded needed) {
        String service = null;
        String accept = null;
        for (UnitFileKeys.Assignment a : UnitFileKeys.assignments(text)) {
            if (a.section().equals("Unit")) {
                needed.dependencies(a.key(), a.value(), path, "line " + a.line() + ": ");
            } else if (a.section().equals("Socket") && a.key().equals("Service")) {
                service = a.value();
            } else if (a.section().equals("Socket") && a.key().equals("Accept")) {
                accept = a.value();
            }
        }
        if (whole && name.endsWith(".socket")) {
            needed.socketService(name, service, accept, path, "");
        }
    }

    /** A timer, socket or path written whole needs something to trigger on. */
    private static void triggers(StructuredUnit unit, Problems problems) {
        List<Map.Entry<String, String>> settings = new ArrayList<>();
        try {
            unit.settings().forEach((key, value) -> SettingValues.lines(value).forEach(v -> settings.add(Map.entry(key, v))));
        } catch (IllegalArgumentException e) {
            return; // not a value a unit file can hold: said where it is written
        }
        unit.listenStreams().forEach(v -> settings.add(Map.entry("ListenStream", v)));
        unit.listenDatagrams().forEach(v -> settings.add(Map.entry("ListenDatagram", v)));
        String fix = switch (unit.kind()) {
            case TIMER -> "give it timerConfig.OnCalendar, or another of them.";
            case SOCKET -> "give it listenStreams or listenDatagrams.";
            default -> "give it pathConfig.PathExists, or another of them.";
        };
        String problem = TriggerCheck.problem(unit.kind().suffix(), settings, fix);
        if (problem != null) {
            problems.add(unit.path(), problem);
        }
    }

    private void placeStructured(StructuredUnit unit, Optional<UpstreamUnit> upstream, UnitAssembler assembler,
                                 UnitPlacement placement, TreeEntries entries) {
        boolean dropIn = UnitPlacement.asDropIn(unit.enablement(), upstream);
        String full = dropIn || !unit.enablement().enabled() ? null : renderer.render(assembler.full(unit));
        String dropInText = null;
        if (dropIn) {
            UnitFile file = assembler.dropIn(unit, upstream);
            dropInText = file.hasNoSettings() ? null : renderer.render(file);
        }
        placement.place(unit.name(), unit.path(), unit.enablement(), upstream, full, dropInText);
        if (unit.service() != null && unit.enablement().enabled()) {
            ScriptFiles.of(unit.service()).forEach(e -> entries.add(e, unit.path()));
        }
    }

    /**
     * Whether the target ships a unit of a name, other than the given unit (an upstream alias of
     * the unit itself, such as a package's link, is the same file).
     */
    private static java.util.function.Predicate<String> shippedBesides(UpstreamUnits upstream, TargetRoot root,
                                                                         String unit) {
        // (compared as files: autovt@.service is shipped as a link to getty@.service; the unit's
        // own file is looked up only for an alias the target ships, not for every unit)
        return other -> upstream.find(other).map(UpstreamUnit::path).flatMap(root::resolve)
                .filter(p -> !Optional.of(p).equals(upstream.find(unit).map(UpstreamUnit::path)
                        .flatMap(root::resolve))).isPresent();
    }

    private static boolean claim(Map<String, OptionPath> owners, String unitName, OptionPath path, Problems problems) {
        OptionPath previous = owners.putIfAbsent(unitName, path);
        if (previous != null) {
            problems.add(path, "defines the unit " + unitName + ", which '" + previous
                    + "' defines too; define it once.");
            return false;
        }
        return true;
    }

    private static Map<String, List<String>> extraKeys(Config system) {
        Map<String, List<String>> out = new HashMap<>();
        ConfigReads.attrs(system, "systemd.extraUnitKeys").forEach((section, keys) ->
                out.put(section, keys instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of()));
        return out;
    }

    /** systemd.packages is a listOf pkg(): its elements are SystemPackage values, as the api says. */
    private static List<SystemPackage> packages(Config system) {
        Object value = system.get("systemd.packages");
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(SystemPackage.class::cast).toList();
    }
}
