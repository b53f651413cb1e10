package io.stead.plugins.openssh;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.enumOf;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;

import io.stead.api.Definition;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.OptionType;
import io.stead.api.Options;
import java.util.List;

/**
 * The well-known keywords of {@code sshd_config}, typed: the options of the
 * {@code services.openssh.settings} submodule. Each option is named exactly as its keyword, so
 * that {@link SshdConfigFormat} can write it as it is; a null value leaves the keyword out
 * (sshd's own default applies). Other keywords go in {@code services.openssh.extraSettings}.
 * Defaults are those of NixOS's {@code services.openssh.settings}.
 */
final class SettingsOptions implements ModuleSpec {
    /** The key exchange algorithms NixOS allows by default, all known to OpenSSH 9.2. */
    static final List<String> KEX_ALGORITHMS = List.of("sntrup761x25519-sha512@openssh.com",
            "curve25519-sha256", "curve25519-sha256@libssh.org", "diffie-hellman-group-exchange-sha256");
    /** The ciphers NixOS allows by default. */
    static final List<String> CIPHERS = List.of("chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com",
            "aes128-gcm@openssh.com", "aes256-ctr", "aes192-ctr", "aes128-ctr");
    /** The message authentication codes NixOS allows by default. */
    static final List<String> MACS = List.of("hmac-sha2-512-etm@openssh.com", "hmac-sha2-256-etm@openssh.com",
            "umac-128-etm@openssh.com");

    @Override
    public void options(Options options) {
        options.add(Option.of("AllowGroups", names()).withDefault(null)
                .withExample(List.of("ssh-users"))
                .withDescription("If set, only members of these groups may log in (patterns allowed); "
                        + "null for no such restriction."));
        options.add(Option.of("AllowUsers", names()).withDefault(null)
                .withExample(List.of("alice", "bob@192.168.1.*"))
                .withDescription("If set, only these users may log in (patterns, USER@HOST allowed); "
                        + "null for no such restriction."));
        options.add(Option.of("Ciphers", algorithms()).withDefault(CIPHERS)
                .withDescription("The ciphers allowed, in order of preference; null for sshd's defaults."));
        options.add(Option.of("DenyGroups", names()).withDefault(null)
                .withDescription("Members of these groups may not log in (patterns allowed); null for none."));
        options.add(Option.of("DenyUsers", names()).withDefault(null)
                .withDescription("These users may not log in (patterns, USER@HOST allowed); null for none."));
        options.add(Option.of("GatewayPorts", enumOf("yes", "no", "clientspecified")).withDefault("no")
                .withDescription("Whether remote hosts may connect to ports forwarded for the client: "
                        + "no binds them to the loopback address only."));
        // NixOS defaults this to true and refuses passwords through PAM when PasswordAuthentication
        // is false; Debian's PAM accepts Unix passwords whatever sshd_config says, so here it
        // follows PasswordAuthentication, and turning passwords off turns them off both ways
        options.add(Option.of("KbdInteractiveAuthentication", bool())
                .withDefault(Definition.computed(settings -> settings.get("PasswordAuthentication")))
                .withDescription("Whether keyboard-interactive authentication is allowed. With UsePAM it "
                        + "lets PAM ask for the user's password, so by default it follows "
                        + "PasswordAuthentication."));
        options.add(Option.of("KexAlgorithms", algorithms()).withDefault(KEX_ALGORITHMS)
                .withDescription("The key exchange algorithms allowed, in order of preference; null for "
                        + "sshd's defaults."));
        options.add(Option.of("LogLevel", enumOf("QUIET", "FATAL", "ERROR", "INFO", "VERBOSE", "DEBUG",
                        "DEBUG1", "DEBUG2", "DEBUG3")).withDefault("INFO")
                .withDescription("How much sshd logs. VERBOSE adds the fingerprint of the key each user "
                        + "logged in with; the DEBUG levels violate users' privacy."));
        options.add(Option.of("Macs", algorithms()).withDefault(MACS)
                .withDescription("The message authentication codes allowed (keyword MACs), in order of "
                        + "preference; null for sshd's defaults."));
        options.add(Option.of("PasswordAuthentication", bool()).withDefault(true)
                .withDescription("Whether password authentication is allowed. See also "
                        + "KbdInteractiveAuthentication."));
        options.add(Option.of("PermitRootLogin", enumOf("yes", "without-password", "prohibit-password",
                        "forced-commands-only", "no")).withDefault("prohibit-password")
                .withDescription("Whether root may log in: prohibit-password allows keys only; "
                        + "forced-commands-only allows keys whose command option is set."));
        options.add(Option.of("PrintMotd", bool()).withDefault(false)
                .withDescription("Whether sshd prints /etc/motd at login; Debian's PAM configuration "
                        + "(pam_motd) prints it already."));
        options.add(Option.of("StrictModes", bool()).withDefault(true)
                .withDescription("Whether sshd checks the permissions of a user's files and home "
                        + "directory before accepting a login."));
        options.add(Option.of("UseDns", bool()).withDefault(false)
                .withDescription("Whether sshd looks up the client's host name and checks that it maps "
                        + "back to its address (keyword UseDNS). Without it, only addresses may be used "
                        + "in from= of authorized keys and in Match Host."));
        options.add(Option.of("UsePAM", bool()).withDefault(true)
                .withDescription("Whether sshd uses PAM for accounts, sessions and (with "
                        + "KbdInteractiveAuthentication) passwords."));
        options.add(Option.of("X11Forwarding", bool()).withDefault(false)
                .withDescription("Whether X11 connections may be forwarded."));
    }

    /** User and group names or patterns, written on one line separated by spaces. */
    private static OptionType names() {
        return nullOr(listOf(SshdWords.WORD));
    }

    /** Algorithm names, written on one line separated by commas. */
    private static OptionType algorithms() {
        return nullOr(listOf(SshdWords.ALGORITHM));
    }
}
