package io.stead.unitgenerator.internal.upstream;

import java.util.List;
import java.util.Optional;

/**
 * The dpkg database of the target: which Debian packages are installed and which files each
 * owns, read from {@code /var/lib/dpkg/info/<package>.list} (or {@code <package>:<arch>.list}
 * for a multi-arch package) under the target root. The info directory is listed once, when a
 * package without a plain {@code .list} is first looked up; an instance is meant for one pass
 * over the target, not for following changes to it.
 */
public final class DpkgDatabase {
    /** Where dpkg keeps one {@code .list} file per installed package. */
    public static final String INFO = "/var/lib/dpkg/info";

    private final TargetRoot root;
    /** The names in {@link #INFO}, sorted; null until first needed. */
    private List<String> infoFiles;

    /** @param root the target */
    public DpkgDatabase(TargetRoot root) {
        this.root = root;
    }

    /**
     * @param name a Debian package name, such as {@code openssh-server}
     * @return the target path of its file list, if the package is installed
     */
    public Optional<String> listFile(String name) {
        String plain = INFO + "/" + name + ".list";
        if (root.exists(plain)) {
            return Optional.of(plain);
        }
        String prefix = name + ":";
        return infoFiles().stream()
                .filter(f -> f.startsWith(prefix) && f.endsWith(".list")
                        && f.indexOf(':', prefix.length()) < 0)
                .findFirst()
                .map(f -> INFO + "/" + f);
    }

    private List<String> infoFiles() {
        if (infoFiles == null) {
            infoFiles = root.list(INFO);
        }
        return infoFiles;
    }

    /**
     * @param name a Debian package name
     * @return whether it is installed on the target
     */
    public boolean isInstalled(String name) {
        return listFile(name).isPresent();
    }

    /**
     * @param name a Debian package name
     * @return the paths it owns (files and directories), as the target sees them; empty if it
     *     is not installed
     */
    public List<String> files(String name) {
        return listFile(name).flatMap(root::read)
                .map(text -> text.lines().map(String::strip).filter(l -> l.startsWith("/")).toList())
                .orElse(List.of());
    }
}
