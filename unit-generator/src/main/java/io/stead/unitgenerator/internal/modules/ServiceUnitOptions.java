package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.either;
import static io.stead.api.Types.lines;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.pkg;
import static io.stead.api.Types.str;

import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;
import java.util.Map;

/** The options of a service ({@code systemd.services.<name>}) beyond those of every unit. */
public final class ServiceUnitOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        // gone in the NixOS change Stead grew from: upstream units are customised, never copied
        options.remove("baseUnit", "A unit that systemd or a package in systemd.packages already ships is"
                + " customised in place through <unit>.d/overrides.conf: define systemd.services.<its name>"
                + " with only the settings to change.");
        options.add(Option.of("environment", attrsOf(nullOr(str()))).withDefault(Map.of())
                .withExample(Map.of("LANG", "nl_NL.UTF-8"))
                .withDescription("Environment variables of the service's processes, written as "
                        + "Environment=\"NAME=value\" lines sorted by name; null leaves one out."));
        options.add(Option.of("path", listOf(pkg())).withDefault(List.of())
                .withDescription("Packages whose bin and sbin directories come first in the service's "
                        + "PATH (directory packages; a Debian package's programs are on the default "
                        + "PATH already). When not empty, sets environment.PATH."));
        script(options, "postStart", "Shell commands run after the main process has started "
                + "(ExecStartPost=).");
        script(options, "postStop", "Shell commands run after the main process has exited "
                + "(ExecStopPost=).");
        script(options, "preStart", "Shell commands run before the main process starts "
                + "(ExecStartPre=).");
        script(options, "preStop", "Shell commands run to stop the service (ExecStop=).");
        script(options, "reload", "Shell commands run to reload the service (ExecReload=).");
        options.add(Option.of("reloadIfChanged", bool()).withDefault(false)
                .withDescription("Whether applying a new system reloads rather than restarts this service "
                        + "when its unit changed (X-ReloadIfChanged=true); restartIfChanged is then "
                        + "ignored. Prefer reloadTriggers."));
        options.add(Option.of("restartIfChanged", bool()).withDefault(true)
                .withDescription("Whether applying a new system restarts this service when its unit "
                        + "changed (X-RestartIfChanged=false when not)."));
        script(options, "script", "Shell commands run as the service's main process (ExecStart=), "
                + "from an executable file in /etc/stead/scripts.");
        options.add(Option.of("scriptArgs", str()).withDefault("")
                .withDescription("Arguments passed to the script."));
        options.add(Option.of("serviceConfig", attrsOf(UnitTypes.unitOption())).withDefault(Map.of())
                .withExample(Map.of("RestartSec", 5L))
                .withDescription("Settings of the [Service] section, by key (see systemd.service(5), "
                        + "systemd.exec(5)). A list is written as repeated keys. Keys systemd does not "
                        + "know are refused; see systemd.extraUnitKeys."));
        options.add(Option.of("startAt", either(str(), listOf(str()))).withDefault(List.of())
                .withExample("Sun 14:00:00")
                .withDescription("Calendar events (systemd.time(7)) at which to start this service: "
                        + "makes a timer of the same name with OnCalendar= set to them, wanted by "
                        + "timers.target."));
        options.add(Option.of("stopIfChanged", bool()).withDefault(true)
                .withDescription("Whether a changed service is stopped with the old unit and started "
                        + "with the new one, rather than restarted in one step "
                        + "(X-StopIfChanged=false when not)."));
    }

    @Override
    public void config(Definitions config) {
        config.compute("serviceConfig", ServiceScripts::of);
        config.compute("environment", ServicePath::of);
    }

    private static void script(Options options, String name, String description) {
        options.add(Option.of(name, lines()).withDefault("").withDescription(description));
    }
}
