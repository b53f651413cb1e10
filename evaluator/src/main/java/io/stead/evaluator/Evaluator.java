package io.stead.evaluator;

import io.stead.api.ConfigException;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.decl.JavaValues;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.eval.EvalContext;
import io.stead.evaluator.internal.eval.ModuleScope;
import io.stead.evaluator.internal.eval.SubmoduleShapes;
import io.stead.evaluator.internal.eval.SystemRenameWarnings;
import io.stead.evaluator.internal.load.FileNames;
import io.stead.evaluator.internal.load.ModuleCollector;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Entry point of the evaluator. An evaluator records each service module once, when an
 * evaluation first needs it (its {@code options} and {@code config} methods run then, a single
 * time), and evaluates any number of configurations with them. A module that a configuration
 * disables ({@code disabledModules}) does not run for it, as a disabled module is not
 * evaluated in NixOS: disabling a plugin whose code fails is a way round it. Not thread-safe:
 * use one evaluator per thread.
 */
public final class Evaluator {
    /**
     * The name of the evaluator's own module (the {@code assertions} and {@code warnings}
     * options), which no service module may take: {@code disabledModules} names modules by it.
     */
    public static final String CORE = "core";

    private final List<PluginSource> plugins;
    private final ModuleRecorder recorder = new ModuleRecorder();
    /** The modules' names in order, the evaluator's own first: the order plugins merge in. */
    private final List<String> names;
    /** The plugin of each name (none for the evaluator's own, first), and each one once recorded. */
    private final PluginSource[] sources;
    private final ModuleData[] recorded;
    private SubmoduleShapes.Shape everyModule; // every module recorded, and their declarations
    private final SubmoduleShapes shapes;

    // Code that every run goes through is written without lambdas and streams: in a cold JVM
    // each lambda is linked on first use, which cost milliseconds in all (profiled)
    private static final Comparator<PluginSource> BY_MODULE_NAME = new Comparator<>() {
        @Override
        public int compare(PluginSource a, PluginSource b) {
            return a.module().name().compareTo(b.module().name());
        }
    };

    private Evaluator(List<PluginSource> plugins) {
        this.plugins = List.copyOf(plugins);
        List<PluginSource> sorted = new ArrayList<>(plugins);
        sorted.sort(BY_MODULE_NAME);
        List<String> order = new ArrayList<>();
        order.add(CORE);
        this.sources = new PluginSource[sorted.size() + 1];
        checkNames(plugins);
        for (int i = 0; i < sorted.size(); i++) {
            order.add(sorted.get(i).module().name());
            sources[i + 1] = sorted.get(i);
        }
        this.names = List.copyOf(order);
        this.recorded = new ModuleData[names.size()];
        // submodule types' trees are shared by every evaluation, as their modules are; a nested
        // system (a container's configuration) has every module
        this.shapes = new SubmoduleShapes(recorder, new Supplier<SubmoduleShapes.Shape>() {
            @Override
            public SubmoduleShapes.Shape get() {
                return everyModule();
            }
        });
    }

    /**
     * Names are how modules are disabled and ordered, and how messages tell them apart: two
     * modules of one name (or one named as the evaluator's own) would be disabled together.
     */
    private static void checkNames(List<PluginSource> plugins) {
        Map<String, String> seen = new HashMap<>();
        for (PluginSource p : plugins) {
            String name = p.module().name();
            if (CORE.equals(name)) {
                throw Messages.nameTaken(name, p.location(), "'" + CORE + "' is the name of Stead's own module"
                        + " (assertions, warnings)");
            }
            String first = seen.putIfAbsent(name, p.location());
            if (first != null) {
                throw Messages.nameTaken(name, p.location(), "a service module named '" + name + "' comes from "
                        + first + " already");
            }
        }
    }

    /**
     * An evaluator of these modules. Their code runs when an evaluation first needs them (see
     * {@link #checkModules} to run it now).
     *
     * @param plugins every service module to take part (plugins and base modules)
     * @return an evaluator
     * @throws ConfigException if two modules have one name, or one is named {@link #CORE}
     */
    public static Evaluator create(List<PluginSource> plugins) {
        return new Evaluator(plugins);
    }

    /**
     * Records every module now, if an evaluation has not, and merges their declarations: what
     * an evaluation that disables nothing does first. {@code stead plugins} checks with it that
     * the plugins fit together.
     *
     * @throws ConfigException if a module's code throws (the message names its jar), two
     *     modules declare one option incompatibly, or a rename leads to no option (which every
     *     evaluation would refuse)
     */
    public void checkModules() {
        everyModule().tree().checkRenamesEndAtOptions();
    }

    /**
     * Loads the request's files and prepares a lazy evaluation. Loading and structural errors
     * (malformed files, undeclared options, a module whose code throws) are thrown here; errors
     * in values when the values are read.
     *
     * @param request what to evaluate
     * @return the evaluation
     * @throws ConfigException on a loading or structural error
     */
    public Evaluation evaluate(EvaluationRequest request) {
        try (ReadAhead files = ReadAhead.start(request.files())) {
            return evaluate(request, files);
        }
    }

    /**
     * Like {@link #evaluate(EvaluationRequest)}, taking the files already read by a
     * {@link ReadAhead} from it.
     *
     * @param request what to evaluate
     * @param files files being read ahead, typically the request's; the caller closes it
     * @return the evaluation
     * @throws ConfigException on a loading or structural error
     */
    public Evaluation evaluate(EvaluationRequest request, ReadAhead files) {
        long before = recorder.runs();
        long submodulesBefore = shapes.modulesRecorded();
        EvalContext context = new EvalContext(recorder, shapes);
        ModuleCollector collector = new ModuleCollector(FileNames.ofProcess(), files.reading());
        ModuleCollector.Collected collected = collector.collect(names, request.files());
        for (String warning : collector.warnings()) {
            context.warn(warning);
        }
        boolean pluginDisabled = collected.plugins().size() < names.size();
        List<ModuleData> kept;
        if (pluginDisabled) {
            kept = new ArrayList<>();
            Set<String> keptNames = new HashSet<>(collected.plugins());
            for (int i = 0; i < names.size(); i++) {
                if (keptNames.contains(names.get(i))) {
                    kept.add(recorded(i));
                }
            }
        } else {
            kept = everyModule().modules();
        }
        List<ModuleData> modules = collected.inMergeOrder(kept);
        if (!request.commandLine().isEmpty()) {
            modules.add(0, commandLine(request.commandLine()));
        }
        boolean filesDeclare = false;
        for (ModuleData m : collected.files()) {
            if (!m.declarations().isEmpty() || !m.aliases().isEmpty()) {
                filesDeclare = true;
            }
        }
        // the service modules' tree is shared; a configuration that adds or removes declarations gets its own
        OptionTree tree = filesDeclare || pluginDisabled ? OptionTree.build(modules) : everyModule().tree();
        tree.checkRenamesEndAtOptions();
        ModuleScope system = ModuleScope.system(context, modules, tree);
        // modules recorded for this evaluation are counted by the recorder; files here
        return new EvaluationImpl(system, context, modules.size(), collector.filesLoaded(), before, recorder,
                submodulesBefore);
    }

    /** Every module, recorded once, with their merged declarations. */
    private SubmoduleShapes.Shape everyModule() {
        if (everyModule == null) {
            List<ModuleData> all = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                all.add(recorded(i));
            }
            everyModule = new SubmoduleShapes.Shape(List.copyOf(all), OptionTree.build(all), true);
        }
        return everyModule;
    }

    /** The i-th module, recorded (its code run) the first time it is asked for. */
    private ModuleData recorded(int i) {
        if (recorded[i] == null) {
            PluginSource p = sources[i];
            recorded[i] = p == null ? recorder.record(new CoreModule(new SystemRenameWarnings()), CORE, "builtin")
                    : recorder.record(p.module(), names.get(i), p.location());
        }
        return recorded[i];
    }

    /** The command line's definitions form one module, merged first (it is last in module order). */
    private static ModuleData commandLine(Map<String, Object> definitions) {
        Location at = Location.of("command line");
        List<Node.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> e : definitions.entrySet()) {
            entries.add(new Node.Entry(OptionPath.parse(e.getKey()), JavaValues.toNode(e.getValue(), at)));
        }
        return new ModuleData("command line", "command line", List.of(), List.of(), new Node.Attrs(entries, at),
                List.of(), List.of(), at);
    }

    /** @return the modules this evaluator was made with */
    public List<PluginSource> plugins() {
        return plugins;
    }
}
