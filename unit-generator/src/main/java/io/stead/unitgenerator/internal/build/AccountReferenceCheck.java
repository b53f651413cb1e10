package io.stead.unitgenerator.internal.build;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.unitgenerator.internal.modules.SysusersConf;
import io.stead.unitgenerator.internal.upstream.TargetAccounts;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The users and groups that users and groups name, which systemd-sysusers does not look up but
 * fails on, or makes, when they are missing: a user's primary group (sysusers skips the user,
 * "Group ... not found."), a group of its {@code extraGroups} that is a user's name with another
 * primary group (sysusers leaves the membership out; any other missing group it creates, as
 * NixOS has {@code wheel}) and a member of a group (sysusers creates the user, with a group of
 * its own). Each must be the configuration's, or one the target has or makes in its own sysusers.d
 * files (NixOS asserts that a primary group is one of users.groups; its members only list
 * names). The target is read only when a name is none of the configuration's.
 */
final class AccountReferenceCheck {
    private static final String NO_GROUP = " is neither a group of users.groups nor one of the target (in its"
            + " /etc/group or made by its sysusers.d files): ";
    private static final String NO_USER = " is neither a user of users.users nor one of the target (in its"
            + " /etc/passwd or made by its sysusers.d files): ";

    private final Problems problems;
    private final Supplier<TargetAccounts> targetSource;
    private TargetAccounts target;
    private final Set<String> users = new HashSet<>();
    private final Set<String> groups = new HashSet<>();
    /** Groups made with their users, whose lines Stead writes before the other users'. */
    private final Set<String> ownGroups = new HashSet<>();

    /**
     * @param problems where problems go
     * @param target the target's users and groups, read when first needed
     */
    AccountReferenceCheck(Problems problems, Supplier<TargetAccounts> target) {
        this.problems = problems;
        this.targetSource = target;
    }

    /** @param system the system configuration */
    void check(Config system) {
        Map<String, Config> userOptions = ConfigReads.submodules(system, "users.users");
        Map<String, Config> groupOptions = ConfigReads.submodules(system, "users.groups");
        for (Config user : userOptions.values()) {
            users.add(user.string("name"));
            if (SysusersConf.hasOwnGroup(user.string("name"), user.string("group"))) {
                ownGroups.add(user.string("name"));
            }
        }
        groupOptions.values().forEach(g -> groups.add(g.string("name")));
        userOptions.forEach((key, user) -> {
            OptionPath path = OptionPath.of("users", "users", key);
            primaryGroup(user.string("name"), user.string("group"), path.child("group"));
            for (String group : new LinkedHashSet<>(ConfigReads.strings(user, "extraGroups"))) {
                extraGroup(user.string("name"), group, path.child("extraGroups"));
            }
        });
        groupOptions.forEach((key, group) -> {
            for (String member : new LinkedHashSet<>(ConfigReads.strings(group, "members"))) {
                member(member, group.string("name"), OptionPath.of("users", "groups", key, "members"));
            }
        });
    }

    private void primaryGroup(String user, String group, OptionPath path) {
        if (SysusersConf.hasOwnGroup(user, group) || groups.contains(group) || ownGroups.contains(group)
                || isNumber(group) || target().hasGroupBeforeOwnFile(group)) {
            return; // (a number is a gid, which sysusers takes as it is: "u alice 1001:100")
        }
        String skipped = "skip the user (\"Group " + group + " not found.\"). Define " + groupOption(group);
        problems.add(path, target().groupMadeAfterOwnFile(group)
                .map(file -> "'" + group + "' is made with the user of that name, by the target's " + file + ","
                        + " only after systemd-sysusers created the users of " + SysusersConf.PATH + ": it would "
                        + skipped + ".")
                .orElse("'" + group + "'" + NO_GROUP + "systemd-sysusers would " + skipped
                        + ", or name a group the target has."));
    }

    private void extraGroup(String user, String group, OptionPath path) {
        if (groups.contains(group) || ownGroups.contains(group) || target().hasGroup(group)) {
            return;
        }
        // a group nothing makes is made by sysusers for the m line, as NixOS's wheel is there
        // (extraGroups: [wheel] of a configuration written for NixOS); but sysusers makes no group
        // for an m line naming a user, whose own line decides, and leaves the membership out
        if (users.contains(group) || target().hasUserLine(group)) {
            problems.add(path, "'" + group + "'" + NO_GROUP + "the user '" + group + "' has another primary group, so"
                    + " systemd-sysusers would make no group '" + group + "' and leave '" + user + "' out of it."
                    + " Define " + groupOption(group) + ", or name a group the target has.");
        }
    }

    private static boolean isNumber(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private void member(String user, String group, OptionPath path) {
        if (users.contains(user) || target().hasUser(user)) {
            return;
        }
        problems.add(path, "'" + user + "'" + NO_USER + "systemd-sysusers would create a user '" + user + "', with a"
                + " group of its own, to make it a member of '" + group + "'. Define "
                + OptionPath.of("users", "users", user) + ", or name a user the target has.");
    }

    private static OptionPath groupOption(String name) {
        return OptionPath.of("users", "groups", name);
    }

    private TargetAccounts target() {
        if (target == null) {
            target = targetSource.get();
        }
        return target;
    }
}
