package io.stead.unitgenerator.internal.build;

import io.stead.api.OptionPath;
import io.stead.unitgenerator.internal.catalogue.KeyCatalogue;
import java.util.Optional;
import java.util.regex.Pattern;

/** Refuses unit file keys that systemd does not know, suggesting the closest known key. */
final class KeyCheck {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private final KeyCatalogue catalogue;
    private final Problems problems;

    KeyCheck(KeyCatalogue catalogue, Problems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    /**
     * @param section the section the key is written to
     * @param key the key
     * @param path the option that sets it (for the message)
     * @return whether the key is acceptable; if not, a problem was recorded
     */
    boolean accept(String section, String key, OptionPath path) {
        if (!KEY.matcher(key).matches()) {
            problems.add(path, "'" + key + "' is not a unit file key (letters, digits, '-' and '_' only).");
            return false;
        }
        if (catalogue.accepts(section, key)) {
            return true;
        }
        Optional<String> closest = catalogue.closest(section, key);
        problems.add(path, "systemd " + catalogue.systemdVersion() + " knows no key " + key
                + "= in section [" + section + "]"
                + closest.map(c -> "; did you mean '" + c + "'?").orElse(".")
                + " If it is a key of a newer systemd, add it to systemd.extraUnitKeys." + section
                + "; keys starting with X- are always accepted.");
        return false;
    }

    /**
     * @param section a section name
     * @return whether systemd knows the section
     */
    boolean knowsSection(String section) {
        return catalogue.sections().contains(section);
    }
}
