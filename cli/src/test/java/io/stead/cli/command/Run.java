package io.stead.cli.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * One run of {@code stead} in-process, with what it printed.
 *
 * @param code the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record Run(int code, String out, String err) {

    /**
     * @param environment the environment the run sees
     * @param args the command line
     * @return what happened
     */
    static Run of(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(out), new PrintWriter(err));
        int code = SteadCommand.commandLine(console, environment, args).execute(args);
        console.flush();
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * @param args the command line
     * @return what happened, with an empty environment
     */
    static Run of(String... args) {
        return of(Map.of(), args);
    }
}
