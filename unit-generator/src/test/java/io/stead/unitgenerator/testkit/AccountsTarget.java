package io.stead.unitgenerator.testkit;

import java.nio.file.Path;

/**
 * A fake target with users and groups of every kind a build may name: in its /etc/passwd and
 * /etc/group, and made by its sysusers.d files (as Debian 12's), in files that systemd-sysusers
 * reads before and after Stead's /etc/sysusers.d/stead.conf.
 */
public final class AccountsTarget {
    private AccountsTarget() {
    }

    /**
     * @param root an empty directory
     * @return the target
     */
    public static FakeTarget of(Path root) {
        return new FakeTarget(root)
                // sshd is a user with no group of its name, as Debian's openssh-server makes it
                .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n"
                        + "sshd:x:102:65534::/run/sshd:/usr/sbin/nologin\n")
                .file("/etc/group", "root:x:0:\nusers:x:100:\nnogroup:x:65534:\n")
                .file("/etc/shadow", "root:*:19000:0:99999:7:::\nsshd:!:19000::::::\n")
                .file("/etc/gshadow", "root:*::\nusers:*::\nnogroup:*::\n")
                .file("/usr/lib/sysusers.d/basic.conf", """
                        # groups first: a g line's group is made before any user
                        g adm        4     -
                        u daemon     1       - /usr/sbin            /usr/sbin/nologin
                        u _apt       42:65534 - /nonexistent         /usr/sbin/nologin
                        m daemon     adm
                        m lp         lpadmin
                        """)
                // read before stead.conf ("dbus" < "stead"), and after it ("systemd-" > "stead")
                .file("/usr/lib/sysusers.d/dbus.conf", "u messagebus - \"System Message Bus\"\n")
                .file("/usr/lib/sysusers.d/systemd-timesync.conf",
                        "u systemd-timesync - \"systemd Time Synchronization\"\n")
                // a former build's file, which the build replaces
                .file("/etc/sysusers.d/stead.conf", "g stale -\nu former - - - -\n");
    }
}
