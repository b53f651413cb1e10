package io.stead.plugins.openssh;

import static io.stead.api.Definition.mkDefault;
import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.lines;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.oneOf;
import static io.stead.api.Types.port;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.util.List;
import java.util.Map;

/**
 * The service module {@code openssh}: {@code services.openssh}, after NixOS's {@code sshd.nix}.
 * It writes {@code /etc/ssh/sshd_config} and runs sshd through the unit the openssh package
 * ships (Debian's {@code ssh.service}, customised by a drop-in) when the target has that
 * package, or through an {@code sshd.service} of its own when it has not. Users' authorized keys
 * ({@code users.users.<name>.openssh.authorizedKeys}) are declared and written by the base
 * modules; this module makes sshd read them.
 */
public final class OpensshModule implements ServiceModule {
    /** The prefix of this module's options. */
    static final String PREFIX = "services.openssh.";
    private static final String ENABLE = PREFIX + "enable";
    private static final String USE_PACKAGE_UNIT = PREFIX + "usePackageUnit";

    @Override
    public String name() {
        return "openssh";
    }

    @Override
    public String description() {
        return "the OpenSSH server: services.openssh";
    }

    @Override
    public void options(Options options) {
        Options o = options.under("services.openssh");
        o.add(Option.of("allowSFTP", bool()).withDefault(true)
                .withDescription("Whether sshd offers the SFTP subsystem (Subsystem sftp "
                        + SshdConfigText.SFTP_SERVER + "), which sftp, scp and sshfs use."));
        o.add(Option.of("authorizedKeysFiles", listOf(SshdWords.WORD)).withDefault(List.of())
                .withDescription("Files sshd reads users' authorized keys from (AuthorizedKeysFile), each one "
                        + "word without quotes or backslashes (%h is "
                        + "the home directory, %u the user name). When enabled, this module adds "
                        + "%h/.ssh/authorized_keys and /etc/ssh/authorized_keys.d/%u, where "
                        + "users.users.<name>.openssh.authorizedKeys go."));
        o.add(Option.of("banner", nullOr(lines())).withDefault(null)
                .withDescription("Text shown to clients before they authenticate, written to "
                        + SshdConfigText.BANNER + "; null for none."));
        o.add(Option.of("enable", bool()).withDefault(false)
                .withDescription("Whether to run the OpenSSH server, sshd, which allows secure remote "
                        + "logins."));
        o.add(Option.of("extraConfig", lines()).withDefault("")
                .withExample("Match User backup\n  ForceCommand internal-sftp\n")
                .withDescription("Lines appended verbatim to sshd_config, after everything else: for Match "
                        + "blocks. A keyword here that is also set by another option is ignored by sshd, "
                        + "which keeps the first."));
        o.add(Option.of("extraSettings", attrsOf(nullOr(oneOf(bool(), integer(), str(), listOf(str())))))
                .withDefault(Map.of())
                .withExample(Map.of("MaxAuthTries", 3L, "AllowTcpForwarding", false))
                .withDescription("sshd_config keywords that settings does not declare, by keyword, written "
                        + "by the same rules (true/false as yes/no; lists by commas, spaces or one line "
                        + "each, as the keyword takes them; null leaves the keyword out). A keyword that "
                        + "settings or another option sets is refused."));
        o.add(Option.of("hostKeys", listOf(submodule(new HostKeyOptions())))
                .withDefault(List.of(
                        Map.of("type", "rsa", "bits", 4096L, "path", "/etc/ssh/ssh_host_rsa_key"),
                        Map.of("type", "ed25519", "path", "/etc/ssh/ssh_host_ed25519_key")))
                .withDescription("sshd's host keys (HostKey). Before sshd starts, each one whose file does "
                        + "not exist is made with ssh-keygen; existing keys, such as those Debian made "
                        + "when openssh-server was installed, are kept."));
        o.add(Option.of("listenAddresses", listOf(submodule(new ListenAddressOptions())))
                .withDefault(List.of())
                .withExample(List.of(Map.of("addr", "192.168.3.1", "port", 22L), Map.of("addr", "0.0.0.0")))
                .withDescription("Addresses to listen on (ListenAddress); empty for every address."));
        o.add(Option.of("ports", listOf(port())).withDefault(List.of(22L))
                .withDescription("Ports to listen on (Port)."));
        o.add(Option.of("settings", submodule(new SettingsOptions())).withDefault(Map.of())
                .withExample(Map.of("PermitRootLogin", "no", "PasswordAuthentication", false))
                .withDescription("sshd_config keywords, typed, by keyword (see sshd_config(5)). Keywords "
                        + "not declared here go in extraSettings."));
        o.add(Option.of("usePackageUnit", bool()).withReadOnly()
                .withDescription("Whether sshd runs through the unit the openssh package ships (Debian's "
                        + "ssh.service, customised by a drop-in): true when pkgs.openssh is present on "
                        + "the target (packages.sources.openssh, by default openssh-server). When false, "
                        + "Stead writes a whole sshd.service."));
    }

    @Override
    public void config(Definitions config) {
        config.set("packages.sources.openssh", mkDefault("openssh-server"));
        config.compute(USE_PACKAGE_UNIT, system -> system.get("pkgs.openssh") != null);

        Definitions cfg = config.when(ENABLE);
        // each definition below sets a whole attribute (a file, a unit, a user), so that the
        // conditions leave it out altogether when they do not hold

        // sshd_config; sshd reads the keys that users.users.<name>.openssh.authorizedKeys put
        // in /etc/ssh/authorized_keys.d/<name>
        cfg.set(PREFIX + "authorizedKeysFiles", List.of("%h/.ssh/authorized_keys", "/etc/ssh/authorized_keys.d/%u"));
        cfg.set(etc(SshdConfigText.PATH).toString(), Map.of("text", Definition.computed(SshdConfigText::of)));

        // the banner, in a file of its own
        cfg.set(etc(SshdConfigText.BANNER).toString(), Map.of(
                "enable", Definition.computed(system -> system.get(PREFIX + "banner") != null),
                "text", Definition.computed(system -> system.get(PREFIX + "banner"))));

        // sshd through the package's own unit, customised by a drop-in; the alias is the link
        // that systemctl enable makes from the unit's Alias=sshd.service
        Definitions packaged = cfg.when(USE_PACKAGE_UNIT);
        packaged.compute("systemd.packages", system -> List.of(system.get("pkgs.openssh")));
        Map<String, Object> ssh = SshdUnit.customisation();
        ssh.put("aliases", List.of("sshd.service"));
        packaged.set("systemd.services.ssh", ssh);

        // or a whole sshd.service of Stead's own, with the privilege separation user that the
        // package would have made
        Definitions own = cfg.when("!" + USE_PACKAGE_UNIT);
        own.set("systemd.services.sshd", SshdUnit.ownUnit());
        own.set("users.users.sshd", Map.of("description", "SSH privilege separation user",
                "home", "/run/sshd", "shell", "/usr/sbin/nologin"));
    }

    /**
     * @param path a file under /etc, such as {@link SshdConfigText#PATH}
     * @return its option: the attribute of environment.etc named by the path relative to /etc
     */
    static OptionPath etc(String path) {
        return OptionPath.of("environment", "etc", path.substring("/etc/".length()));
    }
}
