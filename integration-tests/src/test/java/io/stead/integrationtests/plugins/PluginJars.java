package io.stead.integrationtests.plugins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds plugin jars the way a third party would, against the API jar alone
 * ({@code api/target/stead-api-0.1.0.jar}) with the JDK's compiler, in process (through
 * {@link ToolProvider}, which this test module can reach without reading
 * {@code java.compiler}): the example project
 * {@code examples/plugin-hello}, and small plugins written by the tests. Maven is not used: in
 * {@code mvn verify} nothing of Stead is installed in the local repository yet.
 */
final class PluginJars {
    /** The example project, outside the reactor. */
    static final Path EXAMPLE = SteadCli.ROOT.resolve("examples/plugin-hello");

    private final Path work;
    private int builds;

    /** @param work a scratch directory for sources and classes */
    PluginJars(Path work) {
        this.work = work;
    }

    /** @return the API jar that plugins compile against */
    static Path apiJar() {
        Path jar = SteadCli.ROOT.resolve("api/target/stead-api-0.1.0.jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: build the api module first (mvn -B verify does)");
        }
        return jar;
    }

    /** @return the version in the example's pom, which Maven would record as its module version */
    static String exampleVersion() {
        try {
            Matcher m = Pattern.compile("<artifactId>stead-plugin-hello</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Files.readString(EXAMPLE.resolve("pom.xml")));
            if (!m.find()) {
                throw new AssertionError("no version in " + EXAMPLE.resolve("pom.xml"));
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the example project as {@code mvn package} would: its sources compiled with the
     * pom's version as module version, its resources beside the classes.
     *
     * @param jar the jar to write
     * @return the jar
     */
    Path example(Path jar) {
        Path classes = compile(EXAMPLE.resolve("src/main/java"), exampleVersion());
        copyTree(EXAMPLE.resolve("src/main/resources"), classes);
        return pack(classes, jar);
    }

    /**
     * A modular plugin jar with one service module, registered both ways.
     *
     * @param jar the jar to write
     * @param module the module and package name, such as {@code org.example.clash}
     * @param pluginName what {@code name()} answers
     * @param optionsBody the body of {@code options(Options options)}
     * @param configBody the body of {@code config(Definitions config)}
     * @return the jar
     */
    Path serviceModule(Path jar, String module, String pluginName, String optionsBody, String configBody) {
        Path src = work.resolve("src-" + ++builds);
        String provider = module + ".Plugin";
        write(src.resolve("module-info.java"), "module " + module + " { requires io.stead.api; "
                + "provides io.stead.api.ServiceModule with " + provider + "; }\n");
        write(src.resolve(module.replace('.', '/') + "/Plugin.java"), "package " + module + ";\n"
                + "import io.stead.api.*;\n"
                + "import static io.stead.api.Types.*;\n"
                + "public final class Plugin implements ServiceModule {\n"
                + "    @Override public String name() { return \"" + pluginName + "\"; }\n"
                + "    @Override public void options(Options options) {\n        " + optionsBody + "\n    }\n"
                + "    @Override public void config(Definitions config) {\n        " + configBody + "\n    }\n"
                + "}\n");
        Path classes = compile(src, "1.0");
        write(classes.resolve("META-INF/services/io.stead.api.ServiceModule"), provider + "\n");
        return pack(classes, jar);
    }

    /**
     * A jar that is no plugin: a library class and no service provider.
     *
     * @param jar the jar to write
     * @return the jar
     */
    Path library(Path jar) {
        Path src = work.resolve("src-" + ++builds);
        write(src.resolve("org/example/util/Strings.java"),
                "package org.example.util;\npublic final class Strings { private Strings() { } }\n");
        return pack(compile(src, null), jar);
    }

    private Path compile(Path sources, String moduleVersion) {
        Path classes = work.resolve("classes-" + ++builds);
        List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-Xlint:none"));
        boolean modular = Files.exists(sources.resolve("module-info.java"));
        args.addAll(List.of(modular ? "--module-path" : "--class-path", apiJar().toString()));
        if (moduleVersion != null && modular) {
            args.addAll(List.of("--module-version", moduleVersion));
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> args.add(f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new AssertionError("no Java compiler: the tests need a JDK, not a JRE"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        if (javac.run(print, print, args.toArray(String[]::new)) != 0) {
            throw new AssertionError("javac failed on " + sources + ":\n" + log.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    private static Path pack(Path classes, Path jar) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try {
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar);
                 JarOutputStream out = new JarOutputStream(file, manifest);
                 Stream<Path> entries = Files.walk(classes)) {
                for (Path entry : entries.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace('\\', '/')));
                    Files.copy(entry, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
