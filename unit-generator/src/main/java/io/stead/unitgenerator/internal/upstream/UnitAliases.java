package io.stead.unitgenerator.internal.upstream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The names that are another unit's on the target: an alias link in {@code /etc/systemd/system}
 * that {@code systemctl enable} made from a unit's {@code Alias=}, an absolute link into a
 * directory of systemd's search path (Debian's {@code sshd.service ->
 * /lib/systemd/system/ssh.service}, or an admin's unit's in /etc/systemd/system). A unit configured under such a name
 * would be a unit of its own that hides the one it names, and would replace a link that is not
 * Stead's. Only such links count: a relative one is a tree's own (Stead writes its aliases so),
 * and an {@code Alias=} of a unit not enabled names nothing yet.
 */
public final class UnitAliases {
    private static final String ADMIN_UNITS = "/etc/systemd/system/";

    private final TargetRoot root;

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
        if (link.isEmpty() || !Files.isSymbolicLink(link.get())) {
            return Optional.empty();
        }
        try {
            Path target = Files.readSymbolicLink(link.get());
            Path parent = target.getParent();
            Path file = target.getFileName();
            if (!target.isAbsolute() || parent == null || file == null
                    || !UnitSearchPath.contains(parent.toString())) {
                return Optional.empty();
            }
            String unit = file.toString();
            return unit.equals(name) || !UnitNames.isUnit(unit) ? Optional.empty() : Optional.of(unit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + link.get(), e);
        }
    }
}
