package io.stead.unitgenerator.internal.build;

import io.stead.unitgenerator.internal.modules.JobScript;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a service has beyond other units: its environment, how a changed unit is applied, and
 * its scripts.
 *
 * @param attributeName the service's attribute name (scripts are named after it)
 * @param environment variables by name; a null value leaves the variable out
 * @param restartIfChanged {@code restartIfChanged}
 * @param reloadIfChanged {@code reloadIfChanged}
 * @param stopIfChanged {@code stopIfChanged}
 * @param scripts the non-empty script texts, by script
 */
public record ServiceParts(String attributeName, Map<String, String> environment,
                           boolean restartIfChanged, boolean reloadIfChanged, boolean stopIfChanged,
                           Map<JobScript, String> scripts) {
    /**
     * @param attributeName see above
     * @param environment copied, sorted by name (null values kept)
     * @param restartIfChanged see above
     * @param reloadIfChanged see above
     * @param stopIfChanged see above
     * @param scripts copied, in {@link JobScript#ALL} order
     */
    public ServiceParts {
        environment = Collections.unmodifiableMap(new TreeMap<>(environment));
        scripts = Collections.unmodifiableMap(new LinkedHashMap<>(scripts));
    }
}
