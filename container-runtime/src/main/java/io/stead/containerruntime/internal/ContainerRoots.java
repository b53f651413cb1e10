package io.stead.containerruntime.internal;

import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the containers' roots. A container's start-up copies its system's {@code /etc} into
 * {@code <root>/etc} and boots the root: a root that is the host's own ({@code /}), one of the
 * host's system directories, Stead's state, or another container's root would have the host's
 * files, or another container's, overwritten.
 */
final class ContainerRoots {
    /** Directories of the host's system: no root may be one of them or lie inside one. */
    private static final List<String> SYSTEM = List.of("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32",
            "/lib64", "/libx32", "/boot", "/dev", "/proc", "/sys", "/run", "/tmp", "/var/lib/stead");
    /** Directories that hold other things besides: a root may lie inside them, not be one. */
    private static final List<String> SHARED = List.of("/var", "/var/lib", "/var/lib/containers",
            "/var/lib/machines", "/home", "/root", "/srv", "/opt", "/mnt", "/media");

    private ContainerRoots() {
    }

    /**
     * A root that cannot be used.
     *
     * @param options the roots' options ({@code containers.<name>.root}): the one refused, then
     *     the other container's it clashes with, if any
     * @param message what is wrong, naming them
     */
    record Problem(List<OptionPath> options, String message) {
        Problem {
            options = List.copyOf(options);
        }
    }

    /**
     * @param roots each container's root, by the container's name, in the order of their names
     * @return the first root that is not a directory of its own, or null
     */
    static Problem firstProblem(Map<String, String> roots) {
        List<Map.Entry<String, String>> seen = new ArrayList<>();
        for (Map.Entry<String, String> each : roots.entrySet()) {
            OptionPath option = rootOf(each.getKey());
            String written = each.getValue();
            // (a '/' at the end names the same directory, as systemd-nspawn reads it)
            String root = written.length() > 1 && written.endsWith("/")
                    ? written.substring(0, written.length() - 1) : written;
            String wrong = wrong(root);
            if (wrong != null) {
                return new Problem(List.of(option), "'" + option + "' is '" + written + "': " + wrong + "; a"
                        + " container's root must be a directory of its own, such as /var/lib/containers/"
                        + each.getKey() + ", since the container's /etc is copied into it.");
            }
            for (Map.Entry<String, String> earlier : seen) {
                if (within(root, earlier.getValue()) || within(earlier.getValue(), root)) {
                    // both are named with their lines: either may be the one to change
                    OptionPath other = rootOf(earlier.getKey());
                    return new Problem(List.of(option, other), "'" + option + "' is '" + root + "' and '" + other
                            + "' is '" + earlier.getValue() + "': two containers cannot share a root, or have one"
                            + " inside the other, since each copies its /etc into its own.");
                }
            }
            seen.add(Map.entry(each.getKey(), root));
        }
        return null;
    }

    private static OptionPath rootOf(String container) {
        return OptionPath.of("containers", container, "root");
    }

    /** Why a root is not a directory of its own, or null. */
    private static String wrong(String root) {
        if (root.equals("/")) {
            return "that is the host's own root";
        }
        if (root.endsWith("/") || root.contains("//") || root.contains("/./") || root.endsWith("/.")
                || root.contains("/../") || root.endsWith("/..")) {
            return "a root is written without '.', '..' or a repeated '/'";
        }
        for (String system : SYSTEM) {
            if (within(root, system)) {
                return "that is in " + system + ", a directory of the host's system";
            }
        }
        if (SHARED.contains(root)) {
            return "that directory holds other files of the host's";
        }
        return null;
    }

    /** Whether {@code path} is {@code dir} or lies inside it (both normalised). */
    private static boolean within(String path, String dir) {
        return path.equals(dir) || path.startsWith(dir + "/");
    }
}
