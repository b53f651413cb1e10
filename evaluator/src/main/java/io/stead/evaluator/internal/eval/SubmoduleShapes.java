package io.stead.evaluator.internal.eval;

import io.stead.api.ModuleSpec;
import io.stead.api.NestedSystem;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.model.Location;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.WeakHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The modules and option tree of each submodule type, computed once per type and shared by all
 * its instances, so that a thousand instances cost one declaration merge. A nested system's
 * shape is the system's own (every service module), so a container costs no new declarations.
 */
public final class SubmoduleShapes {
    private final ModuleRecorder recorder;
    private final Supplier<Shape> system;
    // weak: a file's submodule types live as long as the evaluation that read the file
    private final Map<Submodule, Shape> known = new WeakHashMap<>();
    private final Map<NestedSystem, Shape> knownNested = new WeakHashMap<>();
    private long modulesRecorded;

    /**
     * The inner modules and declarations of a submodule type.
     *
     * @param modules the modules, whose definitions every instance gets
     * @param tree their declarations
     * @param nested whether this is a nested system's shape (its modules are the system's,
     *     which merge after the instance's definitions rather than before them)
     * @param extra a nested system type's own modules, which every instance gets too and which
     *     read the enclosing system (NixOS's extraConfig of a container); empty for others
     */
    public record Shape(List<ModuleData> modules, OptionTree tree, boolean nested, List<ModuleData> extra) {
        /** @param extra copied */
        public Shape {
            extra = List.copyOf(extra);
        }

        /**
         * @param modules the modules
         * @param tree their declarations
         * @param nested whether this is a nested system's shape
         */
        public Shape(List<ModuleData> modules, OptionTree tree, boolean nested) {
            this(modules, tree, nested, List.of());
        }
    }

    /**
     * @param recorder records Java modules once
     * @param system the shape of a whole system, for {@link NestedSystem}, made when first asked for
     */
    public SubmoduleShapes(ModuleRecorder recorder, Supplier<Shape> system) {
        this.recorder = recorder;
        this.system = system;
    }

    /** @return how many modules of submodule types have been recorded (each once) */
    public long modulesRecorded() {
        return modulesRecorded;
    }

    /**
     * @param type a submodule type or a nested system
     * @param instance the instance asking, whose path names the type's options in a message
     *     about its declarations (the shape is kept for every instance only once it is made;
     *     the path is written out only then, not for each of a thousand instances)
     * @return the type's modules and declarations
     */
    Shape of(OptionType type, PathName instance) {
        if (type instanceof NestedSystem nested) {
            // every service module, the ones the host's configuration disables too: their renames
            // must lead somewhere here even if the host's need not (checked once per tree)
            Shape whole = system.get();
            whole.tree().checkRenamesEndAtOptions();
            return nested.modules().isEmpty() ? whole : withOwnModules(nested, whole, instance);
        }
        Submodule submodule = (Submodule) type;
        Shape shape = known.get(submodule);
        if (shape == null) {
            List<ModuleData> modules = new ArrayList<>();
            for (ModuleSpec spec : submodule.modules()) {
                modules.add(recorder.record(spec, spec.getClass().getName(), origin(spec), instance.toString()));
                modulesRecorded++;
            }
            // declarations are met in merge order, as the system's are: the type's modules
            // reversed (an instance adds their definitions so too)
            List<ModuleData> mergeOrder = new ArrayList<>(modules);
            Collections.reverse(mergeOrder);
            shape = new Shape(modules, OptionTree.build(mergeOrder, instance.toString()), false);
            shape.tree().checkRenamesEndAtOptions();
            known.put(submodule, shape);
        }
        return shape;
    }

    /**
     * A nested system whose type adds modules of its own: the system's modules and declarations,
     * shared, and those modules, recorded once per type.
     */
    private Shape withOwnModules(NestedSystem type, Shape whole, PathName instance) {
        Shape shape = knownNested.get(type);
        if (shape == null) {
            List<ModuleData> extra = new ArrayList<>();
            for (ModuleSpec spec : type.modules()) {
                ModuleData data = recorder.record(spec, spec.getClass().getName(), origin(spec), instance.toString());
                if (!data.declarations().isEmpty() || !data.aliases().isEmpty()) {
                    // they are read in the enclosing system: what they declared would be neither's
                    Location at = data.declarations().isEmpty() ? data.aliases().get(0).location()
                            : data.declarations().get(0).location();
                    throw Messages.submoduleFailed(origin(spec), at, instance.toString(),
                            new IllegalArgumentException("a nested system's own modules declare no options;"
                                    + " declare them in a service module"));
                }
                extra.add(data);
                modulesRecorded++;
            }
            shape = new Shape(whole.modules(), whole.tree(), true, extra);
            knownNested.put(type, shape);
        }
        return shape;
    }

    /**
     * @param spec a module written in Java
     * @return the path of the jar (or directory) its class comes from, as a plugin's own
     *     messages name its jar
     */
    public static String origin(Object spec) {
        var source = spec.getClass().getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return originOf(source.getLocation().toURI());
            } catch (Exception e) {
                return source.getLocation().toString();
            }
        }
        Module module = spec.getClass().getModule();
        return module.isNamed() ? module.getName() : spec.getClass().getName();
    }

    /**
     * @param codeSource where a class was loaded from
     * @return its jar's path, or {@value #BUILTIN} for code linked into the runtime image
     *     ({@code jrt:/name}): Stead's own modules, named so as their plugins are
     */
    public static String originOf(URI codeSource) {
        return "file".equals(codeSource.getScheme()) ? Path.of(codeSource).toString() : BUILTIN;
    }

    /** The origin of Stead's own modules: that of the plugins the command line finds built in. */
    private static final String BUILTIN = "builtin";
}
