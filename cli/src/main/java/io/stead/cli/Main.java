package io.stead.cli;

import io.stead.cli.command.Console;
import io.stead.cli.command.ExitCode;
import io.stead.cli.command.SteadCommand;
import java.util.Map;

/** The {@code stead} executable: runs the command line against the process's own streams. */
public final class Main {
    private Main() {
    }

    /**
     * Runs {@code stead} and exits with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) throws InterruptedException {
        int code = run(Console.system(), System.getenv(), args);
        System.out.flush();
        System.err.flush();
        // halt, not exit: since JDK 21 System.exit first asks the platform's System.Logger
        // whether to log the exit, which initialises logging and scans the runtime image for
        // providers (measured: 5-6 ms of a 120 ms eval). Stead registers no shutdown hook and
        // its streams are flushed above; locks and files are the OS's to release.
        Runtime.getRuntime().halt(code);
    }

    /**
     * Runs one command line to its end.
     *
     * @param console where output goes; flushed before this returns
     * @param environment the environment the command sees
     * @param args the command-line arguments
     * @return the exit code
     */
    static int run(Console console, Map<String, String> environment, String[] args) throws InterruptedException {
        // picocli registers converters for java.time and java.sql types by reflection, which
        // initialises those packages; stead's options use neither (a -D given wins)
        if (System.getProperty(PICOCLI_EXCLUDES) == null) {
            System.setProperty(PICOCLI_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
        int[] code = {ExitCode.INTERNAL_ERROR.code()};
        // evaluation recurses as deep as the chains of options it follows: give it a large stack
        // (a class, not a lambda: the first lambda of a process links java.lang.invoke, 5 ms cold)
        Thread run = new Thread(null, new Runnable() {
            @Override
            public void run() {
                try {
                    code[0] = SteadCommand.commandLine(console, environment, args).execute(args);
                } catch (Error e) {
                    // picocli's handler takes exceptions; an Error (a stack overflow) is a bug too,
                    // said as the handler says one, not as the JVM's bare "Exception in thread"
                    Console.reportBug(console.err(), e);
                    code[0] = ExitCode.INTERNAL_ERROR.code();
                } finally {
                    // stdout is buffered: what was printed must come out even if an Error escapes
                    console.flush();
                }
            }
        }, "stead", STACK_BYTES);
        run.start();
        run.join();
        return code[0];
    }

    private static final long STACK_BYTES = 512L << 20;
    private static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";
}
