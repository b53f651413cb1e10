import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stead's evaluation benchmark: a generated configuration of K entries of an
 * {@code attrsOf (submodule {enable, port, tags, description, env})} option, defined across four
 * files with {@code $default}, {@code $after}, {@code $force} and {@code $if}, evaluated by whole
 * {@code ./stead eval} processes (JVM start included). Prints wall time, peak memory and peak
 * heap per K.
 *
 * <p>Run from the repository root: {@code java bench/EvalBenchmark.java [--yaml] [--stead CMD] [K ...]}
 * (default K = 100 1000 10000, nine runs each, the median and the best reported). The launcher runs on
 * {@code JAVA_HOME}'s JDK, else the newest under /usr/lib/jvm, so
 * {@code JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 java bench/EvalBenchmark.java} measures Stead on
 * JDK 17; the first line printed says which. The second gives two floors measured just before:
 * an empty run of the same JVM and {@code stead --version} (start-up without evaluating), which
 * show how fast the machine is at the time. Peak memory is the
 * process's maximum resident set size, read with GNU time when it is installed; peak heap is
 * what {@code stead eval --stats} reports for one more run.
 */
public class EvalBenchmark {
    /** Timed runs per K. Wall times here vary with the load of the machine's neighbours, so the
     *  median and the best of nine are printed: the best is what the machine does unloaded. */
    private static final int RUNS = 9;

    public static void main(String[] args) throws Exception {
        boolean yaml = false;
        Path stead = Path.of("stead").toAbsolutePath();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--yaml")) {
                yaml = true;
            } else if (args[i].equals("--stead")) {
                stead = Path.of(args[++i]).toAbsolutePath(); // another launcher, e.g. of an installed build
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(100, 1000, 10000);
        }
        if (!Files.isExecutable(stead)) {
            throw new IllegalStateException(stead + " is not executable: run from the repository root, where"
                    + " ./stead is, or name a launcher with --stead");
        }
        run(List.of(stead.toString(), "--version"), null); // builds on first use, outside the timings
        System.out.println("stead on " + runtimeOf(stead) + " (JAVA_HOME chooses another JDK)");
        // this machine's speed varies by half from hour to hour: these floors, taken at the same
        // time, say which state the figures below were measured in
        Path image = stead.getParent().resolve("cli/target/image/bin/java");
        if (Files.isExecutable(image)) {
            System.out.printf(Locale.ROOT, "floor: an empty JVM (java -version) %.3f s median, stead --version %.3f s%n",
                    median(List.of(image.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                            "-version")), median(List.of(stead.toString(), "--version")));
        }
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        System.out.printf(Locale.ROOT, "%-8s %-5s %10s %10s %14s %15s %10s%n", "K", "fmt", "median (s)", "best (s)",
                "peak RSS (MB)", "peak heap (MB)", "options");
        for (int k : sizes) {
            Path dir = Files.createTempDirectory("stead-bench-" + k);
            List<String> files = generate(dir, k, yaml);
            List<String> cmd = new ArrayList<>();
            if (gnuTime) {
                cmd.addAll(List.of("/usr/bin/time", "-f", "RSS_KB=%M"));
            }
            cmd.add(stead.toString());
            cmd.add("eval");
            cmd.addAll(files);
            cmd.addAll(List.of("--attr", "services.bench", "--json"));
            double[] walls = new double[RUNS];
            long rss = 0;
            for (int i = 0; i < walls.length; i++) {
                long t0 = System.nanoTime();
                String err = run(cmd, dir);
                walls[i] = (System.nanoTime() - t0) / 1e9;
                for (String line : err.split("\n")) {
                    if (line.startsWith("RSS_KB=")) {
                        rss = Math.max(rss, Long.parseLong(line.substring(7).trim()));
                    }
                }
            }
            // one more run, untimed, for the evaluator's counters (--stats loads the management API)
            List<String> counted = new ArrayList<>(cmd.subList(gnuTime ? 3 : 0, cmd.size()));
            counted.add("--stats");
            String stats = run(counted, dir);
            String forced = stats.replaceAll("(?s).*?(\\d+) options forced.*", "$1").strip();
            String heap = stats.replaceAll("(?s).*?peak heap (\\d+) MB.*", "$1").strip();
            java.util.Arrays.sort(walls);
            System.out.printf(Locale.ROOT, "%-8d %-5s %10.3f %10.3f %14s %15s %10s%n", k, yaml ? "yaml" : "json",
                    walls[RUNS / 2], walls[0], gnuTime ? String.valueOf(rss / 1024) : "n/a", heap, forced);
            deleteTree(dir);
        }
    }

    /** The median wall time of {@link #RUNS} runs of a command, in seconds. */
    static double median(List<String> cmd) throws IOException, InterruptedException {
        double[] walls = new double[RUNS];
        for (int i = 0; i < walls.length; i++) {
            long t0 = System.nanoTime();
            run(cmd, null);
            walls[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(walls);
        return walls[RUNS / 2];
    }

    /** Four files: declarations and base values ($default), $after, $force, $if. */
    static List<String> generate(Path dir, int k, boolean yaml) throws IOException {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        StringBuilder c = new StringBuilder();
        StringBuilder d = new StringBuilder();
        String ext = yaml ? ".yaml" : ".json";
        if (yaml) {
            a.append("""
                    options:
                      services.bench:
                        type:
                          attrsOf:
                            submodule:
                              options:
                                enable: {type: bool, default: false}
                                port: {type: port}
                                tags: {type: listOf str, default: []}
                                description: {type: str, default: ""}
                                env: {type: attrsOf str, default: {}}
                        default: {}
                      bench.extra: {type: bool, default: true}
                    config:
                      services.bench:
                    """);
            b.append("services.bench:\n");
            c.append("services.bench:\n");
            d.append("services.bench:\n");
            for (int i = 0; i < k; i++) {
                a.append("    e").append(i).append(": {enable: {$default: true}, port: ").append(1000 + i % 60000)
                        .append(", tags: [base], description: \"entry ").append(i).append("\"}\n");
                b.append("  e").append(i).append(": {tags: {$after: [late]}, env: {A: x}}\n");
                c.append("  e").append(i).append(": {port: {$force: ").append(2000 + i % 60000).append("}}\n");
                d.append("  e").append(i).append(": {$if: bench.extra, then: {env: {B: y}, tags: [if]}}\n");
            }
        } else {
            a.append("{\"options\": {\"services.bench\": {\"type\": {\"attrsOf\": {\"submodule\": {\"options\": {")
                    .append("\"enable\": {\"type\": \"bool\", \"default\": false}, \"port\": {\"type\": \"port\"},")
                    .append(" \"tags\": {\"type\": \"listOf str\", \"default\": []},")
                    .append(" \"description\": {\"type\": \"str\", \"default\": \"\"},")
                    .append(" \"env\": {\"type\": \"attrsOf str\", \"default\": {}}}}}}, \"default\": {}},")
                    .append(" \"bench.extra\": {\"type\": \"bool\", \"default\": true}},\n \"config\": {\"services.bench\": {\n");
            b.append("{\"services.bench\": {\n");
            c.append("{\"services.bench\": {\n");
            d.append("{\"services.bench\": {\n");
            for (int i = 0; i < k; i++) {
                String sep = i + 1 < k ? ",\n" : "\n";
                a.append("  \"e").append(i).append("\": {\"enable\": {\"$default\": true}, \"port\": ")
                        .append(1000 + i % 60000).append(", \"tags\": [\"base\"], \"description\": \"entry ")
                        .append(i).append("\"}").append(sep);
                b.append("  \"e").append(i).append("\": {\"tags\": {\"$after\": [\"late\"]}, \"env\": {\"A\": \"x\"}}")
                        .append(sep);
                c.append("  \"e").append(i).append("\": {\"port\": {\"$force\": ").append(2000 + i % 60000)
                        .append("}}").append(sep);
                d.append("  \"e").append(i).append("\": {\"$if\": \"bench.extra\", \"then\": {\"env\": {\"B\": \"y\"},")
                        .append(" \"tags\": [\"if\"]}}").append(sep);
            }
            a.append("}}}\n");
            b.append("}}\n");
            c.append("}}\n");
            d.append("}}\n");
        }
        List<String> out = new ArrayList<>();
        String[] names = {"a", "b", "c", "d"};
        StringBuilder[] texts = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            Path p = dir.resolve(names[i] + ext);
            Files.writeString(p, texts[i]);
            out.add(p.toString());
        }
        return out;
    }

    /** The Java version of the launcher's linked image, from its release file. */
    static String runtimeOf(Path stead) throws IOException {
        Path release = stead.getParent().resolve("cli/target/image/release");
        if (Files.isRegularFile(release)) {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return "Java " + line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        }
        return "the JDK on the path (no linked image)";
    }

    static String run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + err);
        }
        return err;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
