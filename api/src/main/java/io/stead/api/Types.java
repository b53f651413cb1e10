package io.stead.api;

import java.util.Arrays;
import java.util.List;

/**
 * Factories for option types, named as in NixOS's {@code lib.types}, for use with
 * {@code import static io.stead.api.Types.*}. How each type checks and merges its definitions
 * is said on the type it returns.
 */
public final class Types {
    private Types() {
    }

    /** @return {@code bool} (a {@link Bool}) */
    public static OptionType bool() {
        return new Bool();
    }

    /** @return {@code int}: a signed integer (a {@link Int}) */
    public static OptionType integer() {
        return new Int();
    }

    /** @return {@code float} (a {@link FloatNumber}) */
    public static OptionType floatNumber() {
        return new FloatNumber();
    }

    /** @return {@code str}: a string, equal definitions only (a {@link Str}) */
    public static OptionType str() {
        return new Str();
    }

    /** @return {@code lines}: strings joined with newlines (a {@link Lines}) */
    public static OptionType lines() {
        return new Lines();
    }

    /** @return {@code commas}: strings joined with commas (a {@link Commas}) */
    public static OptionType commas() {
        return new Commas();
    }

    /** @return {@code path}: an absolute path (a {@link AbsolutePath}) */
    public static OptionType path() {
        return new AbsolutePath();
    }

    /** @return {@code port}: 0 to 65535 (a {@link Port}) */
    public static OptionType port() {
        return new Port();
    }

    /** @return {@code unsignedInt}: at least 0 (a {@link UnsignedInt}) */
    public static OptionType unsignedInt() {
        return new UnsignedInt();
    }

    /** @return {@code positiveInt}: at least 1 (a {@link PositiveInt}) */
    public static OptionType positiveInt() {
        return new PositiveInt();
    }

    /** @return {@code anything} (a {@link Anything}) */
    public static OptionType anything() {
        return new Anything();
    }

    /** @return {@code attrs}: an attribute set of anything, merged shallowly (a {@link Attrs}) */
    public static OptionType attrs() {
        return new Attrs();
    }

    /** @return {@code package} (a {@link PackageType}) */
    public static OptionType pkg() {
        return new PackageType();
    }

    /**
     * @param element the element type
     * @return {@code listOf element} (a {@link ListOf})
     */
    public static OptionType listOf(OptionType element) {
        return new ListOf(element);
    }

    /**
     * @param element the value type
     * @return {@code attrsOf element} (a {@link AttrsOf})
     */
    public static OptionType attrsOf(OptionType element) {
        return new AttrsOf(element);
    }

    /**
     * @param element the value type
     * @return {@code lazyAttrsOf element} (a {@link LazyAttrsOf})
     */
    public static OptionType lazyAttrsOf(OptionType element) {
        return new LazyAttrsOf(element);
    }

    /**
     * @param element the type of non-null values
     * @return {@code nullOr element} (a {@link NullOr})
     */
    public static OptionType nullOr(OptionType element) {
        return new NullOr(element);
    }

    /**
     * @param element the underlying type
     * @return {@code uniq element} (a {@link Uniq})
     */
    public static OptionType uniq(OptionType element) {
        return new Uniq(element);
    }

    /**
     * @param values the accepted values (strings, longs or booleans)
     * @return {@code enum [values]} (a {@link EnumOf})
     */
    public static OptionType enumOf(Object... values) {
        return new EnumOf(Arrays.asList(values));
    }

    /**
     * @param left the first alternative
     * @param right the second alternative
     * @return {@code either left right} (a {@link Either})
     */
    public static OptionType either(OptionType left, OptionType right) {
        return new Either(left, right);
    }

    /**
     * @param value the type of a single value and of each element of a list
     * @return one value or a list of them, joined into one list if any definition is a list
     *     (a {@link ValueOrList}; NixOS's systemd {@code unitOption})
     */
    public static OptionType valueOrList(OptionType value) {
        return new ValueOrList(value);
    }

    /**
     * @param types the alternatives
     * @return {@code oneOf [types]} (a {@link OneOf})
     */
    public static OptionType oneOf(OptionType... types) {
        return new OneOf(List.of(types));
    }

    /**
     * @param lowest smallest accepted value
     * @param highest largest accepted value
     * @return {@code ints.between lowest highest} (a {@link IntsBetween})
     */
    public static OptionType intsBetween(long lowest, long highest) {
        return new IntsBetween(lowest, highest);
    }

    /**
     * @param regex the pattern the whole string must match
     * @return {@code strMatching regex} (a {@link StrMatching})
     */
    public static OptionType strMatching(String regex) {
        return new StrMatching(regex);
    }

    /**
     * A submodule declaring the given options (paths relative to the submodule).
     *
     * @param options the inner options
     * @return {@code submodule { options = ...; }} (a {@link Submodule})
     */
    public static OptionType submodule(Option... options) {
        List<Option> list = List.of(options);
        return new Submodule(List.of(new ModuleSpec() {
            @Override
            public void options(Options sink) {
                list.forEach(sink::add);
            }
        }));
    }

    /**
     * A submodule made of the given modules, which may declare options and define inner
     * configuration (reading the submodule's own name and values).
     *
     * @param first the first inner module
     * @param more further inner modules
     * @return {@code submodule [modules]} (a {@link Submodule})
     */
    public static OptionType submodule(ModuleSpec first, ModuleSpec... more) {
        List<ModuleSpec> modules = new java.util.ArrayList<>();
        modules.add(first);
        modules.addAll(List.of(more));
        return new Submodule(modules);
    }

    /** @return a whole nested system configuration, as a container has (a {@link NestedSystem}) */
    public static OptionType nestedSystem() {
        return new NestedSystem();
    }

    /**
     * @param modules modules that every instance gets besides the system's, reading the
     *     enclosing system (see {@link NestedSystem})
     * @return a whole nested system configuration with those modules (a {@link NestedSystem})
     */
    public static OptionType nestedSystem(ModuleSpec... modules) {
        return new NestedSystem(List.of(modules));
    }
}
