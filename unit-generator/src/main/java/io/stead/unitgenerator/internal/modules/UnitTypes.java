package io.stead.unitgenerator.internal.modules;

import io.stead.unitgenerator.internal.upstream.UnitNames;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.enumOf;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.oneOf;
import static io.stead.api.Types.str;
import static io.stead.api.Types.strMatching;
import static io.stead.api.Types.valueOrList;

import io.stead.api.OptionType;

/** The option types of unit options, as NixOS's {@code systemd-lib.nix} has them. */
public final class UnitTypes {
    /** How a unit that the target already has is customised. */
    public static final String AS_DROPIN_IF_EXISTS = "asDropinIfExists";
    /** Always write the configuration as a drop-in. */
    public static final String AS_DROPIN = "asDropin";

    private UnitTypes() {
    }

    /**
     * The value of one key of {@code unitConfig}, {@code serviceConfig}, ...: NixOS's
     * {@code unitOption}. A scalar (definitions must agree) or a list (written as repeated
     * keys); if any definition is a list, all join into one, as in NixOS.
     *
     * @return the type
     */
    public static OptionType unitOption() {
        return valueOrList(oneOf(bool(), integer(), str()));
    }

    /** @return a unit name such as {@code multi-user.target} */
    public static OptionType unitName() {
        return strMatching(UnitNames.UNIT_FILE.pattern());
    }

    /** @return the list of unit names type */
    public static OptionType unitNames() {
        return listOf(unitName());
    }

    /** @return {@code asDropinIfExists} or {@code asDropin} */
    public static OptionType overrideStrategy() {
        return enumOf(AS_DROPIN_IF_EXISTS, AS_DROPIN);
    }
}
