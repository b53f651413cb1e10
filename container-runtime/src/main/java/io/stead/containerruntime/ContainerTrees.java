package io.stead.containerruntime;

import io.stead.api.Config;
import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.api.tree.SystemBuilder;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds each container's own system (from {@code containers.<name>.config}) and places it in
 * the host's tree under {@value #TREES}{@code /<name>}, where the container's service installs
 * it from. A container run from {@code containers.<name>.path} is built separately and adds
 * nothing here. The builder is passed in (the CLI gives the unit generator's), so this module
 * needs no other.
 */
public final class ContainerTrees {
    /** Where, in a host's tree, the containers' systems are kept. */
    public static final String TREES = "var/lib/stead/containers";

    private final SystemBuilder builder;

    /** @param builder builds a system's tree from its configuration */
    public ContainerTrees(SystemBuilder builder) {
        this.builder = builder;
    }

    /**
     * @param name a container's name
     * @return the absolute path of its built system on the host
     */
    public static String treeOf(String name) {
        return "/" + TREES + "/" + name;
    }

    /**
     * @param host the host's tree
     * @param system the host's configuration
     * @return the host's tree with every container's system added
     */
    public SystemTree addTo(SystemTree host, Config system) {
        Map<String, Config> containers = system.submodules("containers");
        List<TreeEntry> entries = new ArrayList<>(host.entries());
        if (!containers.isEmpty()) {
            // (what a container's start leaves out of its copy of the host's /etc)
            EtcFileList.of(host.entries()).ifPresent(entries::add);
        }
        for (Map.Entry<String, Config> each : containers.entrySet()) {
            String name = each.getKey();
            Config container = each.getValue();
            if (container.string("path") != null) {
                continue;
            }
            String prefix = TREES + "/" + name + "/";
            List<TreeEntry> own = new ArrayList<>(build(name, container.at("config")).entries());
            EtcFileList.of(own).ifPresent(own::add);
            for (TreeEntry e : own) {
                entries.add(new TreeEntry(prefix + e.path(), e.kind(), e.content(), e.linkTarget(), e.mode(),
                        e.customises()));
            }
        }
        return SystemTree.of(entries);
    }

    /**
     * A container's system. Its problems name option paths inside the container's configuration,
     * which the host's configuration also has: the message says whose they are.
     */
    private SystemTree build(String name, Config config) {
        // a container of the container would get a service whose system nothing writes (only the
        // host's containers are built): refused, so that its configuration is not silently lost
        Set<String> nested = config.attrs("containers").keySet();
        if (!nested.isEmpty()) {
            String inner = nested.iterator().next();
            throw new ContainerBuildException(name, OptionPath.of("containers", inner), "a container inside a"
                    + " container is not built by Stead; declare it as a container of the host ("
                    + OptionPath.of("containers", inner) + ").");
        }
        try {
            return builder.build(config);
        } catch (ConfigException e) {
            throw new ContainerBuildException(name, e);
        }
    }
}
