package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.upstream.UnitNames;
import java.util.Set;

/**
 * The settings whose values are unit names (dependencies, {@code Slice=}, a timer's or path's
 * {@code Unit=}, a socket's {@code Service=}, a service's {@code Sockets=}). systemd 252 replaces
 * fewer specifiers in them than in other settings ({@code unit_name_printf}: the unit's own name
 * and the host's), and drops a name it cannot resolve, or that is no unit name, with a warning
 * ("Failed to resolve unit specifiers", "Failed to add dependency"): checked with
 * {@code systemd-analyze verify}, letter by letter.
 */
final class UnitNameSettings {
    private static final Set<String> UNIT = Set.of("Requires", "Requisite", "Wants", "BindsTo", "PartOf", "Upholds",
            "Conflicts", "Before", "After", "OnFailure", "OnSuccess", "PropagatesReloadTo", "ReloadPropagatedFrom",
            "PropagatesStopTo", "StopPropagatedFrom", "JoinsNamespaceOf");
    /** Those systemd drops when they name the unit itself ("Dependency After=w.service is dropped"). */
    private static final Set<String> NOT_ON_ITSELF = Set.of("After", "Before", "Conflicts", "OnFailure", "OnSuccess");
    /**
     * The settings that name one unit, and the type it must have ("" for any): systemd reads
     * their whole value as one name ("Unit type not valid"), and drops one of another type.
     */
    private static final java.util.Map<String, String> SINGLE = java.util.Map.of("Timer.Unit", "", "Path.Unit", "",
            "Socket.Service", ".service", "Service.Slice", ".slice", "Socket.Slice", ".slice", "Mount.Slice", ".slice",
            "Swap.Slice", ".slice");
    /** The specifiers systemd 252 replaces in a unit name: %n %N %p %i %j and the host's. */
    private static final String IN_NAMES = "abgijlmnopquvwABGHMNUW";
    /** Those of them, as a message lists them (systemctl enable replaces the same ones). */
    static final String LISTED = "%n, %N, %p, %i, %j and the host's %a %A %b %B %g %G %H %l %m %M %o %q %u %U %v %w %W";

    private UnitNameSettings() {
    }

    /**
     * @param specifier a specifier's letter
     * @return whether systemd replaces it in a unit name
     */
    static boolean replacesInNames(char specifier) {
        return IN_NAMES.indexOf(specifier) >= 0;
    }

    /**
     * @param section a unit file's section, such as {@code Unit}
     * @param key a key of it
     * @return whether the key's value is a list of unit names
     */
    static boolean namesUnits(String section, String key) {
        return switch (section) {
            case "Unit" -> UNIT.contains(key);
            case "Timer", "Path" -> key.equals("Unit");
            case "Socket" -> key.equals("Service") || key.equals("Slice");
            case "Service" -> key.equals("Sockets") || key.equals("Slice");
            case "Mount", "Swap" -> key.equals("Slice");
            default -> false;
        };
    }

    /**
     * @param section the setting's section
     * @param key its key
     * @param value its value: unit names separated by white space
     * @param unit the unit it is in
     * @return what systemd would drop from it and why, with the fix, or null
     */
    static String problem(String section, String key, String value, String unit) {
        // a template's settings are read for each of its instances: %i is never empty there
        String as = UnitNames.isTemplate(unit) ? unit.replace("@.", "@x.") : unit;
        String[] names = value.trim().split("[ \t]+");
        String single = SINGLE.get(section + "." + key);
        if (single != null && names.length > 1) {
            return "'" + value + "': " + key + "= names one unit, and systemd would read these names as one.";
        }
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            StringBuilder resolved = new StringBuilder(name.length());
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c != '%') {
                    resolved.append(c);
                    continue;
                }
                char next = i + 1 < name.length() ? name.charAt(i + 1) : ' ';
                if (IN_NAMES.indexOf(next) < 0) {
                    return "'" + name + "': "
                            + (next == '%' ? "'%%' stands for a '%', which no unit name holds"
                                    : Character.isLetterOrDigit(next) && next < 128
                                    ? "systemd replaces no '%" + next + "' in a unit name (only " + LISTED + ")"
                                    : "a '%' that begins no specifier is no character of a unit name")
                            + ", so systemd would drop the name.";
                }
                // the name's own parts as they are; the host's stand in as a letter (its names are
                // letters, digits, '-', '_' and '.', as unit names take them)
                String part = InstallSpecifiers.part(as, next);
                resolved.append(part != null ? part : "x");
                i++;
            }
            String target = resolved.toString();
            if (!UnitNames.isUnit(target)) {
                return "'" + name + "' is not a unit name (a name and a type suffix such as .service, of letters,"
                        + " digits and :_.@\\- only), so systemd would drop it.";
            }
            // a template's name in an instance's settings stands for that instance ("db@.service" in
            // web@x is db@x.service, as systemd fills it in)
            String instance = UnitNames.instance(as);
            if (!instance.isEmpty() && UnitNames.isTemplate(target)) {
                target = target.replace("@.", "@" + instance + ".");
            }
            boolean unitSection = section.equals("Unit");
            if (unitSection && NOT_ON_ITSELF.contains(key) && target.equals(as)) {
                return "'" + name + "' is this unit itself, and systemd drops a dependency " + key + "= on itself.";
            }
            if (single != null && !single.isEmpty() && !name.endsWith(single)) {
                return "'" + name + "': " + key + "= names a " + single.substring(1) + " unit (" + single
                        + "), and systemd drops any other.";
            }
            if (!unitSection && key.equals("Unit") && target.equals(as)) {
                return "'" + name + "' is this unit itself, which systemd does not let trigger itself.";
            }
            if (key.equals("Sockets") && !name.endsWith(".socket")) {
                return "'" + name + "': Sockets= names socket units (.socket), and systemd drops any other.";
            }
            if (unitSection && key.equals("Before") && name.endsWith(".device")) {
                return "'" + name + "': systemd ignores Before= on a device, which cannot be delayed"
                        + " (a device appears when the kernel finds it).";
            }
        }
        return null;
    }
}
