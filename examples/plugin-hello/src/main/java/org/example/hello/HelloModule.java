package org.example.hello;

import static io.stead.api.Types.bool;
import static io.stead.api.Types.port;
import static io.stead.api.Types.strMatching;

import io.stead.api.Definition;
import io.stead.api.Definitions;
import io.stead.api.Option;
import io.stead.api.Options;
import io.stead.api.ServiceModule;
import java.util.List;
import java.util.Map;

/**
 * {@code services.hello}: a greeting, written to {@code /etc/hello/greeting} and served to
 * whoever connects to a TCP port, by a socket-activated service (one instance per connection).
 */
public final class HelloModule implements ServiceModule {

    @Override
    public String name() {
        return "hello";
    }

    @Override
    public String description() {
        return "a greeting on a TCP port: services.hello";
    }

    @Override
    public void options(Options options) {
        Options hello = options.under("services.hello");
        hello.add(Option.of("enable", bool()).withDefault(false)
                .withDescription("Whether to serve the greeting."));
        hello.add(Option.of("greeting", strMatching("[^\\n]*")).withDefault("Hello, world!")
                .withExample("Welcome to example.org.")
                .withDescription("The greeting: one line, sent to each client."));
        hello.add(Option.of("port", port()).withDefault(7007L)
                .withDescription("The TCP port the greeting is served on."));
    }

    @Override
    public void config(Definitions config) {
        // everything below holds only when services.hello.enable is true
        Definitions cfg = config.when("services.hello.enable");

        // the greeting, in a file of its own; the text depends on configuration, so it is
        // computed (lazily, during evaluation) rather than read here
        cfg.set("environment.etc.\"hello/greeting\"", Map.of(
                "text", Definition.computed(system -> system.string("services.hello.greeting") + "\n")));

        // a socket on the port; each connection starts an instance of hello@.service
        cfg.set("systemd.sockets.hello", Map.of(
                "description", "Greeting socket",
                "listenStreams", Definition.computed(system -> List.of(String.valueOf(system.get("services.hello.port")))),
                "socketConfig", Map.of("Accept", true),
                "wantedBy", List.of("sockets.target")));
        cfg.set("systemd.services.\"hello@\"", Map.of(
                "description", "Greeting for one client",
                "serviceConfig", Map.of(
                        "ExecStart", "/bin/cat /etc/hello/greeting",
                        "StandardInput", "socket",
                        "DynamicUser", true)));
    }
}
