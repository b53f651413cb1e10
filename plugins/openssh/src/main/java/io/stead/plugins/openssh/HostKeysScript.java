package io.stead.plugins.openssh;

import io.stead.api.Config;
import java.nio.file.Path;
import java.util.Map;

/**
 * The commands run before sshd starts (the service's {@code preStart}): make each host key of
 * {@code services.openssh.hostKeys} that does not exist yet, as NixOS does, then check the
 * configuration with {@code sshd -t}. The check is the one Debian's {@code ssh.service} runs as
 * its {@code ExecStartPre=}, which this script replaces: it must come after the keys are made,
 * since sshd refuses a configuration whose host keys are missing.
 */
final class HostKeysScript {
    /** Where Debian's openssh-client puts ssh-keygen. */
    static final String SSH_KEYGEN = "/usr/bin/ssh-keygen";
    /** Where Debian's openssh-server puts sshd. */
    static final String SSHD = "/usr/sbin/sshd";

    private HostKeysScript() {
    }

    /**
     * @param system the system configuration
     * @return the script's text
     */
    static String of(Config system) {
        StringBuilder out = new StringBuilder();
        for (Object element : system.list(OpensshModule.PREFIX + "hostKeys")) {
            Map<?, ?> key = (Map<?, ?>) element;
            String path = (String) key.get("path");
            out.append("if [ ! -f ").append(quote(path)).append(" ]; then\n");
            Path parent = Path.of(path).getParent();
            if (parent != null && !parent.toString().equals("/")) {
                out.append("    mkdir -p -m 0755 ").append(quote(parent.toString())).append('\n');
            }
            out.append("    ").append(SSH_KEYGEN).append(" -q -t ").append(key.get("type"));
            if (key.get("bits") != null) {
                out.append(" -b ").append(key.get("bits"));
            }
            if (key.get("comment") != null) {
                out.append(" -C ").append(quote((String) key.get("comment")));
            }
            out.append(" -N '' -f ").append(quote(path)).append("\nfi\n");
        }
        out.append(SSHD).append(" -t -f ").append(SshdConfigText.PATH).append('\n');
        return out.toString();
    }

    /** A word for the shell: in single quotes, each single quote written as '\''. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
