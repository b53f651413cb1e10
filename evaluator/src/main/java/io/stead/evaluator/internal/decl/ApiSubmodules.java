package io.stead.evaluator.internal.decl;

import io.stead.api.Either;
import io.stead.api.ModuleSpec;
import io.stead.api.OneOf;
import io.stead.api.OptionPath;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The inner modules that {@code Types.submodule(Option...)} makes are the API's own code, which
 * the evaluator runs when it first meets the type: no frame of the plugin is on the stack then,
 * so their declarations were placed at whatever had called the evaluator
 * ({@code stead-api.jar!EvaluationImpl.java:44}). They are recorded where the plugin declares
 * the option instead, at once: they only declare the options they were given, so running them
 * early runs no plugin code.
 */
final class ApiSubmodules {
    private ApiSubmodules() {
    }

    /**
     * @param type a declared type
     * @param origin the declaring plugin's jar
     * @param at where the plugin declares the option
     * @return the type, its API-made inner modules recorded at {@code at}; the same instance
     *     when it has none
     */
    static OptionType recordAt(OptionType type, String origin, Location at) {
        if (type instanceof Submodule s) {
            List<ModuleSpec> modules = new ArrayList<>(s.modules().size());
            boolean changed = false;
            for (ModuleSpec spec : s.modules()) {
                ModuleSpec recorded = isApis(spec) ? new FileSubmodule(record(spec, origin, at)) : spec;
                changed |= recorded != spec;
                modules.add(recorded);
            }
            return changed ? new Submodule(modules) : type;
        }
        OptionType element = TypeWrappers.element(type);
        if (element != null) {
            OptionType e = recordAt(element, origin, at);
            return e == element ? type : TypeWrappers.rewrap(type, e);
        }
        if (type instanceof Either e) {
            OptionType left = recordAt(e.left(), origin, at);
            OptionType right = recordAt(e.right(), origin, at);
            return left == e.left() && right == e.right() ? type : new Either(left, right);
        }
        if (type instanceof OneOf o) {
            List<OptionType> types = new ArrayList<>(o.types().size());
            boolean changed = false;
            for (OptionType t : o.types()) {
                OptionType r = recordAt(t, origin, at);
                changed |= r != t;
                types.add(r);
            }
            return changed ? new OneOf(types) : type;
        }
        return type;
    }

    /** A module the API made (as {@code Types.submodule(Option...)} does), not one a plugin wrote. */
    private static boolean isApis(ModuleSpec spec) {
        return spec.getClass().getName().startsWith("io.stead.api.");
    }

    private static ModuleData record(ModuleSpec spec, String origin, Location at) {
        ModuleRecording recording = new ModuleRecording(origin, at);
        try {
            spec.options(new RecordingOptions(recording, OptionPath.ROOT));
            spec.config(new RecordingDefinitions(recording, OptionPath.ROOT, List.of()));
        } finally {
            recording.close();
        }
        String key = spec.getClass().getName();
        return new ModuleData(key, key + " (" + origin + ")", recording.declarations(), recording.aliases(),
                new Node.Attrs(recording.entries(), at), List.of(), List.of(), at);
    }
}
