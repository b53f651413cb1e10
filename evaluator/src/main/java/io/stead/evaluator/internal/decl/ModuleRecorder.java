package io.stead.evaluator.internal.decl;

import io.stead.api.ModuleSpec;
import io.stead.api.OptionPath;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import io.stead.evaluator.internal.model.Node;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records modules written in Java into {@link ModuleData}, once per module: its
 * {@code options} and {@code config} methods run a single time, and every evaluation (and
 * every submodule instance) reuses the result. Owned by one evaluator; not thread-safe.
 */
public final class ModuleRecorder {
    private final Map<ModuleSpec, ModuleData> recorded = new IdentityHashMap<>();
    private long runs;

    /**
     * @param spec the module
     * @param key its identity (a plugin's name)
     * @param origin where it comes from, for messages (jar file name or {@code builtin})
     * @return its data
     * @throws EvalError if the module's code throws
     */
    public ModuleData record(ModuleSpec spec, String key, String origin) {
        return record(spec, key, origin, null);
    }

    /**
     * @param spec the module
     * @param key its identity (a plugin's name, or a submodule module's class)
     * @param origin where it comes from, for messages (jar file name or {@code builtin})
     * @param submodule for a module of a submodule type, the path of the instance that needs it,
     *     which a failure names (its class name would tell the user nothing); else null
     * @return its data
     * @throws EvalError if the module's code throws
     */
    public ModuleData record(ModuleSpec spec, String key, String origin, String submodule) {
        if (spec instanceof FileSubmodule file) {
            return file.data();
        }
        ModuleData known = recorded.get(spec);
        if (known != null) {
            return known;
        }
        ModuleRecording recording = new ModuleRecording(origin);
        try {
            spec.options(new RecordingOptions(recording, OptionPath.ROOT));
            spec.config(new RecordingDefinitions(recording, OptionPath.ROOT, List.of()));
        } catch (EvalError | VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // a plugin's Error (an AssertionError) or checked exception is its failure, not Stead's
            throw submodule == null ? Messages.pluginFailed("'" + key + "' (" + origin + ")", failedAt(e, origin), e)
                    : Messages.submoduleFailed(origin, failedAt(e, origin), submodule, e);
        } finally {
            recording.close();
        }
        runs++;
        Location at = Location.of(origin);
        ModuleData data = new ModuleData(key, key + " (" + origin + ")", recording.declarations(),
                recording.aliases(), new Node.Attrs(recording.entries(), at), List.of(), List.of(), at);
        recorded.put(spec, data);
        return data;
    }

    /** @return how many modules' code has run so far */
    public long runs() {
        return runs;
    }

    /**
     * @param failure what plugin code threw
     * @param origin the plugin's jar
     * @return the innermost plugin frame, or the jar
     */
    public static Location failedAt(Throwable failure, String origin) {
        return CallSite.firstOutsideStead(failure.getStackTrace(), origin);
    }

    /**
     * @param failure what was thrown while plugin code ran
     * @return whether plugin code threw it itself (its innermost frame outside the JDK is the
     *     plugin's), not Stead's code that the plugin called
     */
    public static boolean thrownByPlugin(Throwable failure) {
        return CallSite.innermostIsPlugin(failure.getStackTrace());
    }
}
