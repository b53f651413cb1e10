import io.stead.plugins.nixdaemon.NixDaemonModule;

/**
 * The nix-daemon service module, {@code nix}: writes {@code /etc/nix/nix.conf} and runs the
 * nix daemon through the units the nix package ships ({@code nix-daemon.service} and
 * {@code nix-daemon.socket}, from Debian's nix-setup-systemd), customised only by drop-ins.
 * Compiled against {@code io.stead.api} alone and found with {@link java.util.ServiceLoader}.
 */
module io.stead.plugins.nixdaemon {
    requires io.stead.api;

    provides io.stead.api.ServiceModule with NixDaemonModule;
}
