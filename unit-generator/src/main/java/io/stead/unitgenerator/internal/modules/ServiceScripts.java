package io.stead.unitgenerator.internal.modules;

import io.stead.api.Config;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code [Service]} settings a service's scripts imply, computed into its
 * {@code serviceConfig}: {@code ExecStart=} runs the {@code script} file (with
 * {@code scriptArgs}), {@code ExecStartPre=} the {@code preStart} file, and so on.
 */
final class ServiceScripts {
    private ServiceScripts() {
    }

    /**
     * @param service the service's configuration
     * @return the implied settings, by key
     */
    static Map<String, Object> of(Config service) {
        Map<String, Object> out = new TreeMap<>();
        for (JobScript script : JobScript.ALL) {
            String text = service.string(script.option());
            if (text == null || text.isEmpty()) {
                continue;
            }
            String command = script.path(service.name());
            if (script.option().equals("script")) {
                String args = service.string("scriptArgs");
                command = args == null || args.isEmpty() ? command : command + " " + args;
            }
            out.put(script.key(), script.listValued() ? List.of(command) : command);
        }
        return out;
    }
}
