package io.stead.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stead.api.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SteadCommandTest {

    @Test
    void versionNamesSteadAndThePluginApi() {
        Run run = Run.of("--version");

        assertEquals(0, run.code());
        assertEquals("stead " + System.getProperty("project.version") + "\nplugin API "
                + ApiVersion.current() + "\n", run.out().replace(System.lineSeparator(), "\n"));
        assertEquals("", run.err());
    }

    @Test
    void helpListsTheCommandsWithOneLineEach() {
        Run run = Run.of("--help");

        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Usage: stead [-hV] [-I=DIR]... [COMMAND]"), run.out());
        assertTrue(run.out().contains("-I, --plugin-dir=DIR"), run.out());
        assertEquals(List.of("build", "eval", "option", "plugins", "help"), commandsListed(run.out()));
        assertTrue(run.out().contains("plugins  List the loaded plugins"), run.out());
    }

    @Test
    void helpListsEveryExitCodeWithItsMeaning() {
        String usage = Run.of("--help").out();
        String section = usage.substring(usage.indexOf("Exit codes:"));
        for (ExitCode code : ExitCode.values()) {
            assertTrue(Pattern.compile("(?m)^  " + code.code() + " +\\S").matcher(section).find(), section);
        }
        assertTrue(section.contains("stead build: the output directory is refused"), section);
    }

    @Test
    void everyCommandKnowsTheVersion() {
        for (String command : commandsListed(Run.of("--help").out())) {
            if (!command.equals("help")) {
                assertEquals(Run.of("--version").out(), Run.of(command, "--version").out(), command);
            }
        }
    }

    @Test
    void everyListedCommandWorks() {
        // --help must never show a command that is not there yet
        for (String command : commandsListed(Run.of("--help").out())) {
            Run run = Run.of(command, "--help");
            assertEquals(0, run.code(), command + ": " + run.err());
            assertTrue(run.out().contains("Usage: stead " + command), run.out());
        }
    }

    @Test
    void helpShowsTheUsageOfTheCommandNamedOrOfStead() {
        Run eval = Run.of("help", "eval");
        assertEquals(0, eval.code(), eval.err());
        assertEquals(Run.of("eval", "--help").out(), eval.out());
        assertEquals("", eval.err());

        Run stead = Run.of("help");
        assertEquals(0, stead.code(), stead.err());
        assertEquals(Run.of("--help").out(), stead.out());

        Run itself = Run.of("help", "--help");
        assertEquals(0, itself.code(), itself.err());
        assertTrue(itself.out().startsWith("Usage: stead help [-h] [COMMAND]"), itself.out());
        assertTrue(itself.out().contains("[COMMAND]   The COMMAND to display the usage help message for."),
                itself.out());
        assertTrue(itself.out().contains("-h, --help      Show usage help for the help command and exit."),
                itself.out());
        assertTrue(Run.of("--help").out().contains("help     Display help information about the specified command."),
                Run.of("--help").out());
    }

    @Test
    void helpOnAnUnknownCommandIsAUsageError() {
        Run run = Run.of("help", "frobnicate");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().startsWith("stead: Unknown subcommand 'frobnicate'."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownCommandWithHelpIsAUsageErrorNotSteadsHelp() {
        // picocli printed stead's own help and exited 0, as if 'switch' were a command
        Run run = Run.of("switch", "--help");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertEquals("stead: Unmatched argument at index 0: 'switch'\nTry 'stead --help' for more information.\n",
                run.err());
        assertEquals("", run.out());
        assertEquals(ExitCode.OK.code(), Run.of("eval", "--help").code(), "a command's own help is no error");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = Run.of();

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().startsWith("Usage: stead"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAHint() {
        Run run = Run.of("--frobnicate");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().startsWith("stead: Unknown option: '--frobnicate'"), run.err());
        assertTrue(run.err().contains("Try 'stead --help' for more information."), run.err());
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        Run run = Run.of("plugin");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().contains("plugins"), run.err());
    }

    @Test
    void aSubcommandsUsageErrorNamesTheSubcommand() {
        Run run = Run.of("plugins", "--frobnicate");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().contains("Try 'stead plugins --help'"), run.err());
    }

    @Test
    void anEmptyPathIsAUsageError() {
        // -o '' was the working directory, refused as a tree (exit 4) rather than as an argument
        Run run = Run.of("build", "examples/host.yaml", "-o", "");

        assertEquals(ExitCode.USAGE.code(), run.code());
        assertTrue(run.err().contains("an empty path names no file or directory"), run.err());
    }

    /** The names under "Commands:" in a usage message. */
    private static List<String> commandsListed(String usage) {
        String section = usage.substring(usage.indexOf("Commands:"), usage.indexOf("Exit codes:"));
        Matcher m = Pattern.compile("(?m)^  (\\S+)  ").matcher(section);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
