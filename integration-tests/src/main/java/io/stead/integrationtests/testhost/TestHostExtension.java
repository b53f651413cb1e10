package io.stead.integrationtests.testhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support for test hosts: {@code @ExtendWith(TestHostExtension.class)}, then declare a
 * {@link TestHosts} parameter.
 *
 * <ul>
 *   <li>A parameter of a test method, {@code @BeforeEach} or {@code @AfterEach} method gets the hosts of
 *       that test; they are closed after the test ({@code afterEach}).</li>
 *   <li>A parameter of a {@code @BeforeAll} method (or of the constructor with
 *       {@code @TestInstance(PER_CLASS)}) gets hosts shared by the class; they are closed in
 *       {@code afterAll}.</li>
 *   <li>When a test fails, the diagnostics of every open host it could see ({@code systemctl --failed},
 *       the journal, the console) are attached to the failure as suppressed exceptions, so they appear
 *       under the stack trace in the console and in the Failsafe report. Let the extension close the hosts
 *       (no try-with-resources in the test), or they are gone before the journal can be read.</li>
 *   <li>A test that times out ({@code @Timeout}) is interrupted; its hosts are still closed.</li>
 * </ul>
 */
public final class TestHostExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback,
        AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            TestHostExtension.class);

    /** Called by JUnit. */
    public TestHostExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestHosts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // keyed by the context itself: stores inherit their parents' values, and a test's hosts must not be
        // added to its class's
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getUniqueId(), key -> new TestHosts(),
                TestHosts.class);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Optional<Throwable> failure = context.getExecutionException();
        if (failure.isEmpty()) {
            return;
        }
        for (TestHosts hosts : visibleFrom(context)) {
            for (TestHost host : hosts.open()) {
                failure.get().addSuppressed(new TestHostDiagnostics(host.diagnostics()));
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    private static void close(ExtensionContext context) {
        TestHosts hosts = context.getStore(NAMESPACE).remove(context.getUniqueId(), TestHosts.class);
        if (hosts != null) {
            hosts.close();
        }
    }

    private static List<TestHosts> visibleFrom(ExtensionContext context) {
        List<TestHosts> all = new ArrayList<>();
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            TestHosts hosts = c.get().getStore(NAMESPACE).get(c.get().getUniqueId(), TestHosts.class);
            if (hosts != null && !all.contains(hosts)) {
                all.add(hosts);
            }
        }
        return all;
    }

    /** The diagnostics of one host, shown under a failed test's stack trace. Carries no stack trace itself. */
    static final class TestHostDiagnostics extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TestHostDiagnostics(String diagnostics) {
            super("\n" + diagnostics, null, false, false);
        }
    }
}
