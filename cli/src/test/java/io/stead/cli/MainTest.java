package io.stead.cli;

import static io.stead.cli.testing.TestJars.serviceModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.cli.command.Console;
import io.stead.cli.command.ExitCode;
import io.stead.cli.testing.TestJars;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable's own handling, around the command line. */
class MainTest {
    @TempDir
    Path work;

    @Test
    void anErrorThatEscapesACommandIsReportedAsABugWithItsTrace() throws Exception {
        // picocli's handler takes exceptions; an Error went to the JVM's bare "Exception in thread" line
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        new TestJars(work).modular(plugins.resolve("bad.jar"), "bad",
                "requires io.stead.api; provides io.stead.api.ServiceModule with bad.Plugin;", null,
                serviceModule("bad.Plugin", "bad", "", "throw new StackOverflowError(\"boom\");"));
        Path file = Files.writeString(work.resolve("a.yaml"), "{}\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // (a stack overflow is let through, as the evaluation's own chains rely on it: one from a
        // plugin's code, here, takes the way one of Stead's would)
        int code = Main.run(new Console(new PrintWriter(out), new PrintWriter(err)), Map.of(),
                new String[] {"eval", "-I", plugins.toString(), file.toString()});
        assertEquals(ExitCode.INTERNAL_ERROR.code(), code, err.toString());
        assertTrue(err.toString().startsWith("stead: internal error (a bug in stead; please report it with this"
                + " trace):\njava.lang.StackOverflowError: boom\n"), err.toString());
    }
}
