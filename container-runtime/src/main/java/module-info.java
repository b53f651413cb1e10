/**
 * The container runtime: containers.&lt;name&gt; as systemd-nspawn units, and applying built
 * systems to hosts and running containers.
 */
module io.stead.containerruntime {
    requires transitive io.stead.api;
}
