package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.lines;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.path;
import static io.stead.api.Types.str;
import static io.stead.api.Types.strMatching;

import io.stead.api.Config;
import io.stead.api.Definition;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;

/** The options of one file under {@code /etc} ({@code environment.etc.<name>}), as NixOS's etc.nix. */
public final class EtcFileOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("enable", bool()).withDefault(true)
                .withDescription("Whether this file is written."));
        // the tree keeps a file's permission bits only (TreeWriter): a setuid, setgid or sticky
        // bit ("4755") was recorded in the manifest but silently left off the file
        options.add(Option.of("mode", strMatching("symlink|0?[0-7]{3}")).withDefault("symlink")
                .withExample("0600")
                .withDescription("The file's permissions in octal (read, write and execute bits only: no "
                        + "setuid, setgid or sticky bit), or symlink: a link to source (for text, a file of "
                        + "mode 0644)."));
        options.add(Option.of("source", nullOr(path())).withDefault(null)
                .withDescription("An absolute path whose file this one is. With mode symlink, a link "
                        + "to that path, which the target resolves (the file is not read at build "
                        + "time); with an octal mode, a copy of its text, read at build time on the "
                        + "machine that builds (as NixOS copies a source into the store), not on the "
                        + "target."));
        options.add(Option.of("target", str())
                .withDefault(Definition.computed(Config::name))
                .withDescription("The path relative to /etc; by default the attribute name."));
        options.add(Option.of("text", nullOr(lines())).withDefault(null)
                .withDescription("The file's text. Exactly one of text and source must be set."));
    }
}
