package io.stead.evaluator;

/**
 * Counters of one evaluation, printed by {@code stead eval --stats} to show that each module
 * ran once and each option was forced once.
 *
 * @param modules modules collected (plugin and file)
 * @param modulesRun modules whose definition code ran in this evaluation
 * @param computedValues computed values (plugin code) that ran
 * @param optionsForced options whose value was computed
 * @param definitionsMerged definitions that took part in a merge
 */
public record EvaluationStats(int modules, long modulesRun, long computedValues,
                              long optionsForced, long definitionsMerged) {
}
