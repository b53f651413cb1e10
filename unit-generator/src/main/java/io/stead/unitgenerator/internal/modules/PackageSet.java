package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import io.stead.api.SystemPackage;
import io.stead.unitgenerator.internal.upstream.PackagePresence;
import io.stead.unitgenerator.internal.upstream.TargetRoot;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of {@code pkgs}: each name of {@code packages.sources} mapped to its package when it
 * is present on the target ({@code system.root}), or to null when it is not.
 */
final class PackageSet {
    private PackageSet() {
    }

    /**
     * @param system the system configuration
     * @return the package set, by logical name
     */
    static Map<String, Object> of(Config system) {
        PackagePresence presence = new PackagePresence(new TargetRoot(Path.of(system.string("system.root"))));
        Map<String, Object> sources = system.attrs("packages.sources");
        Map<String, Object> out = new TreeMap<>();
        if (sources != null) {
            // packages.sources is an attribute set of strings: each names the package it means
            sources.forEach((name, source) -> {
                SystemPackage pkg = new SystemPackage((String) source);
                out.put(name, presence.isPresent(pkg) ? pkg : null);
            });
        }
        return Collections.unmodifiableMap(out);
    }
}
