package io.stead.cli.command;

import io.stead.api.OptionPath;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an attribute path argument, so that a malformed one is a usage error before any work. */
final class OptionPathConverter implements ITypeConverter<OptionPath> {
    @Override
    public OptionPath convert(String value) {
        try {
            return OptionPath.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not an attribute path: " + e.getMessage());
        }
    }
}
