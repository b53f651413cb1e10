package io.stead.cli;

import io.stead.cli.command.Console;
import io.stead.cli.command.SteadCommand;

/** The {@code stead} executable: runs the command line against the process's own streams. */
public final class Main {
    private Main() {
    }

    /**
     * Runs {@code stead} and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        Console console = Console.system();
        int code;
        try {
            code = SteadCommand.commandLine(console, System.getenv()).execute(args);
        } finally {
            // stdout is buffered: what was printed must come out even if an Error escapes
            console.flush();
        }
        System.exit(code);
    }
}
