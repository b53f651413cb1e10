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
        return String.format(Locale.ROOT, "stats: %d modules, %d ran (and %d modules of submodule types, once each);"
                        + " %d computed values; %d options forced; %d definitions merged; %.3f s; peak heap %d MB",
                stats.modules(), stats.modulesRun(), stats.submoduleModulesRun(), stats.computedValues(),
                stats.optionsForced(),
                stats.definitionsMerged(), nanos / 1e9, peak >> 20);
    }
}
