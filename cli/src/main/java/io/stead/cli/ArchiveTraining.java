package io.stead.cli;

import io.stead.cli.command.Console;
import io.stead.cli.plugins.PluginPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training run of the launcher's class-data archive: runs the commands people run most on
 * an example configuration, in one process, so that the archive holds the classes of each
 * (an archive trained on {@code build} alone left {@code eval}'s to be loaded and verified on
 * every run). Output is discarded; the exit code is the first failure's, if any.
 *
 * <p>With {@code eval} as a third argument it runs only {@code eval} and {@code option}: an
 * ahead-of-time cache (JDK 25) loads every class of its training run when the JVM starts, so
 * the launcher gives those two commands a cache of their own, without the generator's, the
 * writer's and picocli's help classes.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    /**
     * @param args an example configuration file, a scratch directory to build it into and,
     *     optionally, {@code eval}
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals(EVAL_ONLY)) {
            throw new IllegalArgumentException("usage: ArchiveTraining EXAMPLE.yaml SCRATCH-DIR [eval]");
        }
        System.exit(train(args[0], args[1], args.length == 3));
    }

    /**
     * Runs the training command lines.
     *
     * @param example a configuration file
     * @param out a directory to build it into (replaced); a file is also written beside it
     * @param evalOnly whether to run only the {@code eval} and {@code option} command lines
     * @return 0 if every command succeeded, else the first failure's exit code
     */
    static int train(String example, String out, boolean evalOnly) throws InterruptedException {
        // a second file, in JSON, so that both parsers are trained and files are read in
        // parallel, as in most evaluations
        Path second = Path.of(out).resolveSibling("training-extra.json");
        try {
            // with a declaration of a compound type and a number, as benchmarks and many files have
            Files.writeString(second, "{\"options\": {\"training.ports\": {\"type\": \"listOf (nullOr port)\","
                    + " \"default\": []}},\n \"config\": {\"networking.hostName\": {\"$force\": \"trained\"},"
                    + " \"training.ports\": [2022]}}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> runs = new ArrayList<>(List.of(
                new String[] {"eval", example, second.toString(), "--json"},
                new String[] {"eval", example, "--attr", "services.openssh.ports"},
                new String[] {"option", "services.openssh.ports", "-c", example}));
        if (!evalOnly) {
            runs.add(new String[] {"build", example, "-o", out});
            runs.add(new String[] {"plugins"});
            runs.add(new String[] {"--help"});
        }
        // the process's environment, as Main passes it (reading it loads classes that every run
        // loads), but without plugin directories: the archive is of the bundled plugins
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.remove(PluginPath.VARIABLE);
        int failed = 0;
        for (String[] run : runs) {
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            int code = Main.run(new Console(nowhere, nowhere), environment, run);
            if (failed == 0) {
                failed = code;
            }
        }
        return failed;
    }

    private static final String EVAL_ONLY = "eval";
}
