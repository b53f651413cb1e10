package io.stead.unitgenerator.internal.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names that are another unit's on the target: an alias link in {@code /etc/systemd/system}
 * (which {@code systemctl enable} makes from {@code Alias=}, Debian's {@code sshd.service} for
 * {@code ssh.service}), or an {@code Alias=} of a unit the target ships. A unit configured under
 * such a name would be a unit of its own that hides the one it names.
 */
public final class UnitAliases {
    private static final String ADMIN_UNITS = "/etc/systemd/system/";

    private final TargetRoot root;
    /** The shipped units' Alias= names, read when first asked (alias to unit). */
    private Map<String, String> declared;

    /** @param root the target */
    public UnitAliases(TargetRoot root) {
        this.root = root;
    }

    /**
     * @param name a unit name
     * @return the unit it is another name of on the target, if it is one
     */
    public Optional<String> unitOf(String name) {
        Optional<Path> link = root.entry(ADMIN_UNITS + name);
        if (link.isPresent() && Files.isSymbolicLink(link.get())) {
            try {
                Path target = Files.readSymbolicLink(link.get()).getFileName();
                String unit = target == null ? "" : target.toString();
                if (!unit.equals(name) && UnitNames.isUnit(unit)) {
                    return Optional.of(unit);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + link.get(), e);
            }
        }
        return Optional.ofNullable(declared().get(name));
    }

    private Map<String, String> declared() {
        if (declared == null) {
            declared = new HashMap<>();
            for (String dir : UnitSearchPath.VENDOR) {
                for (String file : root.list(dir)) {
                    Optional<Path> entry = root.entry(dir + "/" + file);
                    if (!UnitNames.isUnit(file) || entry.isEmpty() || !Files.isRegularFile(entry.get())
                            || Files.isSymbolicLink(entry.get())) {
                        continue;
                    }
                    for (UnitFileKeys.Assignment a : UnitFileKeys.assignments(root.read(dir + "/" + file).orElse(""))) {
                        if (a.section().equals("Install") && a.key().equals("Alias")) {
                            for (String alias : a.value().split("[ \t]+")) {
                                if (!alias.isEmpty() && !alias.equals(file)) {
                                    declared.putIfAbsent(alias, file);
                                }
                            }
                        }
                    }
                }
            }
        }
        return declared;
    }
}
