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
 * <p>Run from the repository root: {@code java bench/EvalBenchmark.java [--yaml] [--stead CMD] [--nix LIB] [K ...]}
 * (default K = 100 1000 10000, nine runs each, the median and the best reported). The launcher runs on
 * {@code JAVA_HOME}'s JDK, else the newest under /usr/lib/jvm, so
 * {@code JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 java bench/EvalBenchmark.java} measures Stead on
 * JDK 17; the first line printed says which. The second gives two floors measured just before:
 * an empty run of the same JVM and {@code stead --version} (start-up without evaluating), which
 * show how fast the machine is at the time. Peak memory is the
 * process's maximum resident set size, read with GNU time when it is installed; peak heap is
 * what {@code stead eval --stats} reports for one more run.
 *
 * <p>{@code --nix LIB} also runs NixOS's module system on the same workload, written as NixOS
 * modules ({@code mkDefault}, {@code mkAfter}, {@code mkForce}, {@code mkIf}) and evaluated by
 * {@code nix-instantiate --eval --strict --json} with {@code lib.evalModules} of the nixpkgs
 * {@code lib/} directory given. It first checks that both print the same value, then alternates
 * the two run by run, so that both are timed on the same machine at the same time; its figures
 * are printed under Stead's, as "NixOS".
 */
public class EvalBenchmark {
    /** Timed runs per K. Wall times here vary with the load of the machine's neighbours, so the
     *  median and the best of nine are printed: the best is what the machine does unloaded. */
    private static final int RUNS = 9;

    public static void main(String[] args) throws Exception {
        boolean yaml = false;
        Path stead = Path.of("stead").toAbsolutePath();
        Path nixLib = null;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--yaml")) {
                yaml = true;
            } else if (args[i].equals("--stead")) {
                stead = Path.of(args[++i]).toAbsolutePath(); // another launcher, e.g. of an installed build
            } else if (args[i].equals("--nix")) {
                nixLib = Path.of(args[++i]).toAbsolutePath(); // a nixpkgs lib/ directory
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
        if (nixLib != null && !Files.isRegularFile(nixLib.resolve("modules.nix"))) {
            throw new IllegalStateException(nixLib + " is not nixpkgs's lib/ directory (it has no modules.nix)");
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
        if (nixLib != null) {
            System.out.printf(Locale.ROOT, "floor: nix-instantiate --eval --expr 1 %.3f s median%n",
                    median(List.of("nix-instantiate", "--eval", "--expr", "1")));
        }
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        System.out.printf(Locale.ROOT, "%-8s %-5s %10s %10s %14s %15s %10s%n", "K", "fmt", "median (s)", "best (s)",
                "peak RSS (MB)", "peak heap (MB)", "options");
        for (int k : sizes) {
            Path dir = Files.createTempDirectory("stead-bench-" + k);
            List<String> files = generate(dir, k, yaml);
            List<String> cmd = new ArrayList<>();
            cmd.add(stead.toString());
            cmd.add("eval");
            cmd.addAll(files);
            cmd.addAll(List.of("--attr", "services.bench", "--json"));
            List<String> nix = null;
            if (nixLib != null) {
                nix = List.of("nix-instantiate", "--eval", "--strict", "--json",
                        generateNix(dir, k, nixLib).toString(), "-A", "services.bench");
                // the same workload: both must print the same value
                String ours = output(cmd, dir).strip();
                String theirs = output(nix, dir).strip();
                if (!ours.equals(theirs)) {
                    throw new IllegalStateException("K = " + k + ": stead and nix-instantiate print different"
                            + " values:\n" + ours.substring(0, Math.min(300, ours.length())) + "\n"
                            + theirs.substring(0, Math.min(300, theirs.length())));
                }
            }
            // with NixOS, runs alternate: both see the same machine
            Timing steadTimes = new Timing();
            Timing nixTimes = new Timing();
            for (int i = 0; i < RUNS; i++) {
                steadTimes.time(cmd, dir, gnuTime, i);
                if (nix != null) {
                    nixTimes.time(nix, dir, gnuTime, i);
                }
            }
            // one more run, untimed, for the evaluator's counters (--stats loads the management API)
            List<String> counted = new ArrayList<>(cmd);
            counted.add("--stats");
            String stats = run(counted, dir);
            String forced = stats.replaceAll("(?s).*?(\\d+) options forced.*", "$1").strip();
            String heap = stats.replaceAll("(?s).*?peak heap (\\d+) MB.*", "$1").strip();
            steadTimes.print(String.valueOf(k), yaml ? "yaml" : "json", gnuTime, heap, forced);
            if (nix != null) {
                nixTimes.print("  NixOS", "nix", gnuTime, "", "");
            }
            deleteTree(dir);
        }
    }

    /** The wall times and peak memory of one command's runs. */
    static final class Timing {
        final double[] walls = new double[RUNS];
        long rssKb;

        void time(List<String> cmd, Path dir, boolean gnuTime, int i) throws IOException, InterruptedException {
            List<String> timed = new ArrayList<>();
            if (gnuTime) {
                timed.addAll(List.of("/usr/bin/time", "-f", "RSS_KB=%M"));
            }
            timed.addAll(cmd);
            long t0 = System.nanoTime();
            String err = run(timed, dir);
            walls[i] = (System.nanoTime() - t0) / 1e9;
            for (String line : err.split("\n")) {
                if (line.startsWith("RSS_KB=")) {
                    rssKb = Math.max(rssKb, Long.parseLong(line.substring(7).trim()));
                }
            }
        }

        double[] sorted() {
            double[] sorted = walls.clone();
            java.util.Arrays.sort(sorted);
            return sorted;
        }

        void print(String k, String format, boolean gnuTime, String heap, String forced) {
            double[] sorted = sorted();
            System.out.printf(Locale.ROOT, "%-8s %-5s %10.3f %10.3f %14s %15s %10s%n", k, format, sorted[RUNS / 2],
                    sorted[0], gnuTime ? String.valueOf(rssKb / 1024) : "n/a", heap, forced);
        }
    }

    /** The median wall time of {@link #RUNS} runs of a command, in seconds. */
    static double median(List<String> cmd) throws IOException, InterruptedException {
        Timing timing = new Timing();
        for (int i = 0; i < RUNS; i++) {
            timing.time(cmd, null, false, i);
        }
        return timing.sorted()[RUNS / 2];
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

    /**
     * The same workload as NixOS modules, for {@code lib.evalModules} of the nixpkgs lib given:
     * one declaring module with the base values ({@code mkDefault}), then {@code mkAfter},
     * {@code mkForce} and {@code mkIf}. Returns the expression file that evaluates to the config.
     */
    static Path generateNix(Path dir, int k, Path lib) throws IOException {
        StringBuilder a = new StringBuilder("""
                { lib, ... }:
                with lib;
                {
                  options.services.bench = mkOption {
                    type = types.attrsOf (types.submodule {
                      options = {
                        enable = mkOption { type = types.bool; default = false; };
                        port = mkOption { type = types.port; };
                        tags = mkOption { type = types.listOf types.str; default = [ ]; };
                        description = mkOption { type = types.str; default = ""; };
                        env = mkOption { type = types.attrsOf types.str; default = { }; };
                      };
                    });
                    default = { };
                  };
                  options.bench.extra = mkOption { type = types.bool; default = true; };
                  config.services.bench = {
                """);
        StringBuilder b = new StringBuilder("{ lib, ... }:\n{\n  services.bench = {\n");
        StringBuilder c = new StringBuilder("{ lib, ... }:\n{\n  services.bench = {\n");
        StringBuilder d = new StringBuilder("{ config, lib, ... }:\n{\n  services.bench = {\n");
        for (int i = 0; i < k; i++) {
            a.append("    e").append(i).append(" = { enable = mkDefault true; port = ").append(1000 + i % 60000)
                    .append("; tags = [ \"base\" ]; description = \"entry ").append(i).append("\"; };\n");
            b.append("    e").append(i).append(" = { tags = lib.mkAfter [ \"late\" ]; env = { A = \"x\"; }; };\n");
            c.append("    e").append(i).append(" = { port = lib.mkForce ").append(2000 + i % 60000).append("; };\n");
            d.append("    e").append(i)
                    .append(" = lib.mkIf config.bench.extra { env = { B = \"y\"; }; tags = [ \"if\" ]; };\n");
        }
        String[] names = {"a", "b", "c", "d"};
        StringBuilder[] texts = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            texts[i].append("  };\n}\n");
            Files.writeString(dir.resolve(names[i] + ".nix"), texts[i]);
        }
        Path main = dir.resolve("main.nix");
        Files.writeString(main, "((import " + lib + ").evalModules { modules = [ ./a.nix ./b.nix ./c.nix ./d.nix ]; })"
                + ".config\n");
        return main;
    }

    /** What a command prints on stdout. */
    static String output(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed");
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
