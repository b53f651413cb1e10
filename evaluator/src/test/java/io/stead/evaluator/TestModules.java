package io.stead.evaluator;

import static io.stead.api.Types.attrsOf;
import static io.stead.api.Types.bool;
import static io.stead.api.Types.integer;
import static io.stead.api.Types.listOf;
import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.pkg;
import static io.stead.api.Types.str;
import static io.stead.api.Types.submodule;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import io.stead.api.SystemPackage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Small service modules written against the API, as a plugin author would. */
final class TestModules {
    private TestModules() {
    }

    /** greeting.enable / greeting.text; counts how often its code runs. */
    static final class Greeting implements ServiceModule {
        final AtomicInteger configRuns = new AtomicInteger();
        final AtomicInteger computeRuns = new AtomicInteger();

        @Override
        public String name() {
            return "greeting";
        }

        @Override
        public void options(Options options) {
            Options o = options.under("greeting");
            o.add(Option.of("enable", bool()).withDefault(false).withDescription("Whether to greet."));
            o.add(Option.of("text", str()).withDefault("hello").withDescription("The greeting."));
            o.add(Option.of("shout", str()).withDescription("The greeting, loud."));
            o.add(Option.of("lines", listOf(str())).withDefault(List.of()).withDescription("Lines to print."));
        }

        @Override
        public void config(Definitions config) {
            configRuns.incrementAndGet();
            Definitions cfg = config.when("greeting.enable");
            cfg.compute("greeting.shout", c -> {
                computeRuns.incrementAndGet();
                return c.string("greeting.text").toUpperCase();
            });
            cfg.set("greeting.lines", List.of(Definition.mkAfter("bye")));
        }
    }

    /**
     * services.web.&lt;name&gt;: a submodule whose own definitions read its name and its own values,
     * as NixOS's {@code { name, config, ... }:} submodules do.
     */
    static final class Web implements ServiceModule {
        @Override
        public String name() {
            return "web";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("services.web", attrsOf(submodule(new ModuleSpec() {
                @Override
                public void options(Options o) {
                    o.add(Option.of("port", integer()).withDescription("Port."));
                    o.add(Option.of("unit", str()).withDescription("The unit's name."));
                    o.add(Option.of("url", str()).withDescription("Where it answers."));
                }

                @Override
                public void config(Definitions c) {
                    c.compute("unit", self -> Definition.mkDefault("web-" + self.name() + ".service"));
                    c.compute("url", self -> "http://localhost:" + self.integer("port") + "/" + self.name());
                }
            }))).withDefault(Map.of()).withDescription("Web sites."));
        }
    }

    /**
     * services.listed: a list of submodules whose own definitions read their name, which NixOS
     * gives a list element as {@code [definition N-entry M]}.
     */
    static final class Listed implements ServiceModule {
        @Override
        public String name() {
            return "listed";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("services.listed", listOf(submodule(new ModuleSpec() {
                @Override
                public void options(Options o) {
                    o.add(Option.of("name", str()).withDescription("The instance's name."));
                }

                @Override
                public void config(Definitions c) {
                    c.compute("name", self -> self.name());
                }
            }))).withDefault(List.of()).withDescription("Listed things."));
        }
    }

    /**
     * copies.source and copies.copy: one submodule defined from another's value as read from
     * the configuration, as NixOS's {@code config.copies.copy = config.copies.source}.
     */
    static final class Copies implements ServiceModule {
        @Override
        public String name() {
            return "copies";
        }

        @Override
        public void options(Options options) {
            Options o = options.under("copies");
            o.add(Option.of("source", attrsOf(submodule(Option.of("port", integer()).withDefault(1L)
                    .withDescription("Port."))))
                    .withDefault(Map.of()).withDescription("Sites."));
            o.add(Option.of("copy", attrsOf(submodule(Option.of("port", integer()).withDefault(2L)
                    .withDescription("Port."))))
                    .withDescription("The same sites."));
        }

        @Override
        public void config(Definitions config) {
            config.compute("copies.copy", c -> c.attrs("copies.source"));
        }
    }

    /** services.tagged.&lt;name&gt;.tags: a submodule whose own module adds a tag to every instance. */
    static final class Tagged implements ServiceModule {
        @Override
        public String name() {
            return "tagged";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("services.tagged", attrsOf(submodule(new ModuleSpec() {
                @Override
                public void options(Options o) {
                    o.add(Option.of("tags", listOf(str())).withDescription("Tags."));
                }

                @Override
                public void config(Definitions c) {
                    c.set("tags", List.of("own"));
                }
            }))).withDefault(Map.of()).withDescription("Tagged things."));
        }
    }

    /**
     * The package set computed from configuration inside the one fixpoint: {@code pkgs} from
     * {@code packages.sources}; counts its computations.
     */
    static final class Packages implements ServiceModule {
        final AtomicInteger computeRuns = new AtomicInteger();

        @Override
        public String name() {
            return "packages";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("packages.sources", attrsOf(str())).withDefault(Map.of())
                    .withDescription("Logical package name to Debian package or directory."));
            options.add(Option.of("pkgs", attrsOf(nullOr(pkg()))).withReadOnly()
                    .withDescription("The package set."));
        }

        @Override
        public void config(Definitions config) {
            config.compute("pkgs", c -> {
                computeRuns.incrementAndGet();
                Map<String, Object> out = new TreeMap<>();
                c.attrs("packages.sources").forEach((k, v) -> out.put(k, new SystemPackage((String) v)));
                return out;
            });
        }
    }

    /** A module that uses pkgs: its package goes into a list, and its own source is a default. */
    static final class UsesPackages implements ServiceModule {
        @Override
        public String name() {
            return "uses-packages";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("tool.enable", bool()).withDefault(true).withDescription("Use the tool."));
            options.add(Option.of("tool.packages", listOf(pkg())).withDefault(List.of()).withDescription("Packages."));
            options.add(Option.of("tool.banner", str()).withDescription("Banner."));
        }

        @Override
        public void config(Definitions config) {
            config.set("packages.sources.tool", Definition.mkDefault("tool-deb"));
            Definitions cfg = config.when("tool.enable");
            cfg.compute("tool.packages", c -> List.of(c.get("pkgs.tool")));
            cfg.compute("tool.banner", c -> "using " + c.get("pkgs.tool"));
        }
    }

    /** A plugin that renames and removes options, as mkRenamedOptionModule/mkRemovedOptionModule. */
    static final class Renames implements ServiceModule {
        @Override
        public String name() {
            return "renames";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("users.users", attrsOf(submodule(
                    Option.of("uid", integer()).withDescription("User id."),
                    Option.of("keys", listOf(str())).withDefault(List.of()).withDescription("Keys."))))
                    .withDefault(Map.of()).withDescription("Users."));
            options.rename("users.extraUsers", "users.users");
            options.remove("users.mutableUsersOld", "Use 'users.mutableUsers' instead.");
        }
    }

    /** A plugin whose renames lead back to themselves. */
    static final class CyclicRenames implements ServiceModule {
        @Override
        public String name() {
            return "cyclic-renames";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("real", integer()).withDefault(1L).withDescription("A real option."));
            options.rename("a", "b.x");
            options.rename("b", "c");
            options.rename("c.x", "a");
        }
    }

    /** A plugin that takes the evaluator's own module's name, {@code core}. */
    static final class CalledCore implements ServiceModule {
        @Override
        public String name() {
            return "core";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("mine.value", integer()).withDefault(1L).withDescription("A value."));
        }
    }

    /** A plugin whose computed value throws, as a buggy plugin would. */
    static final class Broken implements ServiceModule {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("broken.value", str()).withDescription("Fails."));
        }

        @Override
        public void config(Definitions config) {
            config.compute("broken.value", c -> {
                throw new IllegalStateException("the plugin's own bug");
            });
        }
    }

    /** A plugin whose definition code itself throws, as a plugin built for another version might. */
    static final class FailsToRecord implements ServiceModule {
        final java.util.concurrent.atomic.AtomicInteger configRuns = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public String name() {
            return "fails-to-record";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("fragile.value", str()).withDescription("Never declared in the end."));
        }

        @Override
        public void config(Definitions config) {
            configRuns.incrementAndGet();
            throw new IllegalStateException("cannot start here");
        }
    }

    /** probe.defined: whether probe.value is defined, as a plugin asks Config (and the old name). */
    static final class DefinedProbe implements ServiceModule {
        @Override
        public String name() {
            return "defined-probe";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("probe.value", integer()).withDefault(1L).withDescription("A value."));
            options.add(Option.of("probe.flag", bool()).withDefault(false).withDescription("A condition."));
            options.add(Option.of("probe.defined", bool()).withDescription("Whether probe.value is defined."));
            options.add(Option.of("probe.oldDefined", bool()).withDescription("The same, asked by its old name."));
            options.add(Option.of("probe.yamlDefined", bool())
                    .withDescription("Whether 'declared', an option a file declares, is defined."));
            options.rename("probe.old", "probe.value");
        }

        @Override
        public void config(Definitions config) {
            config.compute("probe.defined", c -> c.isDefined("probe.value"));
            config.compute("probe.oldDefined", c -> c.isDefined("probe.old"));
            config.compute("probe.yamlDefined", c -> c.isDefined("declared"));
        }
    }

    /** probe.length, probe.first, probe.second: read the list option 'b', which a file declares. */
    static final class ListProbe implements ServiceModule {
        @Override
        public String name() {
            return "list-probe";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("probe.length", integer()).withDescription("The length of b."));
            options.add(Option.of("probe.first", str()).withDescription("b's first element."));
            options.add(Option.of("probe.second", str()).withDescription("b's second element."));
        }

        @Override
        public void config(Definitions config) {
            config.compute("probe.length", c -> (long) c.list("b").size());
            config.compute("probe.first", c -> c.list("b").get(0));
            config.compute("probe.second", c -> c.list("b").get(1));
        }
    }

    /** dflt.value: a default computed by plugin code, as NixOS's {@code mkDefault (f config)}; counts its runs. */
    static final class ComputedDefault implements ServiceModule {
        final AtomicInteger computeRuns = new AtomicInteger();

        @Override
        public String name() {
            return "computed-default";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("dflt.value", integer()).withDescription("A value with a computed default."));
        }

        @Override
        public void config(Definitions config) {
            config.set("dflt.value", Definition.mkDefault(Definition.computed(c -> {
                computeRuns.incrementAndGet();
                return 5L;
            })));
        }
    }

    /** A setting that may be given once or repeated, as a systemd unit's. */
    static final class Repeatable implements ServiceModule {
        @Override
        public String name() {
            return "repeatable";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("unit.env", io.stead.api.Types.valueOrList(
                    io.stead.api.Types.oneOf(bool(), integer(), str())))
                    .withDescription("Given once or repeated."));
        }

        @Override
        public void config(Definitions config) {
        }
    }

    /** extreme.n and extreme.list: a priority and an order of Integer.MIN_VALUE, the strongest and first there are. */
    static final class Extremes implements ServiceModule {
        @Override
        public String name() {
            return "extremes";
        }

        @Override
        public void options(Options options) {
            options.add(Option.of("extreme.n", integer()).withDescription("A number."));
            options.add(Option.of("extreme.list", listOf(str())).withDescription("A list."));
        }

        @Override
        public void config(Definitions config) {
            config.set("extreme.n", Definition.mkOverride(Integer.MIN_VALUE, Definition.mkDefault(1L)));
            config.set("extreme.list", Definition.mkOrder(Integer.MIN_VALUE, Definition.mkAfter(List.of("first"))));
        }
    }
}
