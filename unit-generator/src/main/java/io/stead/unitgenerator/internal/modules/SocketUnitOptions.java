package io.stead.unitgenerator.internal.modules;

import static io.stead.api.Types.listOf;
import static io.stead.api.Types.str;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;
import java.util.List;

/** The options of a socket ({@code systemd.sockets.<name>}) beyond those of every unit. */
public final class SocketUnitOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("listenDatagrams", listOf(str())).withDefault(List.of())
                .withExample(List.of("0.0.0.0:993", "/run/my-socket"))
                .withDescription("Addresses to listen on for datagrams: one ListenDatagram= each."));
        options.add(Option.of("listenStreams", listOf(str())).withDefault(List.of())
                .withExample(List.of("0.0.0.0:993", "/run/my-socket"))
                .withDescription("Addresses to listen on for streams: one ListenStream= each."));
        new SectionOptions("socketConfig", "Socket", "systemd.socket(5)").options(options);
    }
}
