package io.stead.plugins.openssh;

import static io.stead.api.Types.enumOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.positiveInt;
import static io.stead.api.Types.strMatching;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;

/**
 * The options of one host key ({@code services.openssh.hostKeys.*}): where it is and how
 * {@code ssh-keygen} makes it when it does not exist yet (see {@link HostKeysScript}).
 */
final class HostKeyOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("bits", nullOr(positiveInt())).withDefault(null)
                .withExample(4096L)
                .withDescription("The key's size in bits (ssh-keygen -b); null for ssh-keygen's default "
                        + "for the type."));
        options.add(Option.of("comment", nullOr(strMatching("[^\\n]*"))).withDefault(null)
                .withDescription("The key's comment (ssh-keygen -C); null for ssh-keygen's default."));
        options.add(Option.of("path", SshdWords.ABSOLUTE_PATH)
                .withExample("/etc/ssh/ssh_host_ed25519_key")
                .withDescription("The private key's file (written to sshd_config as HostKey), an absolute path "
                        + "without white space, quotes or backslashes; the public key goes next to it with the "
                        + "suffix .pub."));
        options.add(Option.of("type", enumOf("rsa", "ecdsa", "ed25519"))
                .withDescription("The key's type (ssh-keygen -t)."));
    }
}
