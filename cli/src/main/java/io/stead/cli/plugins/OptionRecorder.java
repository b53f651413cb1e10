package io.stead.cli.plugins;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.OptionPath;
import io.stead.api.Options;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists the options a module declares without evaluating anything: a recording
 * {@link Options} handed to {@link ModuleSpec#options}. Renames and removals are not options,
 * so they are not listed.
 */
public final class OptionRecorder implements Options {
    private final OptionPath prefix;
    private final List<DeclaredOption> recorded;

    private OptionRecorder(OptionPath prefix, List<DeclaredOption> recorded) {
        this.prefix = prefix;
        this.recorded = recorded;
    }

    /**
     * @param module a module
     * @return the options it declares, sorted by path
     * @throws RuntimeException whatever the module throws while declaring
     */
    public static List<DeclaredOption> optionsOf(ModuleSpec module) {
        List<DeclaredOption> recorded = new ArrayList<>();
        module.options(new OptionRecorder(OptionPath.ROOT, recorded));
        recorded.sort(Comparator.comparing(DeclaredOption::path));
        return List.copyOf(recorded);
    }

    @Override
    public void add(Option option) {
        recorded.add(DeclaredOption.of(prefix.concat(option.path()), option.type()));
    }

    @Override
    public Options under(String path) {
        // views share the list, as the evaluator's sink does
        return new OptionRecorder(prefix.concat(OptionPath.parse(path)), recorded);
    }

    @Override
    public void rename(String from, String to) {
    }

    @Override
    public void remove(String path, String replacement) {
    }
}
