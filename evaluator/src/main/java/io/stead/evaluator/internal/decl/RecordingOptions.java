package io.stead.evaluator.internal.decl;

import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;

/**
 * The evaluator's {@link Options}: records declarations, renames and removals as data, each
 * with the plugin source line that made it. Valid only while the module's {@code options}
 * method runs.
 */
final class RecordingOptions implements Options {
    private final ModuleRecording recording;
    private final OptionPath prefix;

    RecordingOptions(ModuleRecording recording, OptionPath prefix) {
        this.recording = recording;
        this.prefix = prefix;
    }

    @Override
    public void add(Option option) {
        recording.checkOpen();
        var at = recording.callSite();
        OptionPath path = prefix.concat(option.path());
        if (path.isRoot()) {
            // the root is the whole configuration: an option there was listed, then ignored
            throw new IllegalArgumentException("an option needs a name: \"\" is the root of the configuration");
        }
        recording.declarations().add(new Declaration(path, ApiSubmodules.recordAt(option.type(), recording.origin(), at),
                option.hasDefault() ? JavaValues.toNode("default", path.toString(), option.defaultValue(), at) : null,
                option.description(), option.example(), option.readOnly(), at));
    }

    @Override
    public Options under(String path) {
        return new RecordingOptions(recording, prefix.concat(OptionPath.parse(path)));
    }

    @Override
    public void rename(String from, String to) {
        recording.checkOpen();
        recording.aliases().add(new Alias(prefix.concat(OptionPath.parse(from)), OptionPath.parse(to), null,
                recording.callSite()));
    }

    @Override
    public void remove(String path, String replacement) {
        recording.checkOpen();
        recording.aliases().add(new Alias(prefix.concat(OptionPath.parse(path)), null, replacement,
                recording.callSite()));
    }
}
