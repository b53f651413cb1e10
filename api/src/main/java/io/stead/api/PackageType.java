package io.stead.api;

/**
 * A package: a Debian package name or an absolute path to a directory holding a package tree.
 */
public record PackageType() implements OptionType {
    @Override
    public String description() {
        return "package";
    }

    @Override
    public boolean check(Object value) {
        return value instanceof io.stead.api.SystemPackage || (value instanceof String s && io.stead.api.SystemPackage.isValidSpec(s));
    }

    @Override
    public boolean isNoun() {
        return true;
    }
}
