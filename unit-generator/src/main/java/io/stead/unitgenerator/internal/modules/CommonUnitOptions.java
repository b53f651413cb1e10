package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.str;
import static io.stead.api.Types.strMatching;

import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;
import java.util.Map;

/**
 * The options of every structured unit (service, socket, timer, target, path, mount, slice):
 * its description and dependencies, which become {@code [Unit]} settings through
 * {@code unitConfig}, plus {@code unitConfig} itself for any other {@code [Unit]} key.
 */
public final class CommonUnitOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        dependency(options, "after", "If the listed units start at the same time as this one, this "
                + "one waits until they have started (After=).");
        dependency(options, "before", "If the listed units start at the same time as this one, they "
                + "wait until this one has started (Before=).");
        dependency(options, "bindsTo", "Like requires, and this unit stops too when a listed unit "
                + "disappears (BindsTo=).");
        dependency(options, "conflicts", "Starting this unit stops the listed units and the other way "
                + "round (Conflicts=).");
        options.add(Option.of("description", strMatching("[^\\n]*")).withDefault("")
                .withDescription("Description of this unit used in systemd messages and progress "
                        + "indicators (Description=)."));
        // Documentation= is a space-separated list in which systemd replaces specifiers: a URI is
        // one word, written literally (DerivedUnitConfig writes its '%' as "%%")
        options.add(Option.of("documentation", listOf(strMatching("\\S+"))).withDefault(List.of())
                .withDescription("URIs of documentation for this unit (Documentation=), each without white "
                        + "space; taken literally: a '%' is no specifier, so https://host/a%20b stays as it is."));
        dependency(options, "onFailure", "Units activated when this unit fails (OnFailure=).");
        dependency(options, "onSuccess", "Units activated when this unit succeeds (OnSuccess=).");
        dependency(options, "partOf", "Stopping or restarting a listed unit stops or restarts this one "
                + "too (PartOf=).");
        options.add(Option.of("reloadTriggers", listOf(str())).withDefault(List.of())
                .withDescription("Arbitrary strings, such as the text of a configuration file: when "
                        + "they change between two builds, the unit file changes (X-Reload-Triggers=, "
                        + "their hash), so applying the new system reloads the unit."));
        dependency(options, "requires", "Units started with this one; this one stops when they stop or "
                + "fail (Requires=).");
        dependency(options, "requisite", "Like requires, but the listed units are not started: if they "
                + "are not active, starting this one fails (Requisite=).");
        options.add(Option.of("restartTriggers", listOf(str())).withDefault(List.of())
                .withDescription("Arbitrary strings, such as the text of a configuration file: when "
                        + "they change between two builds, the unit file changes (X-Restart-Triggers=, "
                        + "their hash), so applying the new system restarts the unit."));
        options.add(Option.of("startLimitBurst", integer())
                .withDescription("How many starts are allowed within startLimitIntervalSec "
                        + "(StartLimitBurst=); systemd's default when not defined."));
        options.add(Option.of("startLimitIntervalSec", integer())
                .withDescription("The interval, in seconds, of start rate limiting "
                        + "(StartLimitIntervalSec=); systemd's default when not defined."));
        options.add(Option.of("unitConfig", attrsOf(UnitTypes.unitOption())).withDefault(Map.of())
                .withExample(Map.of("RequiresMountsFor", "/data"))
                .withDescription("Settings of the [Unit] section, by key (see systemd.unit(5)). A list "
                        + "is written as repeated keys. Keys systemd does not know are refused; see "
                        + "systemd.extraUnitKeys."));
        dependency(options, "wants", "Units started with this one (Wants=).");
    }

    @Override
    public void config(Definitions config) {
        config.compute("unitConfig", DerivedUnitConfig::of);
    }

    private static void dependency(Options options, String name, String description) {
        options.add(Option.of(name, UnitTypes.unitNames()).withDefault(List.of()).withDescription(description));
    }
}
