package io.stead.cli.app;

import io.stead.api.ConfigException;
import io.stead.api.OptionPath;
import io.stead.evaluator.Evaluation;
import io.stead.evaluator.OptionReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the definitions behind an option path are written, for problems found after
 * evaluation (a build's): the innermost declared option at or above the path, and the
 * {@code file:line} of each of its definitions that counted, or of its declaration when only
 * its default did. When no file defines the option itself (its type's code derives it, or only
 * its default counts), the files that define the attribute it belongs to are named too; a set
 * of options is named by its own options' definitions.
 */
final class DefinitionSites {
    private DefinitionSites() {
    }

    /**
     * @param system the evaluated configuration
     * @param path an option, or a path into an option's value
     * @return the places, in merge order; empty if no option holds the path
     */
    static List<String> of(Evaluation system, OptionPath path) {
        // a path into an option's value (an environment variable, a serviceConfig key): the
        // lines that give that part, not every line that defines the option
        List<String> within = system.definitionSitesWithin(path);
        if (within.stream().anyMatch(DefinitionSites::isFile)) {
            return within;
        }
        List<String> derived = null; // the innermost set of options' sites, when no file defines them
        for (OptionPath p = path; !p.isRoot(); p = p.take(p.size() - 1)) {
            OptionReport report;
            try {
                report = system.report(p);
            } catch (ConfigException e) {
                // a set of options, such as an attribute of an attrsOf submodule: the definitions
                // of its options, not all of the enclosing option's (which name other attributes)
                List<String> sites = activeSitesUnder(system, p);
                if (sites.stream().anyMatch(DefinitionSites::isFile)) {
                    return sites;
                }
                if (derived == null && !sites.isEmpty()) {
                    // only its type's code defines them ('bar: {}' sets none): the user's line
                    // is the attribute's definition, in the enclosing option
                    derived = sites;
                }
                continue; // not an option (or nothing in it defined), or a path into a value: try its parent
            }
            List<String> sites = new ArrayList<>();
            boolean fromAFile = false;
            for (OptionReport.DefinitionReport d : report.definitions()) {
                if (d.active()) {
                    sites.add(d.location());
                    fromAFile |= isFile(d.location());
                }
            }
            if (!fromAFile && p.size() > 1) {
                // no file defines it (its default, or its type's code, derives it from the
                // attribute it belongs to: an /etc file's target is its name): the user wrote
                // that attribute's definitions
                for (String site : activeSitesUnder(system, p.take(p.size() - 1))) {
                    if (isFile(site) && !sites.contains(site)) {
                        sites.add(site);
                    }
                }
            }
            if (!fromAFile && derived != null) {
                return derived;
            }
            return sites.isEmpty() ? report.declarations() : sites;
        }
        return derived == null ? List.of() : derived;
    }

    /** @return whether a place is in a configuration file, not in a plugin's code ({@code jar!File.java:12}) */
    private static boolean isFile(String site) {
        int colon = site.lastIndexOf(':');
        String file = colon < 0 ? site : site.substring(0, colon);
        return file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".json");
    }

    /**
     * The places of the definitions that counted, of every option in a set of options; only
     * those in files, if there are any.
     */
    private static List<String> activeSitesUnder(Evaluation system, OptionPath group) {
        Set<String> sites = new LinkedHashSet<>();
        for (OptionPath option : system.optionsUnder(group)) {
            OptionReport report;
            try {
                report = system.report(option);
            } catch (ConfigException e) {
                continue;
            }
            for (OptionReport.DefinitionReport d : report.definitions()) {
                if (d.active()) {
                    sites.add(d.location());
                }
            }
        }
        // a set of options is the user's where a file defines any of them: the type's own
        // definitions inside it (a unit's derived unitConfig) would only hide those lines
        List<String> files = new ArrayList<>();
        for (String site : sites) {
            if (isFile(site)) {
                files.add(site);
            }
        }
        return files.isEmpty() ? new ArrayList<>(sites) : files;
    }
}
