package io.stead.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.junit.jupiter.api.Test;

class FailureHandlerTest {

    /** A command that throws what it is given. */
    @Command(name = "thrower")
    static final class Thrower implements Callable<Integer> {
        private final RuntimeException toThrow;

        Thrower(RuntimeException toThrow) {
            this.toThrow = toThrow;
        }

        @Override
        public Integer call() {
            throw toThrow;
        }
    }

    private static String[] run(RuntimeException thrown) {
        StringWriter err = new StringWriter();
        FailureHandler handler = new FailureHandler();
        int code = new CommandLine(new Thrower(thrown))
                .setErr(new PrintWriter(err, true))
                .setExecutionExceptionHandler(handler)
                .execute();
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void anEvaluationErrorPrintsItsMessageAloneAndExitsOne() {
        String[] result = run(new ConfigException(
                "The option 'a.b' does not exist. Definition values:\n- In 'x.yaml:3'", List.of()));

        assertEquals("1", result[0]);
        assertEquals("The option 'a.b' does not exist. Definition values:\n- In 'x.yaml:3'\n",
                result[1].replace(System.lineSeparator(), "\n"));
    }

    @Test
    void anythingElseIsAnInternalErrorWithItsTrace() {
        String[] result = run(new IllegalStateException("oops"));

        assertEquals(String.valueOf(ExitCode.INTERNAL_ERROR.code()), result[0]);
        assertTrue(result[1].startsWith("stead: internal error"), result[1]);
        assertTrue(result[1].contains("java.lang.IllegalStateException: oops"), result[1]);
        assertTrue(result[1].contains("io.stead.cli.command.FailureHandlerTest"), result[1]);
    }
}
