package io.stead.unitgenerator.internal.upstream;

import io.stead.api.SystemPackage;

/**
 * Whether a package is present on the target: a Debian package when the target's dpkg database
 * lists it, a directory package when that directory exists under the target root.
 */
public final class PackagePresence {
    private final TargetRoot root;
    private final DpkgDatabase dpkg;

    /** @param root the target */
    public PackagePresence(TargetRoot root) {
        this.root = root;
        this.dpkg = new DpkgDatabase(root);
    }

    /**
     * @param pkg a package
     * @return whether it is present on the target
     */
    public boolean isPresent(SystemPackage pkg) {
        return pkg.isDirectory() ? root.isDirectory(pkg.spec()) : dpkg.isInstalled(pkg.spec());
    }
}
