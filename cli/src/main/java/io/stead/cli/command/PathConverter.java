package io.stead.cli.command;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a file or directory argument. Picocli's own converter for {@code Path} calls
 * {@code Paths.get} by reflection, and making that reflective call costs a cold process about
 * 7 ms (profiled: the method accessor it spins), more than the rest of parsing the command line.
 */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isEmpty()) {
            // (Path.of("") is the working directory: -o '' would have been that)
            throw new TypeConversionException("an empty path names no file or directory");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "' is not a path: " + e.getReason());
        }
    }
}
