package io.stead.integrationtests.testhost;

/**
 * A test host could not be created, booted, used or torn down.
 *
 * <p>Thrown by every part of the harness. It is not a JUnit "aborted" exception on purpose: a test that
 * cannot get its host fails, it is never skipped. When the machine cannot run test hosts at all (not root,
 * no {@code systemd-nspawn}, no namespaces, no writable cgroups) the message is a single sentence saying why.
 */
public class TestHostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, never null */
    public TestHostException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, never null
     * @param cause the underlying failure, may be null
     */
    public TestHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
