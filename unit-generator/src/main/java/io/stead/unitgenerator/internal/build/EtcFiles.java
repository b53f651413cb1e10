package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.config.ConfigReads;
import io.stead.unitgenerator.internal.config.SourceFiles;
import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.api.tree.EntryKind;
import io.stead.api.tree.TreeEntry;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The entries of {@code environment.etc}: text written as a file (mode 0644, or the octal
 * {@code mode}); a {@code source} linked to (mode {@code symlink}: the link points at the
 * source's path, which the target resolves, and the source is not read) or copied (an octal
 * mode: the source is read now, on the machine that builds, as NixOS copies a source into the
 * store at build time, not on the target or under {@code system.root}).
 */
final class EtcFiles {
    private final Problems problems;

    EtcFiles(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param attributeName the entry's name under {@code environment.etc}
     * @param file its configuration
     * @return its tree entry, or empty if disabled or wrong (a problem is then recorded)
     */
    Optional<TreeEntry> entry(String attributeName, Config file) {
        OptionPath path = OptionPath.of("environment", "etc", attributeName);
        if (!ConfigReads.bool(file, "enable", true)) {
            return Optional.empty();
        }
        String target = file.string("target");
        String written = target == null ? attributeName : target;
        String unwritable = unwritable(written);
        if (unwritable != null) {
            problems.add(path.child("target"), "'" + written + "' cannot be a file's path: " + unwritable + ".");
            return Optional.empty();
        }
        Optional<String> relative = normalized(written);
        if (relative.isEmpty()) {
            problems.add(path.child("target"), "'" + target + "' is not a path relative to /etc "
                    + "(no leading '/', no '.' or '..').");
            return Optional.empty();
        }
        String treePath = "etc/" + relative.get();
        String text = file.string("text");
        String source = file.string("source");
        String mode = file.string("mode");
        if (mode == null) {
            // the option's default, for a configuration read without its defaults (as ConfigReads)
            mode = "symlink";
        }
        if ((text == null) == (source == null)) {
            problems.add(path, text == null ? "set text or source." : "set text or source, not both.");
            return Optional.empty();
        }
        boolean symlink = mode.equals("symlink");
        if (text != null) {
            return Optional.of(TreeEntry.file(treePath, EntryKind.ETC_FILE, text, symlink ? 0644 : octal(mode)));
        }
        if (symlink) {
            return Optional.of(TreeEntry.link(treePath, EntryKind.ETC_FILE, source));
        }
        try {
            String copied = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(SourceFiles.read(source))).toString();
            return Optional.of(TreeEntry.file(treePath, EntryKind.ETC_FILE, copied, octal(mode)));
        } catch (CharacterCodingException e) {
            problems.add(path.child("source"), source + " is not UTF-8 text; use mode symlink to link to it.");
        } catch (SourceFiles.Unreadable e) {
            problems.add(path.child("source"), e.getMessage() + "; a copied file (a mode other than symlink)"
                    + " is read from a regular file when the system is built.");
        }
        return Optional.empty();
    }

    private static int octal(String mode) {
        return Integer.parseInt(mode, 8);
    }

    /**
     * Why no file system takes the path, or null. It comes from an attribute name as well as
     * from {@code target}, so it may hold a NUL character, which Java's paths refuse with an
     * exception, or a file name longer than Linux's NAME_MAX, which fails only when the tree is
     * written, naming no option.
     */
    private static String unwritable(String target) {
        if (target.indexOf('\0') >= 0) {
            return "it holds a NUL character";
        }
        if (FileNames.hasTooLongName(target)) {
            return "a name in it is longer than " + FileNames.NAME_MAX + " bytes";
        }
        return null;
    }

    private static Optional<String> normalized(String target) {
        if (target.isEmpty() || target.startsWith("/")) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String part : target.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(".") || part.equals("..")) {
                return Optional.empty();
            }
            out.append(out.length() == 0 ? "" : "/").append(part);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }
}
