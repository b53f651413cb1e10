package io.stead.unitgenerator.internal.modules;

import java.util.List;

/**
 * A shell script option of a service ({@code script}, {@code preStart}, ...): the {@code [Service]}
 * key it runs as and the executable file Stead writes for it, as NixOS's {@code makeJobScript}.
 * The file is {@code /etc/stead/scripts/<service>-<suffix>}, in the system tree.
 *
 * @param option the service option holding the script's text
 * @param suffix the file name's suffix, such as {@code pre-start}
 * @param key the [Service] key that runs it
 * @param listValued whether NixOS defines the key as a list (ExecStartPre, ExecStartPost)
 */
public record JobScript(String option, String suffix, String key, boolean listValued) {
    /** Where the scripts are, on the target. */
    public static final String DIRECTORY = "/etc/stead/scripts";

    /** Every script option of a service, in the order the service runs them. */
    public static final List<JobScript> ALL = List.of(
            new JobScript("preStart", "pre-start", "ExecStartPre", true),
            new JobScript("script", "start", "ExecStart", false),
            new JobScript("postStart", "post-start", "ExecStartPost", true),
            new JobScript("reload", "reload", "ExecReload", false),
            new JobScript("preStop", "pre-stop", "ExecStop", false),
            new JobScript("postStop", "post-stop", "ExecStopPost", false));

    /**
     * @param service a service's attribute name, such as {@code web} or {@code getty@}
     * @return the script's absolute path on the target
     */
    public String path(String service) {
        return DIRECTORY + "/" + fileName(service);
    }

    /**
     * @param service a service's attribute name
     * @return the script's file name: the name with characters other than letters, digits and
     *     {@code .:_-} replaced by {@code _}, then {@code -suffix}
     */
    public String fileName(String service) {
        return service.replaceAll("[^A-Za-z0-9.:_-]", "_") + "-" + suffix;
    }

    /**
     * The file's text: a bash script that stops at the first failing command, as NixOS's.
     *
     * @param text the option's text
     * @return the script
     */
    public static String content(String text) {
        return "#!/bin/bash\nset -e\n\n" + text + (text.endsWith("\n") ? "" : "\n");
    }
}
