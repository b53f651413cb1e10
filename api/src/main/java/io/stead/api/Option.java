package io.stead.api;

import java.util.Objects;

/**
 * The declaration of one option: NixOS's {@code mkOption}. Immutable; the {@code with...}
 * methods return modified copies, so a declaration reads
 * {@code Option.of("enable", bool()).withDefault(false).withDescription("Whether ...")}.
 *
 * @param path the option's path, relative to where it is {@linkplain Options#add added}
 * @param type the option's type
 * @param hasDefault whether a default is declared ({@code null} is a valid default)
 * @param defaultValue the default (a plain value or a {@link Definition}), used at priority
 *     {@link Priority#OPTION_DEFAULT}; meaningful only when {@code hasDefault}
 * @param description what the option does, for humans; never null, possibly empty
 * @param example an example value for documentation, or null
 * @param readOnly whether the option may be defined at most once
 */
public record Option(OptionPath path, OptionType type, boolean hasDefault, Object defaultValue,
                     String description, Object example, boolean readOnly) {

    /**
     * @param path not null
     * @param type not null
     * @param hasDefault whether {@code defaultValue} counts
     * @param defaultValue the default
     * @param description not null
     * @param example nullable
     * @param readOnly whether read-only
     */
    public Option {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /**
     * An option with no default, description or example.
     *
     * @param path the path in attribute-path syntax, relative to where it is added
     * @param type the type
     * @return the declaration
     */
    public static Option of(String path, OptionType type) {
        return new Option(OptionPath.parse(path), type, false, null, "", null, false);
    }

    /**
     * Gives the option a default, NixOS's {@code default}: it counts at priority
     * {@link Priority#OPTION_DEFAULT}, so a definition (plain, {@code mkDefault} or
     * {@code mkForce}) wins over it. It is checked against the
     * type when the value is read, and an error names this declaration's line.
     *
     * @param value the default (plain value or {@link Definition}, e.g. a computed one)
     * @return a copy with this default
     */
    public Option withDefault(Object value) {
        return new Option(path, type, true, value, description, example, readOnly);
    }

    /**
     * Gives the option a description, shown by {@code stead option}.
     *
     * @param text what the option does
     * @return a copy with this description
     */
    public Option withDescription(String text) {
        return new Option(path, type, hasDefault, defaultValue, text, example, readOnly);
    }

    /**
     * Gives the option an example, shown by {@code stead option}; never used as a value.
     *
     * @param value an example value for documentation
     * @return a copy with this example
     */
    public Option withExample(Object value) {
        return new Option(path, type, hasDefault, defaultValue, description, value, readOnly);
    }

    /**
     * Makes the option read-only, NixOS's {@code readOnly}: defining it more than once (its
     * default counting as once) is an error.
     *
     * @return a copy that may be defined at most once
     */
    public Option withReadOnly() {
        return new Option(path, type, hasDefault, defaultValue, description, example, true);
    }

    /**
     * @param prefix a path to put in front
     * @return a copy whose path is {@code prefix.path}
     */
    public Option under(OptionPath prefix) {
        return new Option(prefix.concat(path), type, hasDefault, defaultValue, description, example,
                readOnly);
    }
}
