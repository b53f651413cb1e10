package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Specifiers in {@code wantedBy}, {@code requiredBy} and {@code aliases}, replaced as
 * {@code systemctl enable} replaces them in {@code WantedBy=}, {@code RequiredBy=} and
 * {@code Alias=}: Stead makes the links itself, and a link named {@code app%i.target.wants}
 * is one systemd never reads. Those standing for a part of the unit's own name are replaced
 * when the system is built; the host's ({@code %H}, {@code %m}, ...) are not known then.
 */
final class InstallSpecifiers {
    private final Problems problems;

    InstallSpecifiers(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param unit the unit's name
     * @param path the option that defines it
     * @param enablement how it takes part, as written
     * @return the enablement with its names' specifiers replaced (a name that cannot be is
     *     left out, with a problem recorded)
     */
    Enablement replace(String unit, OptionPath path, Enablement enablement) {
        // (a masked unit gets no links: its names are not read)
        if (!enablement.enabled() || !hasSpecifier(enablement.wantedBy()) && !hasSpecifier(enablement.requiredBy())
                && !hasSpecifier(enablement.aliases())) {
            return enablement;
        }
        return new Enablement(enablement.enabled(), replace(unit, path.child("wantedBy"), enablement.wantedBy()),
                replace(unit, path.child("requiredBy"), enablement.requiredBy()),
                replace(unit, path.child("aliases"), enablement.aliases()), enablement.alwaysDropIn());
    }

    private List<String> replace(String unit, OptionPath path, List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            String replaced = replace(unit, path, name);
            if (replaced != null) {
                out.add(replaced);
            }
        }
        return out;
    }

    private static boolean hasSpecifier(List<String> names) {
        for (String name : names) {
            if (name.indexOf('%') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the name with its specifiers replaced, or null (a problem recorded) */
    private String replace(String unit, OptionPath path, String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            char next = i + 1 < name.length() ? name.charAt(i + 1) : ' ';
            String part = part(unit, next);
            if (part == null) {
                problems.add(path, "'" + name + "': " + why(next));
                return null;
            }
            out.append(part);
            i++;
        }
        if (!UnitNames.isUnit(out.toString())) {
            // ("%i.target" of a unit that is no instance: systemctl enable refuses ".target")
            problems.add(path, "'" + name + "' becomes '" + out + "' for " + unit + ", which is no unit name.");
            return null;
        }
        return out.toString();
    }

    /** @return what the specifier stands for in the unit's own name (n, N, p, i, j), or null */
    static String part(String unit, char specifier) {
        String prefix = UnitNames.prefix(unit);
        return switch (specifier) {
            case 'n' -> unit;
            case 'N' -> unit.substring(0, unit.lastIndexOf('.'));
            case 'p' -> prefix;
            case 'i' -> UnitNames.instance(unit);
            case 'j' -> prefix.substring(prefix.lastIndexOf('-') + 1);
            default -> null;
        };
    }

    private static String why(char specifier) {
        if (specifier == '%') {
            return "'%%' stands for a '%', which no unit name holds.";
        }
        if (UnitNameSettings.replacesInNames(specifier)) { // (and not one of the unit's own name)
            return "'%" + specifier + "' stands for a fact of the host the system runs on, which systemctl enable"
                    + " would read there but is not known when the system is built; write the name itself (%n, %N, %p,"
                    + " %i and %j, which stand for parts of the unit's own name, are replaced).";
        }
        return "'%" + specifier + "' is no specifier of these names (systemctl enable replaces "
                + UnitNameSettings.LISTED + "), so no unit would be linked.";
    }
}
