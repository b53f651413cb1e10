package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.api.SystemPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code PATH} a service's {@code path} option implies, computed into its
 * {@code environment}: the {@code bin} then the {@code sbin} directories of each directory
 * package, then the default search path of a Debian system. A Debian package adds nothing of
 * its own, as its programs are in the default search path already.
 */
final class ServicePath {
    /** systemd's default PATH for system services on Debian. */
    static final String DEFAULT = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private ServicePath() {
    }

    /**
     * @param service the service's configuration
     * @return {@code {PATH = ...}}, or nothing when {@code path} is empty
     */
    static Map<String, Object> of(Config service) {
        List<Object> path = service.list("path");
        if (path == null || path.isEmpty()) {
            return Map.of();
        }
        List<String> bins = new ArrayList<>();
        List<String> sbins = new ArrayList<>();
        for (Object entry : path) {
            // path is a listOf pkg(): the evaluator makes each element a SystemPackage
            String spec = ((SystemPackage) entry).spec();
            if (spec.startsWith("/")) {
                if (spec.indexOf(':') >= 0) {
                    // PATH separates directories by ':', and has no way to write one in a name:
                    // "/opt/tool:v2/bin" searched /opt/tool and the relative directory v2/bin
                    // (the refused option is relative to the service; the message names it whole)
                    throw new ConfigException(OptionPath.of("path"), "'" + OptionPath.of("systemd", "services",
                            service.name(), "path") + "': the directory " + spec + " holds a ':', which PATH"
                            + " reads as separating two directories.");
                }
                String dir = spec.endsWith("/") ? spec.substring(0, spec.length() - 1) : spec;
                bins.add(dir + "/bin");
                sbins.add(dir + "/sbin");
            }
        }
        List<String> all = new ArrayList<>(bins);
        all.addAll(sbins);
        all.add(DEFAULT);
        return Map.of("PATH", String.join(":", all));
    }
}
