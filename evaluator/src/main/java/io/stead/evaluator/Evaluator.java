package io.stead.evaluator;

import io.stead.api.ConfigException;
import io.stead.api.ServiceModule;
import io.stead.evaluator.internal.CoreModule;
import io.stead.evaluator.internal.decl.JavaValues;
import io.stead.evaluator.internal.decl.ModuleData;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.eval.EvalContext;
import io.stead.evaluator.internal.eval.ModuleScope;
import io.stead.evaluator.internal.eval.SubmoduleShapes;
import io.stead.evaluator.internal.load.FileNames;
import io.stead.evaluator.internal.load.ModuleCollector;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import io.stead.api.OptionPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the evaluator. An evaluator records every service module once (their
 * {@code options} and {@code config} methods run here, a single time) and evaluates any number
 * of configurations with them. Not thread-safe: use one evaluator per thread.
 */
public final class Evaluator {
    private final List<PluginSource> plugins;
    private final ModuleRecorder recorder = new ModuleRecorder();
    private final List<ModuleData> systemModules;
    private final OptionTree systemTree;
    private final long recordedAtCreation;
    private final SubmoduleShapes shapes;
    private int evaluations;

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
        List<ModuleData> modules = new ArrayList<>();
        modules.add(recorder.record(new CoreModule(), "core", "builtin"));
        for (PluginSource p : sorted) {
            ServiceModule m = p.module();
            modules.add(recorder.record(m, m.name(), p.location()));
        }
        this.systemModules = List.copyOf(modules);
        this.systemTree = OptionTree.build(systemModules);
        this.recordedAtCreation = recorder.runs();
        // submodule types' trees are shared by every evaluation, as their modules are
        this.shapes = new SubmoduleShapes(recorder, new SubmoduleShapes.Shape(systemModules, systemTree));
    }

    /**
     * Records every module (running their declaration and definition code once) and merges
     * their declarations.
     *
     * @param plugins every service module to take part (plugins and base modules)
     * @return an evaluator
     * @throws ConfigException if a module's code throws (the message names its jar) or two
     *     modules declare one option incompatibly
     */
    public static Evaluator create(List<PluginSource> plugins) {
        return new Evaluator(plugins);
    }

    /**
     * Loads the request's files and prepares a lazy evaluation. Loading and structural errors
     * (malformed files, undeclared options) are thrown here; errors in values when the values
     * are read.
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
        EvalContext context = new EvalContext(recorder, shapes);
        ModuleCollector collector = new ModuleCollector(FileNames.ofProcess(), files.reading());
        List<ModuleData> modules = new ArrayList<>(collector.collect(systemModules, request.files()));
        for (String warning : collector.warnings()) {
            context.warn(warning);
        }
        if (!request.commandLine().isEmpty()) {
            modules.add(0, commandLine(request.commandLine()));
        }
        java.util.Set<ModuleData> builtin = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        builtin.addAll(systemModules);
        boolean filesDeclare = false;
        int pluginsKept = 0;
        for (ModuleData m : modules) {
            if (builtin.contains(m)) {
                pluginsKept++;
            } else if (!m.declarations().isEmpty() || !m.aliases().isEmpty()) {
                filesDeclare = true;
            }
        }
        boolean pluginDisabled = pluginsKept < systemModules.size();
        // the service modules' tree is shared; a configuration that adds or removes declarations gets its own
        OptionTree tree = filesDeclare || pluginDisabled ? OptionTree.build(modules) : systemTree;
        ModuleScope system = ModuleScope.system(context, modules, tree);
        // the service modules ran when this evaluator was made: they count for its first evaluation
        long alreadyRun = evaluations++ == 0 ? recordedAtCreation : 0;
        return new EvaluationImpl(system, context, modules.size(), alreadyRun + collector.filesLoaded(), before,
                recorder);
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
