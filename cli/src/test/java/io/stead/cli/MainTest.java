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
        // picocli's handler takes exceptions; an Error (here a plugin's) went to the JVM's bare
        // "Exception in thread" line
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        new TestJars(work).modular(plugins.resolve("bad.jar"), "bad",
                "requires io.stead.api; provides io.stead.api.ServiceModule with bad.Plugin;", null,
                serviceModule("bad.Plugin", "bad", "", "throw new AssertionError(\"boom\");"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Console(new PrintWriter(out), new PrintWriter(err)), Map.of(),
                new String[] {"plugins", "-I", plugins.toString()});
        assertEquals(ExitCode.INTERNAL_ERROR.code(), code, err.toString());
        assertTrue(err.toString().startsWith("stead: internal error (a bug in stead; please report it with this"
                + " trace):\njava.lang.AssertionError: boom\n"), err.toString());
    }
}
