package io.stead.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an argument naming a directory that must exist, such as {@code --root}: a target root
 * that is missing or a file reads as one with nothing installed, so a mistyped one silently
 * built another tree (the upstream units written in full instead of customised).
 */
final class DirectoryConverter implements ITypeConverter<Path> {
    private final PathConverter paths = new PathConverter();

    @Override
    public Path convert(String value) {
        Path path = paths.convert(value);
        if (!Files.isDirectory(path)) {
            throw new TypeConversionException("'" + value + "' is not a directory"
                    + (Files.exists(path) ? "" : ": it does not exist"));
        }
        return path;
    }
}
