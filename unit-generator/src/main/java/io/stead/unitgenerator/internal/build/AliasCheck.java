package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.upstream.UnitNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks a unit's {@code aliases}, each a link to the unit under another name. systemd follows
 * only an alias of the unit's type, and of its form (a template's alias is a template, an
 * instance's an instance of the same name, a plain unit's a plain name). An alias that names
 * a unit the target ships would hide that unit.
 */
final class AliasCheck {
    private final Problems problems;

    AliasCheck(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param name the unit's name
     * @param path the option that defines it
     * @param enablement how it takes part, with its aliases
     * @param shipped whether the target ships a unit of the given name other than this one
     * @return the enablement with only the aliases that pass (a problem is recorded for each
     *     other); an alias naming a unit of the configuration is left for the tree to refuse,
     *     as two writers of one file
     */
    Enablement check(String name, OptionPath path, Enablement enablement, Predicate<String> shipped) {
        List<String> passed = new ArrayList<>();
        for (String alias : enablement.aliases()) {
            String wrong = wrong(name, alias, shipped);
            if (wrong != null) {
                problems.add(path.child("aliases"), "'" + alias + "' cannot be an alias of " + name + ": " + wrong
                        + ".");
            } else {
                passed.add(alias);
            }
        }
        return passed.size() == enablement.aliases().size() ? enablement : new Enablement(enablement.enabled(),
                enablement.wantedBy(), enablement.requiredBy(), passed, enablement.alwaysDropIn());
    }

    private static String wrong(String name, String alias, Predicate<String> shipped) {
        if (!UnitNames.isUnit(alias)) {
            return "it is not a unit name (letters, digits and :_.@\\- only, no '@' first, and a type suffix)";
        }
        if (!suffix(alias).equals(suffix(name))) {
            return "an alias has the unit's type, " + suffix(name);
        }
        if (!form(alias).equals(form(name))) {
            return "an alias of " + form(name) + " must be " + form(name) + " too";
        }
        if (alias.equals(name)) {
            return "that is its own name";
        }
        if (shipped.test(alias)) {
            return "the target has a unit of that name, which the alias would hide";
        }
        return null;
    }

    private static String suffix(String unit) {
        return unit.substring(unit.lastIndexOf('.'));
    }

    /** A unit's form, as messages say it: a template, an instance of a given name, or a plain unit. */
    private static String form(String unit) {
        if (unit.indexOf('@') < 0) {
            return "a plain unit (no '@')";
        }
        if (UnitNames.isTemplate(unit)) {
            return "a template";
        }
        return "an instance named '" + UnitNames.instance(unit) + "'";
    }
}
