package io.stead.evaluator.internal.load;

import io.stead.api.OptionPath;
import io.stead.api.Anything;
import io.stead.api.OptionType;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.Declaration;
import io.stead.evaluator.internal.decl.EditDistance;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an {@code options:} block. Keys are attribute paths; an object whose keys are all
 * declaration fields ({@code type}, {@code default}, {@code description}, {@code example},
 * {@code readOnly}) and that has a {@code type} is a declaration; any other object is a group
 * of options. A declaration without {@code type} is accepted when it cannot be read as a group,
 * and then has type {@code anything}.
 */
final class DeclarationParser {
    private static final List<String> FIELD_ORDER = List.of("type", "default", "description", "example", "readOnly");
    private static final Set<String> FIELDS = Set.copyOf(FIELD_ORDER);

    private final DefinitionParser definitions;
    private final TypeParser types;
    private final String display;
    /** While a file submodule's options are read: the option whose type it is, for messages. */
    private OptionPath shownUnder = OptionPath.ROOT;

    /**
     * @param definitions reads defaults and submodule configs
     * @param display the file's name in messages
     */
    DeclarationParser(DefinitionParser definitions, String display) {
        this.definitions = definitions;
        this.display = display;
        this.types = new TypeParser(new TypeParser.SubmoduleReader() {
            @Override
            public ModuleData read(OptionPath option, SourceNode.Mapping body) {
                return submodule(option, body);
            }
        });
    }

    List<Declaration> parse(SourceNode block) {
        List<Declaration> out = new ArrayList<>();
        group(block, OptionPath.ROOT, out);
        return out;
    }

    /**
     * @param path where the field declares: the root for {@code options:} itself, a path for a
     *     dotted {@code options.a.b:}
     * @param field the module's field
     * @return its declarations
     */
    List<Declaration> parse(OptionPath path, SourceNode.Field field) {
        if (path.isRoot()) {
            return parse(field.value());
        }
        List<Declaration> out = new ArrayList<>();
        member(path, field, out);
        return out;
    }

    private void group(SourceNode node, OptionPath prefix, List<Declaration> out) {
        if (!(node instanceof SourceNode.Mapping map)) {
            String what = prefix.isRoot() && shownUnder.isRoot() ? "'options'"
                    : "the options under '" + shown(prefix) + "'";
            // options.u.type: int declares an option u.type: the field belongs in an object
            String last = prefix.isRoot() ? null : prefix.segments().get(prefix.size() - 1);
            String field = last != null && FIELDS.contains(last) && prefix.size() > 1
                    ? "; '" + last + "' is a field of a declaration, written in its object: "
                    + shown(prefix.take(prefix.size() - 1)) + ": {" + last + ": ...}" : "";
            throw Messages.loadError(node.location(), what + " must be an attribute set of declarations"
                    + " (name: {type: ...}), not " + SourceNode.kind(node) + field);
        }
        for (SourceNode.Field f : map.fields()) {
            if (DefinitionParser.isDirective(f.key())) {
                throw Messages.loadError(f.keyLocation(), "declares '" + f.key() + "', but a key starting"
                        + " with '$' is a directive; write '$" + f.key() + "' for an option named so");
            }
            member(prefix.concat(DefinitionParser.path(f.key(), f.keyLocation())), f, out);
        }
    }

    /** One field of a group: a declaration of {@code path}, or a group below it. */
    private void member(OptionPath path, SourceNode.Field f, List<Declaration> out) {
        if (f.value() instanceof SourceNode.Mapping m && isDeclarationWithAnyType(m)) {
            out.add(declaration(path, m, f.keyLocation()));
        } else if (f.value() instanceof SourceNode.Mapping m && hasType(m)) {
            // a declaration with a misspelled field, not a group named after its fields
            throw unknownField(shown(path), m);
        } else if (f.value() instanceof SourceNode.Mapping m && hasUnreadableType(m)) {
            // a group holds only objects, so this is a declaration whose type is wrong
            types.parse(shown(path), m.field("type").value());
            throw new IllegalStateException("a type that is not a string nor an object was read: " + m);
        } else {
            group(f.value(), path, out);
        }
    }

    static boolean isDeclaration(SourceNode.Mapping m) {
        if (m.fields().isEmpty()) {
            return false;
        }
        for (SourceNode.Field f : m.fields()) {
            if (!FIELDS.contains(f.key())) {
                return false;
            }
        }
        SourceNode.Field type = m.field("type");
        return type != null ? TypeParser.looksLikeType(type.value()) : !isGroup(m);
    }

    /**
     * Like {@link #isDeclaration}, and also a mapping of declaration fields whose {@code type}
     * is a mapping that is no type, when the whole is no group of options either
     * ({@code {type: {listof: int}, default: []}}): a declaration whose type is written wrong,
     * which the type's own error then says. Asked of an option's entry only: inside the test
     * for a group it would read groups that hold an option named {@code type} as declarations.
     */
    private static boolean isDeclarationWithAnyType(SourceNode.Mapping m) {
        if (isDeclaration(m)) {
            return true;
        }
        SourceNode.Field type = m.field("type");
        if (type == null || !(type.value() instanceof SourceNode.Mapping t)
                || !m.fields().stream().allMatch(f -> FIELDS.contains(f.key()))) {
            return false;
        }
        // (a type key in another case, {Submodule: {options: ...}}, may read as a group of options
        // too; one misspelled otherwise may be a group's own name, such as 'unit' for 'uniq')
        return !isGroup(m) || (t.fields().size() == 1 && TypeParser.isTypeKeyButForCase(t.fields().get(0).key())
                && !(t.fields().get(0).value() instanceof SourceNode.Mapping inner && isDeclaration(inner)));
    }

    /** Whether a mapping has a {@code type} that is a type, as only a declaration has. */
    private static boolean hasType(SourceNode.Mapping m) {
        SourceNode.Field type = m.field("type");
        return type != null && TypeParser.looksLikeType(type.value());
    }

    /** Whether a mapping has only declaration fields and a {@code type} that no type or group is. */
    private static boolean hasUnreadableType(SourceNode.Mapping m) {
        SourceNode.Field type = m.field("type");
        return type != null && !(type.value() instanceof SourceNode.Mapping)
                && m.fields().stream().allMatch(f -> FIELDS.contains(f.key()));
    }

    private static RuntimeException unknownField(OptionPath path, SourceNode.Mapping m) {
        for (SourceNode.Field f : m.fields()) {
            if (!FIELDS.contains(f.key())) {
                // the nearest field within two edits; FIELD_ORDER, not the set, so that a tie
                // gives the same answer on every run
                String closest = EditDistance.closest(f.key(), FIELD_ORDER, 2);
                return Messages.loadError(f.keyLocation(), "the declaration of '" + path + "' has no field '"
                        + f.key() + "'" + (closest == null ? "; it takes " + String.join(", ", FIELD_ORDER)
                        : "; did you mean '" + closest + "'?"));
            }
        }
        throw new IllegalStateException("no unknown field in " + m);
    }

    private static boolean isGroup(SourceNode.Mapping m) {
        for (SourceNode.Field f : m.fields()) {
            if (!(f.value() instanceof SourceNode.Mapping inner) || !(isDeclaration(inner) || isGroup(inner))) {
                return false;
            }
        }
        return true;
    }

    private Declaration declaration(OptionPath path, SourceNode.Mapping m, Location at) {
        SourceNode.Field typeField = m.single("type");
        OptionType type = typeField == null ? new Anything() : types.parse(shown(path), typeField.value());
        SourceNode.Field def = m.single("default");
        Node defaultValue;
        try {
            defaultValue = def == null ? null : definitions.parse(def.value(), def.keyLocation());
        } catch (EvalError e) {
            throw e.placed("in the default of '" + shown(path) + "'");
        }
        String description = "";
        SourceNode.Field desc = m.single("description");
        if (desc != null) {
            if (!(desc.value() instanceof SourceNode.Scalar s) || !(s.value() instanceof String text)) {
                throw Messages.loadError(desc.keyLocation(), "the description of '" + shown(path)
                        + "' must be a string");
            }
            description = text;
        }
        boolean readOnly = false;
        SourceNode.Field ro = m.single("readOnly");
        if (ro != null) {
            if (!(ro.value() instanceof SourceNode.Scalar s) || !(s.value() instanceof Boolean b)) {
                throw Messages.loadError(ro.keyLocation(), "readOnly of '" + shown(path) + "' must be true or false");
            }
            readOnly = b;
        }
        SourceNode.Field ex = m.single("example");
        return new Declaration(path, type, defaultValue, description, ex == null ? null : PlainValue.of(ex.value()),
                readOnly, at);
    }

    /** A declaration's path as messages name it: under the option whose submodule declares it. */
    private OptionPath shown(OptionPath path) {
        return shownUnder.concat(path);
    }

    /**
     * Reads a file submodule's body: {@code {"options": {...}, "config": {...}}}.
     *
     * @param option the option whose type the submodule is, as messages name it
     * @param body the body
     */
    private ModuleData submodule(OptionPath option, SourceNode.Mapping body) {
        List<Declaration> decls = new ArrayList<>();
        ConfigParts config = new ConfigParts();
        body.single("options");
        body.single("config");
        for (SourceNode.Field f : body.fields()) {
            // dotted keys too: types.submodule { options.x = ...; } is how Nix writes one
            String part = FullFormKey.of(f.key());
            if (FullFormKey.OPTIONS.equals(part)) {
                OptionPath outer = shownUnder;
                shownUnder = option;
                try {
                    decls.addAll(parse(FullFormKey.rest(f), f));
                } finally {
                    shownUnder = outer;
                }
            } else if (part != null) {
                Node value;
                try {
                    value = definitions.parse(f.value(), f.keyLocation());
                } catch (EvalError e) {
                    OptionPath at = FullFormKey.rest(f).concat(e.within() == null ? OptionPath.ROOT : e.within());
                    throw e.placed("in the submodule type of '" + option + "'"
                            + (at.isRoot() ? "" : ", in the definition of '" + at + "'"));
                }
                config.add(f, value);
            } else {
                throw Messages.loadError(f.keyLocation(), "a submodule takes 'options' and 'config',"
                        + " not '" + f.key() + "'");
            }
        }
        Node defined = config.isEmpty() ? new Node.Attrs(List.of(), body.location()) : config.joined(body.location());
        return new ModuleData(display + ":" + body.location().line(), display, decls, List.of(), defined,
                List.of(), List.of(), body.location());
    }
}
