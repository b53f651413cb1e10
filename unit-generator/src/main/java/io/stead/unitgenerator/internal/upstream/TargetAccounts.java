package io.stead.unitgenerator.internal.upstream;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users and groups of the target as systemd-sysusers 252 sees them when it reads the build's
 * sysusers.d file: those of its /etc/passwd and /etc/group, and those its own sysusers.d files
 * make. sysusers makes the groups of {@code g} lines, and of {@code m} lines (a group that no
 * {@code u} line names), before any user; the group of a user's own name only with that user:
 * a {@code u} line's (unless given another group) in the order of the files, then the users that
 * only {@code m} lines name. So the build's users find the group of a user of a file read before
 * theirs, and not one made later ("Group ... not found."). Read once, for one build.
 */
public final class TargetAccounts {
    private final Set<String> users;
    private final Set<String> userLines;
    /** Groups there before sysusers reads the build's file's users. */
    private final Set<String> groupsBefore;
    /** Groups of users' own names made after the build's file's users, with the file that makes each. */
    private final Map<String, String> groupsAfter;

    private TargetAccounts(Set<String> users, Set<String> userLines, Set<String> groupsBefore,
                           Map<String, String> groupsAfter) {
        this.users = Set.copyOf(users);
        this.userLines = Set.copyOf(userLines);
        this.groupsBefore = Set.copyOf(groupsBefore);
        this.groupsAfter = Map.copyOf(groupsAfter);
    }

    /**
     * @param root the target
     * @param ownFile the name of the file the build writes into /etc/sysusers.d
     * @return the target's users and groups
     */
    public static TargetAccounts read(TargetRoot root, String ownFile) {
        Set<String> users = names(root, "/etc/passwd");
        Set<String> groupsBefore = names(root, "/etc/group");
        Map<String, String> groupsAfter = new HashMap<>();
        List<SysusersFiles.Line> lines = SysusersFiles.read(root, ownFile);
        Map<String, SysusersFiles.Line> userLines = new LinkedHashMap<>(); // (sysusers keeps the first)
        lines.stream().filter(l -> l.type() == 'u').forEach(l -> userLines.putIfAbsent(l.name(), l));
        users.addAll(userLines.keySet());
        for (SysusersFiles.Line line : lines) {
            if (line.type() == 'g') {
                groupsBefore.add(line.name());
            } else if (line.type() == 'm') {
                users.add(line.name());
                if (!userLines.containsKey(line.id())) {
                    groupsBefore.add(line.id());
                }
                if (!userLines.containsKey(line.name())) {
                    // a user no u line makes is made after every u line's, with a group of its name
                    groupsAfter.putIfAbsent(line.name(), line.path());
                }
            }
        }
        for (SysusersFiles.Line user : userLines.values()) {
            // a uid, a path or nothing makes a group of the user's name; "uid:group" does not
            if (user.id() == null || !user.id().contains(":")) {
                if (user.file().compareTo(ownFile) < 0) {
                    groupsBefore.add(user.name());
                } else {
                    groupsAfter.putIfAbsent(user.name(), user.path());
                }
            }
        }
        groupsAfter.keySet().removeAll(groupsBefore);
        return new TargetAccounts(users, userLines.keySet(), groupsBefore, groupsAfter);
    }

    /** The first field of each line of a passwd or group file (NIS's "+" and "-" lines aside). */
    private static Set<String> names(TargetRoot root, String file) {
        Set<String> out = new HashSet<>();
        root.read(file).ifPresent(text -> text.lines().forEach(line -> {
            int colon = line.indexOf(':');
            if (colon > 0 && line.charAt(0) != '+' && line.charAt(0) != '-') {
                out.add(line.substring(0, colon));
            }
        }));
        return out;
    }

    /**
     * @param name a user name
     * @return whether the target has or makes a user of that name
     */
    public boolean hasUser(String name) {
        return users.contains(name);
    }

    /**
     * @param name a user name
     * @return whether a {@code u} line of the target's sysusers.d files names it (whose group of
     *     that name, if any, is the line's to make)
     */
    public boolean hasUserLine(String name) {
        return userLines.contains(name);
    }

    /**
     * @param name a group name
     * @return whether the target has or makes a group of that name (as sysusers adds members,
     *     once it made every group)
     */
    public boolean hasGroup(String name) {
        return groupsBefore.contains(name) || groupsAfter.containsKey(name);
    }

    /**
     * @param name a group name
     * @return whether sysusers finds the group when it creates a user of the build's file
     */
    public boolean hasGroupBeforeOwnFile(String name) {
        return groupsBefore.contains(name);
    }

    /**
     * @param name a group name
     * @return the file (as the target sees it) whose user of that name makes the group only
     *     after the build's file is read, if one does
     */
    public Optional<String> groupMadeAfterOwnFile(String name) {
        return Optional.ofNullable(groupsAfter.get(name));
    }
}
