/** The nix-daemon service module: {@code nix}. */
module io.stead.plugins.nixdaemon {
    requires io.stead.api;
}
