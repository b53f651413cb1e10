package io.stead.integrationtests.testhost;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The test hosts of one test (or one test class), closed together. {@link TestHostExtension} passes one
 * to any test or lifecycle method that declares a parameter of this type, shows the journals of its hosts
 * when the test fails, and closes it afterwards. It can also be used on its own with try-with-resources.
 */
public final class TestHosts implements AutoCloseable {
    private final List<TestHost> hosts = new CopyOnWriteArrayList<>();

    /** Creates an empty set of hosts; the extension does this for you. */
    public TestHosts() {
    }

    /** @return a builder whose hosts this set closes */
    public TestHost.Builder builder() {
        return new TestHost.Builder(this);
    }

    /** @return a booted host with the default options */
    public TestHost boot() {
        return builder().boot();
    }

    /** @return the hosts not yet closed, in creation order */
    public List<TestHost> open() {
        return hosts.stream().filter(TestHost::isOpen).toList();
    }

    /** @return {@link TestHost#diagnostics()} of every open host */
    public String diagnostics() {
        StringBuilder out = new StringBuilder();
        open().forEach(host -> out.append(host.diagnostics()).append('\n'));
        return out.toString();
    }

    void adopt(TestHost host) {
        hosts.add(host);
    }

    /**
     * Closes every host, side by side (a clean power-off takes a second or two each).
     *
     * @throws TestHostException when any host left something behind, with the others' failures suppressed
     */
    @Override
    public void close() {
        List<TestHost> toClose = open();
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        for (TestHost host : toClose) {
            Thread thread = new Thread(() -> {
                try {
                    host.close();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "stead-testhost-close-" + host.name());
            threads.add(thread);
            thread.start();
        }
        boolean interrupted = Thread.interrupted();
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        hosts.removeAll(toClose);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
