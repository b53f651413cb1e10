package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.api.Config;
import io.stead.unitgenerator.internal.modules.UnitTypes;
import java.util.List;

/**
 * How a unit takes part in the system, whatever its kind: whether it exists or is masked, what
 * pulls it in, its aliases, and whether it is always a drop-in.
 *
 * @param enabled false to mask the unit
 * @param wantedBy units whose {@code .wants/} link to it
 * @param requiredBy units whose {@code .requires/} link to it
 * @param aliases other names linked to it
 * @param alwaysDropIn whether {@code overrideStrategy} is {@code asDropin}
 */
public record Enablement(boolean enabled, List<String> wantedBy, List<String> requiredBy,
                         List<String> aliases, boolean alwaysDropIn) {
    /**
     * @param enabled see above
     * @param wantedBy copied
     * @param requiredBy copied
     * @param aliases copied
     * @param alwaysDropIn see above
     */
    public Enablement {
        wantedBy = List.copyOf(wantedBy);
        requiredBy = List.copyOf(requiredBy);
        aliases = List.copyOf(aliases);
    }

    /**
     * Reads {@code enable}, {@code wantedBy}, {@code requiredBy}, {@code aliases} and
     * {@code overrideStrategy} of a unit.
     *
     * @param unit the unit's configuration
     * @return its enablement
     */
    public static Enablement read(Config unit) {
        return new Enablement(ConfigReads.bool(unit, "enable", true),
                ConfigReads.strings(unit, "wantedBy"), ConfigReads.strings(unit, "requiredBy"),
                ConfigReads.strings(unit, "aliases"),
                UnitTypes.AS_DROPIN.equals(unit.string("overrideStrategy")));
    }
}
