package io.stead.evaluator;

import io.stead.api.Config;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.Show;
import io.stead.evaluator.internal.ValueJson;
import io.stead.evaluator.internal.ValueWithoutEnd;
import io.stead.evaluator.internal.decl.ModuleRecorder;
import io.stead.evaluator.internal.decl.OptionTree;
import io.stead.evaluator.internal.eval.EvalContext;
import io.stead.evaluator.internal.eval.LocatedList;
import io.stead.evaluator.internal.eval.GroupView;
import io.stead.evaluator.internal.eval.ModuleScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The evaluation of one configuration: the system scope plus reports, assertions and counters. */
final class EvaluationImpl implements Evaluation {
    private final ModuleScope system;
    private final EvalContext context;
    private final int modules;
    private final long filesRead;
    private final long recorderRunsBefore;
    private final ModuleRecorder recorder;
    private final long submodulesBefore;

    EvaluationImpl(ModuleScope system, EvalContext context, int modules, long filesRead,
                   long recorderRunsBefore, ModuleRecorder recorder, long submodulesBefore) {
        this.submodulesBefore = submodulesBefore;
        this.system = system;
        this.context = context;
        this.modules = modules;
        this.filesRead = filesRead;
        this.recorderRunsBefore = recorderRunsBefore;
        this.recorder = recorder;
    }

    @Override
    public Object value(OptionPath path) {
        return system.get(path);
    }

    @Override
    public String json(OptionPath path, boolean pretty) {
        Object value = system.get(path);
        try {
            return ValueJson.write(value, pretty);
        } catch (ValueWithoutEnd e) {
            throw system.withDefinitions(path, e.error(path.toString()));
        }
    }

    @Override
    public OptionReport report(OptionPath path) {
        return new OptionReports(system).report(path);
    }

    @Override
    public List<OptionPath> optionsUnder(OptionPath group) {
        ModuleScope.Declared found = system.locate(group);
        if (found == null || !(found.node() instanceof OptionTree.Group)) {
            return List.of();
        }
        OptionPath inScope = found.relative();
        OptionPath outside = group.take(group.size() - inScope.size());
        List<OptionPath> out = new ArrayList<>();
        for (OptionPath p : found.scope().tree().optionPaths()) {
            if (p.size() > inScope.size() && p.startsWith(inScope)) {
                out.add(outside.concat(p));
            }
        }
        return out;
    }

    @Override
    public List<String> definitionSitesWithin(OptionPath path) {
        return new ValueSites(system).of(path);
    }

    @Override
    public void checkAssertions() {
        // a nested system's assertions are its own, which NixOS checks when it builds the nested
        // system with the host: those of the nested systems this evaluation made (a build makes
        // every container's) are checked too, each named by the system it failed in. Searching
        // for all of them would record every submodule type (25 ms of a cold eval, profiled)
        // (a removed option defined under a $if that holds is a failed assertion in NixOS; here
        // it is the same error as an unconditional definition's)
        context.checkRemoved();
        List<String> failed = new ArrayList<>();
        List<String> options = new ArrayList<>();
        failedIn(system, "", failed, options);
        for (ModuleScope nested : nestedSystems()) {
            failedIn(nested, " in '" + nested.path() + "'", failed, options);
        }
        if (!failed.isEmpty()) {
            throw Messages.assertionsFailed(options, failed);
        }
    }

    /** Adds the failed assertions of one system, and its option when any failed. */
    private static void failedIn(ModuleScope scope, String where, List<String> failed, List<String> options) {
        List<Object> assertions = scope.list("assertions");
        int before = failed.size();
        for (int i = 0; i < assertions.size(); i++) {
            Map<?, ?> assertion = (Map<?, ?>) assertions.get(i);
            if (!Boolean.TRUE.equals(assertion.get("assertion"))) {
                // each names where it was defined (a merged list knows its elements' sites)
                String message = String.valueOf(assertion.get("message"));
                failed.add(where + ": " + (assertions instanceof LocatedList located
                        ? message + " (asserted in '" + located.siteOf(i) + "')" : message));
            }
        }
        if (failed.size() > before) {
            options.add(scope.nested() ? scope.path() + ".assertions" : "assertions");
        }
    }

    @Override
    public List<String> warnings() {
        // each system's: its warnings option (where, as in NixOS, the warnings about the renamed
        // options its configuration defines come first), then those its submodules' renames give
        List<String> out = new ArrayList<>(context.warnings());
        for (Object w : system.list("warnings")) {
            out.add(String.valueOf(w));
        }
        // (after the host's warnings, whose values may read, and so make, a nested system)
        List<ModuleScope> nested = nestedSystems();
        List<String> paths = new ArrayList<>(nested.size());
        for (ModuleScope n : nested) {
            paths.add(n.path());
        }
        out.addAll(context.submoduleRenameWarnings("", paths));
        for (ModuleScope n : nested) {
            for (Object w : n.list("warnings")) {
                out.add("in '" + n.path() + "': " + w);
            }
            out.addAll(context.submoduleRenameWarnings(n.path(), paths));
        }
        return out;
    }

    /** The nested systems made so far, by path: the order does not depend on what was read first. */
    private List<ModuleScope> nestedSystems() {
        TreeMap<String, ModuleScope> byPath = new TreeMap<>();
        for (ModuleScope nested : context.nestedSystems()) {
            byPath.put(nested.path(), nested);
        }
        return List.copyOf(byPath.values());
    }

    @Override
    public EvaluationStats stats() {
        // the recorder also counts the modules of submodule types, which are not the configuration's
        long submodules = context.shapes().modulesRecorded() - submodulesBefore;
        return new EvaluationStats(modules, filesRead + recorder.runs() - recorderRunsBefore - submodules,
                submodules, context.computedRuns(), context.optionsForced(), context.definitionsMerged());
    }

    @Override
    public Object get(String path) {
        return system.get(path);
    }

    @Override
    public boolean isDefined(String path) {
        return system.isDefined(path);
    }

    @Override
    public Config at(String path) {
        return system.at(path);
    }

    @Override
    public String name() {
        return system.name();
    }

    @Override
    public String toString() {
        return "evaluation of " + modules + " modules";
    }

    GroupView view() {
        return system.view();
    }
}
