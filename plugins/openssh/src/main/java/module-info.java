/** The OpenSSH service module: {@code services.openssh}. */
module io.stead.plugins.openssh {
    requires io.stead.api;
}
