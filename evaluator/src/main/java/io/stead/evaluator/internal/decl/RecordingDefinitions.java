package io.stead.evaluator.internal.decl;

import io.stead.api.Config;
import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.model.Condition;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The evaluator's {@link Definitions}: records each definition as an entry of the module's
 * attribute set, wrapped in the conditions of {@link #when}, with the plugin source line.
 */
final class RecordingDefinitions implements Definitions {
    private final ModuleRecording recording;
    private final OptionPath prefix;
    private final List<Condition> conditions;

    RecordingDefinitions(ModuleRecording recording, OptionPath prefix, List<Condition> conditions) {
        this.recording = recording;
        this.prefix = prefix;
        this.conditions = List.copyOf(conditions);
    }

    @Override
    public void set(String path, Object value) {
        record(path, value, recording.callSite());
    }

    @Override
    public void compute(String path, Function<Config, ?> value) {
        record(path, Definition.computed(value), recording.callSite());
    }

    private void record(String path, Object value, Location at) {
        recording.checkOpen();
        OptionPath where = prefix.concat(OptionPath.parse(path));
        Node node = JavaValues.toNode("definition", where.toString(), value, at);
        if (!conditions.isEmpty()) {
            node = new Node.When(conditions, node, at);
        }
        recording.entries().add(new Node.Entry(where, node));
    }

    @Override
    public Definitions when(String... more) {
        if (more.length == 0) {
            // when() with nothing held always: the plugin meant a condition and gave none
            throw new IllegalArgumentException("when() needs a condition, such as \"services.foo.enable\"");
        }
        List<Condition> all = new ArrayList<>(conditions);
        for (String c : more) {
            all.add(Condition.parse(c));
        }
        return new RecordingDefinitions(recording, prefix, all);
    }

    @Override
    public Definitions under(String path) {
        return new RecordingDefinitions(recording, prefix.concat(OptionPath.parse(path)), conditions);
    }
}
