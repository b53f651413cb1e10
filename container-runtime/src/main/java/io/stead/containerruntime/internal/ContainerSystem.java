package io.stead.containerruntime.internal;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;

/**
 * What every container's own system gets from the host, as NixOS's containers module adds its
 * {@code extraConfig} to each container's evaluation. It is a module of the container's
 * system, not a definition of {@code containers.<name>.config}, so that option is defined only
 * where the user (or a plugin) defines it. Its {@code $ref}s read the host's options.
 */
final class ContainerSystem implements ModuleSpec {
    @Override
    public void config(Definitions c) {
        // a container has no kernel or boot loader of its own
        c.set("boot.isContainer", Definition.mkDefault(true));
        // it runs on the host's /usr, bound read-only: its packages and the units they ship are
        // those of the host's target root (--root too), as NixOS's containers get the host's pkgs
        c.set("system.root", Definition.mkDefault(Definition.ref("system.root")));
    }
}
