package io.stead.api;

/**
 * The type of an option: what values it accepts, how it is described in errors and docs, and
 * (by the evaluator) how several definitions merge into one value.
 *
 * <p>Values seen by types are plain Java values: {@link Boolean}, {@link Long}, {@link Double},
 * {@link String}, {@link java.util.List}, {@link java.util.Map} with string keys,
 * {@link io.stead.api.SystemPackage}, or {@code null}. Use the factories in {@link Types}.
 */
public sealed interface OptionType
        permits Bool, Int, FloatNumber, Str, Lines, Commas, AbsolutePath, Port, UnsignedInt,
                PositiveInt, Anything, Attrs, PackageType, ListOf, AttrsOf, LazyAttrsOf, NullOr,
                Uniq, EnumOf, Either, OneOf, IntsBetween, StrMatching, Submodule, NestedSystem, ValueOrList {

    /**
     * The human description used in error messages and documentation, such as
     * {@code list of (attribute set of string)}.
     *
     * @return the description, never null
     */
    String description();

    /**
     * Whether a single definition value has the shape this type accepts. For container types
     * (lists, attribute sets, submodules) only the outer shape is checked here; elements are
     * checked when they are merged.
     *
     * @param value a plain value, possibly null
     * @return true if the value is acceptable
     */
    boolean check(Object value);

    /**
     * How this type's description reads when nested in another's: a plain noun ("string") needs
     * no parentheses, anything else does ("list of (attribute set of string)").
     *
     * @return true for a plain noun
     */
    default boolean isNoun() {
        return false;
    }

    /**
     * This type's description as it reads inside another type's description.
     *
     * @param type the nested type
     * @return its description, parenthesised unless it is a noun
     */
    static String nested(OptionType type) {
        return type.isNoun() ? type.description() : "(" + type.description() + ")";
    }
}
