package io.stead.evaluator.internal.eval;

import io.stead.api.ModuleSpec;
import io.stead.api.NestedSystem;
import io.stead.api.OptionType;
import io.stead.api.Submodule;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.decl.OptionTree;
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
    private long modulesRecorded;

    /**
     * The inner modules and declarations of a submodule type.
     *
     * @param modules the modules, whose definitions every instance gets
     * @param tree their declarations
     * @param nested whether this is a nested system's shape (its modules are the system's,
     *     which merge after the instance's definitions rather than before them)
     */
    public record Shape(List<ModuleData> modules, OptionTree tree, boolean nested) {
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
        if (type instanceof NestedSystem) {
            // every service module, the ones the host's configuration disables too: their renames
            // must lead somewhere here even if the host's need not (checked once per tree)
            Shape whole = system.get();
            whole.tree().checkRenamesEndAtOptions();
            return whole;
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
