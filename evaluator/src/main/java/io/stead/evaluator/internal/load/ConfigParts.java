package io.stead.evaluator.internal.load;

import io.stead.api.OptionPath;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's {@code config}, from its {@code config:} key and its dotted {@code config.*} keys,
 * joined as Nix joins {@code { config = { ... }; config.x = ...; }}: only attribute sets written
 * out join, so a {@code config:} that is a directive must be the only part.
 */
final class ConfigParts {
    private final List<SourceNode.Field> fields = new ArrayList<>();
    private final List<OptionPath> paths = new ArrayList<>();
    private final List<Node> values = new ArrayList<>();

    /**
     * @param field a top-level field that is {@code config} or below it
     * @param value its definitions
     */
    void add(SourceNode.Field field, Node value) {
        fields.add(field);
        paths.add(FullFormKey.rest(field));
        values.add(value);
    }

    /** @return whether no part was added */
    boolean isEmpty() {
        return fields.isEmpty();
    }

    /**
     * @param at where the joined config is written
     * @return the config
     * @throws io.stead.evaluator.internal.EvalError if a {@code config:} that is not an attribute
     *     set has dotted keys beside it
     */
    Node joined(Location at) {
        if (values.size() == 1 && paths.get(0).isRoot()) {
            return values.get(0);
        }
        List<Node.Entry> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Node value = values.get(i);
            if (!paths.get(i).isRoot()) {
                entries.add(new Node.Entry(paths.get(i), value));
            } else if (value instanceof Node.Attrs attrs) {
                entries.addAll(attrs.entries());
            } else {
                SourceNode.Field f = fields.get(i);
                throw Messages.loadError(f.keyLocation(), "'config' is "
                        + (f.value() instanceof SourceNode.Mapping ? "a directive" : SourceNode.kind(f.value()))
                        + " here, so the dotted keys 'config.*' beside it cannot add to it; write them inside it");
            }
        }
        return new Node.Attrs(entries, at);
    }
}
