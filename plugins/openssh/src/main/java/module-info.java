import io.stead.plugins.openssh.OpensshModule;

/**
 * The OpenSSH service module, {@code services.openssh}: writes {@code /etc/ssh/sshd_config} and
 * runs sshd through the unit the openssh package ships (Debian's {@code ssh.service}),
 * customised by a drop-in, or through a unit of its own when the target lacks the package.
 * Compiled against {@code io.stead.api} alone and found with {@link java.util.ServiceLoader}.
 */
module io.stead.plugins.openssh {
    requires io.stead.api;

    provides io.stead.api.ServiceModule with OpensshModule;
}
