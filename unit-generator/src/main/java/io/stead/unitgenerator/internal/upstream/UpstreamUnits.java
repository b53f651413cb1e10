package io.stead.unitgenerator.internal.upstream;

import io.stead.api.SystemPackage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The units the target already has, so that the configuration of such a unit becomes a drop-in:
 * those in the target's vendor directories ({@code /lib/systemd/system},
 * {@code /usr/lib/systemd/system}) and those of the packages of {@code systemd.packages} (a
 * directory package's {@code lib/systemd/system}; a Debian package's files from the target's
 * dpkg database). Reads the target; never writes.
 */
public final class UpstreamUnits {
    private static final String PACKAGE_UNITS = "/lib/systemd/system";

    private final TargetRoot root;
    private final Map<String, PackageFile> packageFiles;

    private UpstreamUnits(TargetRoot root, Map<String, PackageFile> packageFiles) {
        this.root = root;
        this.packageFiles = packageFiles;
    }

    /**
     * @param root the target
     * @param packages the packages of {@code systemd.packages}, in order (an earlier one wins
     *     when two ship the same file)
     * @return the target's upstream units
     */
    public static UpstreamUnits scan(TargetRoot root, List<SystemPackage> packages) {
        Map<String, PackageFile> files = new TreeMap<>();
        DpkgDatabase dpkg = new DpkgDatabase(root);
        for (SystemPackage pkg : packages) {
            List<PackageFile> shipped = pkg.isDirectory()
                    ? directoryPackage(root, pkg.spec()) : debianPackage(root, dpkg, pkg.spec());
            shipped.forEach(f -> files.putIfAbsent(f.relative(), f));
        }
        return new UpstreamUnits(root, files);
    }

    /**
     * The upstream unit a unit name customises: the unit itself, or for an instance such as
     * {@code getty@tty1.service} its template.
     *
     * @param unitName a unit name
     * @return the upstream unit, if the target has one
     */
    public Optional<UpstreamUnit> find(String unitName) {
        String shipped = shippedFile(unitName);
        if (shipped != null) {
            // (an instance masked by a file of its own is masked, whatever its template)
            return root.isMasked(shipped) ? Optional.empty() : Optional.of(upstream(unitName, shipped));
        }
        return UnitNames.template(unitName).flatMap(this::findExactly);
    }

    /**
     * @param unitName a unit name
     * @return whether the target ships the unit masked (a link to /dev/null, or an empty file)
     */
    public boolean isMasked(String unitName) {
        String shipped = shippedFile(unitName);
        return shipped != null && root.isMasked(shipped);
    }

    /** @return the package files systemd would not find on its own, to be linked into the tree */
    public List<PackageFile> filesToLink() {
        return packageFiles.values().stream().filter(f -> !f.inSearchPath()).toList();
    }

    /**
     * A unit masked upstream ({@code hwclock.service}, a link to /dev/null on Debian) is not one
     * to customise: a drop-in would leave it masked, and never run. A whole unit in
     * /etc/systemd/system comes first in systemd's search path, and is the unit instead.
     */
    private Optional<UpstreamUnit> findExactly(String name) {
        String shipped = shippedFile(name);
        return shipped == null || root.isMasked(shipped) ? Optional.empty() : Optional.of(upstream(name, shipped));
    }

    /** @return the file the target ships for a unit name (a package's first, masked or not), or null */
    private String shippedFile(String name) {
        PackageFile shipped = packageFiles.get(name);
        if (shipped != null) {
            return shipped.path();
        }
        for (String dir : UnitSearchPath.VENDOR) {
            String path = dir + "/" + name;
            if (root.entry(path).isPresent()) {
                return path;
            }
        }
        return null;
    }

    private UpstreamUnit upstream(String name, String path) {
        String dir = parentOf(path);
        Set<String> keys = new LinkedHashSet<>(UnitFileKeys.qualifiedKeys(root.read(path).orElse("")));
        Set<String> dropInDirs = new LinkedHashSet<>(UnitSearchPath.VENDOR);
        dropInDirs.add(dir);
        for (String vendor : dropInDirs) {
            String dropIns = vendor + "/" + name + ".d";
            for (String file : root.list(dropIns)) {
                if (file.endsWith(".conf")) {
                    keys.addAll(UnitFileKeys.qualifiedKeys(root.read(dropIns + "/" + file).orElse("")));
                }
            }
        }
        return new UpstreamUnit(name, path, keys);
    }

    private static List<PackageFile> directoryPackage(TargetRoot root, String spec) {
        String unitDir = (spec.endsWith("/") ? spec.substring(0, spec.length() - 1) : spec) + PACKAGE_UNITS;
        boolean inSearchPath = UnitSearchPath.contains(unitDir);
        List<PackageFile> out = new ArrayList<>();
        for (String name : root.list(unitDir)) {
            String path = unitDir + "/" + name;
            if (root.isDirectory(path)) {
                if (!name.endsWith(".wants") && !name.endsWith(".requires")) {
                    for (String inner : root.list(path)) {
                        if (!root.isDirectory(path + "/" + inner)) {
                            out.add(new PackageFile(name + "/" + inner, path + "/" + inner, inSearchPath));
                        }
                    }
                }
            } else if (UnitNames.isUnit(name)) {
                out.add(new PackageFile(name, path, inSearchPath));
            }
        }
        return out;
    }

    private static List<PackageFile> debianPackage(TargetRoot root, DpkgDatabase dpkg, String name) {
        List<PackageFile> out = new ArrayList<>();
        for (String path : dpkg.files(name)) {
            String dir = parentOf(path);
            String file = path.substring(dir.length() + 1);
            if (dir.endsWith("/systemd/system") && UnitNames.isUnit(file) && root.entry(path).isPresent()
                    && !root.isDirectory(path)) {
                out.add(new PackageFile(file, path, UnitSearchPath.contains(dir)));
            }
        }
        return out;
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
