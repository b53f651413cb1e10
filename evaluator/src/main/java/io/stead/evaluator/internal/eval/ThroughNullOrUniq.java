package io.stead.evaluator.internal.eval;

import io.stead.api.NullOr;
import io.stead.api.OptionType;
import io.stead.api.Uniq;

/**
 * The type below any {@code nullOr} and {@code uniq}: they take their element's values (null
 * besides, or once only) and add no level to a path, so code that asks what a type holds (the
 * options below it, the hint for a value it refuses) looks through them, as NixOS's
 * getSubOptions does.
 */
final class ThroughNullOrUniq {
    private ThroughNullOrUniq() {
    }

    /**
     * @param type a type
     * @return the type below its nullOr and uniq wrappers, or the type itself
     */
    static OptionType inner(OptionType type) {
        OptionType t = type;
        while (true) {
            if (t instanceof NullOr n) {
                t = n.element();
            } else if (t instanceof Uniq u) {
                t = u.element();
            } else {
                return t;
            }
        }
    }
}
