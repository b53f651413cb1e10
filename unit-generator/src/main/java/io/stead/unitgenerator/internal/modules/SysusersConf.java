package io.stead.unitgenerator.internal.modules;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders users and groups as a sysusers.d(5) file: {@code g} lines for groups, {@code u} lines
 * for users (those whose primary group is their own first), {@code m} lines for memberships, each
 * sorted by name. Pure: the options' types ({@link SysusersFields}) keep out what would end a
 * field or a line.
 */
public final class SysusersConf {
    /** The file's name in /etc/sysusers.d. */
    public static final String FILE_NAME = "stead.conf";
    /** The file, as the target sees it. */
    public static final String PATH = "/etc/sysusers.d/" + FILE_NAME;

    private SysusersConf() {
    }

    /**
     * @param name a user's name
     * @param group its primary group, or empty
     * @return whether the primary group is the group of the user's own name, which sysusers makes
     *     with the user
     */
    public static boolean hasOwnGroup(String name, String group) {
        return group.isEmpty() || group.equals(name);
    }

    /**
     * A user as sysusers.d sees it.
     *
     * @param name the name
     * @param uid the id, or null for automatic
     * @param group the primary group, or empty (or the user's name) for a group of the user's own
     *     name
     * @param description the GECOS field, or empty
     * @param home the home directory, or null
     * @param shell the shell, or null
     * @param extraGroups further groups
     */
    public record User(String name, Long uid, String group, String description, String home,
                       String shell, List<String> extraGroups) {
    }

    /**
     * A group as sysusers.d sees it.
     *
     * @param name the name
     * @param gid the id, or null for automatic
     * @param members its members
     */
    public record Group(String name, Long gid, List<String> members) {
    }

    /**
     * @param users the users, sorted by name
     * @param groups the groups, sorted by name
     * @return the file's text
     */
    public static String render(List<User> users, List<Group> groups) {
        StringBuilder out = new StringBuilder("# Users and groups of users.users and users.groups, "
                + "written by Stead.\n");
        for (Group g : groups) {
            out.append("g ").append(g.name()).append(' ').append(g.gid() == null ? "-" : g.gid()).append('\n');
        }
        // sysusers makes the group of a user's own name only with the user, and finds it for the
        // users after it alone: those users come first, written with no group ("u web 850:web"
        // with no group web yet is "Group web not found.", where "u web 850" makes it)
        List<User> ownGroupsFirst = users.stream()
                .sorted(Comparator.comparing((User u) -> !hasOwnGroup(u.name(), u.group()))).toList();
        for (User u : ownGroupsFirst) {
            out.append("u ").append(u.name()).append(' ').append(id(u))
                    .append(' ')
                    .append(u.description().isEmpty() ? "-" : '"' + Specifiers.literal(u.description()) + '"')
                    .append(' ').append(u.home() == null ? "-" : Specifiers.literal(u.home()))
                    .append(' ').append(u.shell() == null ? "-" : Specifiers.literal(u.shell())).append('\n');
        }
        Set<String> memberships = new TreeSet<>();
        users.forEach(u -> u.extraGroups().forEach(g -> memberships.add(u.name() + " " + g)));
        groups.forEach(g -> g.members().forEach(m -> memberships.add(m + " " + g.name())));
        memberships.forEach(m -> out.append("m ").append(m).append('\n'));
        return out.toString();
    }

    private static String id(User u) {
        String uid = u.uid() == null ? "-" : u.uid().toString();
        return hasOwnGroup(u.name(), u.group()) ? uid : uid + ":" + u.group();
    }
}
