/**
 * The unit generator: base system modules (systemd.*, environment.etc, users, ...) and the
 * renderer that turns an evaluated configuration into a system tree.
 */
module io.stead.unitgenerator {
    requires transitive io.stead.api;
}
