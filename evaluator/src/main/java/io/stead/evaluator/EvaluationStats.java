package io.stead.evaluator;

/**
 * Counters of one evaluation, printed by {@code stead eval --stats} to show that each module
 * ran once and each option was forced once.
 *
 * @param modules modules collected (plugin and file)
 * @param modulesRun modules of the configuration whose definition code ran in this evaluation
 * @param submoduleModulesRun modules of submodule types whose definition code ran in this
 *     evaluation (each once, however many instances the type has)
 * @param computedValues computed values (plugin code) that ran
 * @param optionsForced options whose value was computed
 * @param definitionsMerged definitions that took part in a merge
 */
public record EvaluationStats(int modules, long modulesRun, long submoduleModulesRun, long computedValues,
                              long optionsForced, long definitionsMerged) {
}
