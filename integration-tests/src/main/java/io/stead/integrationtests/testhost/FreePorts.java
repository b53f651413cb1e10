package io.stead.integrationtests.testhost;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * TCP ports for guests' services. Guests share the build machine's network, so a guest's service on port P
 * is at 127.0.0.1:P, and two guests (or two JVMs) must not pick the same P.
 */
public final class FreePorts {
    private static final int LOWEST = 20000;

    private FreePorts() {
    }

    /**
     * @return a TCP port that nothing listens on now, drawn at random below the kernel's ephemeral range (so
     *     that outgoing connections do not take it in the meantime) to make collisions between concurrent
     *     users unlikely
     * @throws TestHostException when no free port is found in 200 attempts
     */
    public static int tcp() {
        int[] range = range();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(range[0], range[1]);
            if (isFree(port)) {
                return port;
            }
        }
        throw new TestHostException("no free TCP port between " + range[0] + " and " + range[1]);
    }

    /**
     * Waits until something accepts TCP connections on 127.0.0.1:{@code port}.
     *
     * @throws AssertionError when nothing does within {@code timeout}
     */
    public static void awaitListening(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("nothing listens on 127.0.0.1:" + port + " after " + timeout.toMillis()
                            + " ms", e);
                }
                Cleanup.sleep(50);
            }
        }
    }

    private static boolean isFree(int port) {
        for (String address : new String[] {"0.0.0.0", "127.0.0.1"}) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(address, port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** @return [from, to) outside {@code net.ipv4.ip_local_port_range} */
    private static int[] range() {
        int ephemeralLow = 32768;
        int ephemeralHigh = 60999;
        try {
            // one read with a large buffer: sysctl files answer a read at a non-zero offset with EOF
            String[] bounds;
            try (BufferedReader reader = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
                bounds = reader.readLine().strip().split("\\s+");
            }
            ephemeralLow = Integer.parseInt(bounds[0]);
            ephemeralHigh = Integer.parseInt(bounds[1]);
        } catch (IOException | RuntimeException e) {
            // keep Linux's defaults
        }
        if (ephemeralLow - LOWEST >= 1000) {
            return new int[] {LOWEST, ephemeralLow};
        }
        if (65535 - ephemeralHigh >= 1000) {
            return new int[] {ephemeralHigh + 1, 65536};
        }
        return new int[] {1024, 65536};
    }
}
