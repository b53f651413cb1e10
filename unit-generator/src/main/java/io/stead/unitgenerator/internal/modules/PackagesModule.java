package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.pkg;
import static io.stead.api.Types.str;

import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.util.Map;

/**
 * The base module {@code packages}: the package set. {@code packages.sources} names where each
 * logical package comes from; {@code pkgs} says which of them the target has.
 */
public final class PackagesModule implements ServiceModule {

    @Override
    public String name() {
        return "packages";
    }

    @Override
    public String description() {
        return "the package set: packages.sources, pkgs";
    }

    @Override
    public void options(Options options) {
        options.add(Option.of("packages.sources", attrsOf(str())).withDefault(Map.of())
                .withExample(Map.of("openssh", "openssh-server", "mytool", "/opt/mytool"))
                .withDescription("Where each logical package comes from: a Debian package name or the "
                        + "absolute path of a directory laid out like a root. Service modules give "
                        + "defaults (packages.sources.openssh = mkDefault \"openssh-server\")."));
        options.add(Option.of("pkgs", attrsOf(nullOr(pkg()))).withReadOnly()
                .withDescription("The package set, computed from packages.sources and system.root: the "
                        + "package of each name when the target has it (the target's dpkg database "
                        + "lists it, or the directory exists under system.root), otherwise null."));
    }

    @Override
    public void config(Definitions config) {
        config.compute("pkgs", PackageSet::of);
    }
}
