package io.stead.cli.app;

import io.stead.evaluator.EvaluationStats;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** The one line {@code --stats} prints: the evaluator's counters, wall time and peak heap. */
public final class EvaluationStatsText {
    private EvaluationStatsText() {
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * @param stats the evaluation's counters
     * @param nanos how long the command took
     * @return the line
     */
    public static String of(EvaluationStats stats, long nanos) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return "stats: " + count(stats.modules(), "module") + ", " + stats.modulesRun() + " ran (and "
                + count(stats.submoduleModulesRun(), "module") + " of submodule types, once each); "
                + count(stats.computedValues(), "computed value") + "; "
                + count(stats.optionsForced(), "option") + " forced; "
                + count(stats.definitionsMerged(), "definition") + " merged; "
                + String.format(Locale.ROOT, "%.3f s; peak heap %d MB", nanos / 1e9, peak >> 20);
    }
}
