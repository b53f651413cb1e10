package io.stead.plugins.nixdaemon;

import static io.stead.api.Definition.mkDefault;
import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.either;
import static io.stead.api.Types.enumOf;
import static io.stead.api.Types.floatNumber;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.intsBetween;
import static io.stead.api.Types.lines;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.oneOf;
import static io.stead.api.Types.str;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.OptionType;
import io.stead.api.Options;
import io.stead.api.Priority;
import io.stead.api.ServiceModule;
import java.util.List;
import java.util.Map;

/**
 * The service module {@code nix-daemon}: {@code nix}, after NixOS's {@code nix-daemon.nix} and
 * {@code nix.nix} as changed in the origin of Stead: the nix package goes in
 * {@code systemd.packages}, and the {@code nix-daemon.service} and {@code nix-daemon.socket} it
 * ships are used as they are, customised only by {@code overrides.conf} drop-ins. It also writes
 * {@code /etc/nix/nix.conf}.
 */
public final class NixDaemonModule implements ServiceModule {
    private static final String ENABLE = "nix.enable";
    private static final String OFFICIAL_CACHE = "https://cache.nixos.org/";
    private static final String OFFICIAL_CACHE_KEY = "cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=";

    @Override
    public String name() {
        return "nix-daemon";
    }

    @Override
    public String description() {
        return "the nix daemon, through the nix package's units: nix";
    }

    @Override
    public void options(Options options) {
        Options o = options.under("nix");
        o.add(Option.of("allowedUsers", listOf(str())).withDefault(List.of("*"))
                .withExample(List.of("@wheel", "alice"))
                .withDescription("Users allowed to connect to the nix daemon (@group for a group's members, * for "
                        + "everyone; trusted users always may): the default of nix.settings.allowed-users, "
                        + "which replaces it when defined."));
        o.add(Option.of("daemonCPUSchedPolicy", enumOf("other", "batch", "idle")).withDefault("other")
                .withExample("batch")
                .withDescription("The CPU scheduling policy of the daemon and its builds (CPUSchedulingPolicy=): "
                        + "other for regular tasks, batch for non-interactive ones, idle to run only when "
                        + "nothing else wants the CPU (which may starve builds on a busy machine)."));
        o.add(Option.of("daemonIOSchedClass", enumOf("best-effort", "idle")).withDefault("best-effort")
                .withExample("idle")
                .withDescription("The I/O scheduling class of the daemon and its builds (IOSchedulingClass=): "
                        + "idle does I/O only when nothing else does."));
        o.add(Option.of("daemonIOSchedPriority", intsBetween(0, 7)).withDefault(4L)
                .withExample(1L)
                .withDescription("The I/O scheduling priority of the daemon and its builds "
                        + "(IOSchedulingPriority=), from 0 (high) to 7 (low); the idle class ignores it."));
        o.add(Option.of("enable", bool()).withDefault(false)
                .withDescription("Whether to run the nix daemon, through the units of the nix package "
                        + "(packages.sources.nix, by default Debian's nix-setup-systemd), which must be "
                        + "installed on the target."));
        o.add(Option.of("envVars", attrsOf(str())).withDefault(Map.of())
                .withExample(Map.of("http_proxy", "http://proxy:3128"))
                .withDescription("Environment variables of the nix daemon. CURL_CA_BUNDLE defaults to "
                        + DaemonUnits.CA_BUNDLE + "."));
        o.add(Option.of("extraOptions", lines()).withDefault("")
                .withExample("keep-outputs = true\nkeep-derivations = true\n")
                .withDescription("Lines appended verbatim to nix.conf."));
        o.add(Option.of("settings", attrsOf(either(atom(), listOf(atom())))).withDefault(Map.of())
                .withExample(Map.of("max-jobs", 4L, "substituters", List.of("https://cache.nixos.org/")))
                .withDescription("nix.conf settings, by name (see nix.conf(5)): true/false, numbers and strings "
                        + "as they are, lists separated by spaces, null as an empty value. Settings named "
                        + "extra-* come after the others. Lists from several definitions are joined. As in NixOS, "
                        + "substituters and trusted-public-keys end with the official cache, "
                        + OFFICIAL_CACHE + ", and its key."));
        o.add(Option.of("trustedUsers", listOf(str())).withDefault(List.of("root"))
                .withExample(List.of("root", "@wheel"))
                .withDescription("Users with additional rights when they connect to the nix daemon, such as "
                        + "adding binary caches or importing unsigned paths (@group for a group's members): "
                        + "added to nix.settings.trusted-users."));
    }

    /** A nix.conf value: null, a boolean, an integer, a float or a string. */
    private static OptionType atom() {
        return nullOr(oneOf(bool(), integer(), floatNumber(), str()));
    }

    @Override
    public void config(Definitions config) {
        config.set("packages.sources.nix", mkDefault("nix-setup-systemd"));
        // nix.conf is written only with nix.enable, as in NixOS, where it is on by default; here
        // it is off (a Debian host need not run nix), so settings alone would silently do nothing
        config.compute("warnings", system -> system.bool(ENABLE)
                || system.attrs("nix.settings").isEmpty() && system.string("nix.extraOptions").isEmpty() ? List.of()
                : List.of("nix.settings or nix.extraOptions is set, but nix.enable is not: no nix.conf is written"
                        + " and no nix daemon is run. Set nix.enable = true (it is false by default, unlike"
                        + " NixOS)."));

        Definitions cfg = config.when(ENABLE);
        // each unit and file below is defined as a whole, so that the condition leaves it out
        // altogether when nix is not enabled

        // the package, whose units are used as they are and customised by drop-ins only
        cfg.compute("systemd.packages", system -> system.get("pkgs.nix") == null ? List.of()
                : List.of(system.get("pkgs.nix")));
        cfg.set("assertions", List.of(Map.of(
                "assertion", Definition.computed(system -> system.get("pkgs.nix") != null),
                "message", Definition.computed(system -> "nix.enable needs the package "
                        + system.get("packages.sources.nix") + " (packages.sources.nix) on the target "
                        + system.get("system.root") + ": its nix-daemon.service and nix-daemon.socket are the "
                        + "units that Stead customises."))));
        cfg.set("systemd.services.nix-daemon", DaemonUnits.service());
        cfg.set("systemd.sockets.nix-daemon", DaemonUnits.socket());

        // nix.conf: the users settings come from their own options, as before NixOS moved them
        // into settings; trustedUsers joins a list defined in settings, allowedUsers is only
        // its default, as the option default of settings.allowed-users is in NixOS
        cfg.set("nix.settings.trusted-users", Definition.ref("nix.trustedUsers"));
        cfg.set("nix.settings.allowed-users", Definition.mkOverride(Priority.OPTION_DEFAULT,
                Definition.ref("nix.allowedUsers")));
        // Debian's own nix.conf turns the sandbox off: it does not work with Debian's nix
        cfg.set("nix.settings.sandbox", mkDefault(false));
        // the official cache stays after the caches a configuration adds, as in NixOS (nix.nix):
        // a substituters setting replaces nix's built-in one, which is this cache
        cfg.set("nix.settings.substituters", Definition.mkAfter(List.of(OFFICIAL_CACHE)));
        cfg.set("nix.settings.trusted-public-keys", Definition.mkAfter(List.of(OFFICIAL_CACHE_KEY)));
        cfg.set(NixConfText.ETC_FILE.toString(), Map.of("text", Definition.computed(NixConfText::of)));
    }
}
