package io.stead.plugins.openssh;

import static io.stead.api.Types.nullOr;
import static io.stead.api.Types.port;

import io.stead.api.ModuleSpec;
import io.stead.api.Option;
import io.stead.api.Options;

/** The options of one address sshd listens on ({@code services.openssh.listenAddresses.*}). */
final class ListenAddressOptions implements ModuleSpec {

    @Override
    public void options(Options options) {
        options.add(Option.of("addr", SshdWords.WORD)
                .withExample("192.168.3.1")
                .withDescription("A host name, IPv4 or IPv6 address to listen on."));
        options.add(Option.of("port", nullOr(port())).withDefault(null)
                .withDescription("The port to listen on at this address; null for every port of "
                        + "services.openssh.ports."));
    }
}
