package io.stead.api;

/**
 * How one type's description reads inside another's, after the classes of NixOS's
 * {@code optionDescriptionPhrase}: an "or" phrase (a conjunction) reads flat in another "or"
 * phrase, and a noun followed by a clause ("positive integer, meaning >0") is parenthesised
 * wherever it is nested, except first in an {@code either}, where a comma closes it.
 */
final class DescriptionPhrases {
    private DescriptionPhrases() {
    }

    /** @return whether the description is an "or" phrase: either, oneOf, nullOr, an enum of several values */
    static boolean isConjunction(OptionType type) {
        OptionType t = described(type);
        return t instanceof Either || t instanceof NullOr || t instanceof ValueOrList
                || t instanceof OneOf o && (o.types().size() > 1 || isConjunction(o.types().get(0)))
                || t instanceof EnumOf e && e.values().size() > 1;
    }

    /** @return whether the description is a noun and a clause after a comma */
    static boolean isClause(OptionType type) {
        OptionType t = described(type);
        return t instanceof UnsignedInt || t instanceof PositiveInt
                || t instanceof OneOf o && o.types().size() == 1 && isClause(o.types().get(0));
    }

    /** @return the type's description as one alternative of an "or" phrase */
    static String alternative(OptionType type) {
        return isConjunction(type) ? type.description() : OptionType.nested(type);
    }

    /** @return the description of the first alternative, before " or " */
    static String firstAlternative(OptionType type) {
        return isClause(type) ? type.description() + "," : alternative(type);
    }

    /** uniq takes its element's description, and so its class, as NixOS's unique does */
    private static OptionType described(OptionType type) {
        return type instanceof Uniq u ? described(u.element()) : type;
    }
}
