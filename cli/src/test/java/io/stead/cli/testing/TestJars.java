package io.stead.cli.testing;

import io.stead.api.ServiceModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds small plugin jars for tests: compiles Java sources against the API module this test
 * runs with, and packs them, modular or plain. Everything goes under one work directory.
 */
public final class TestJars {
    private final Path work;
    private int builds;

    /** @param work a scratch directory (a JUnit {@code @TempDir}) */
    public TestJars(Path work) {
        this.work = work;
    }

    /**
     * Source of a service module class.
     *
     * @param qualifiedName such as {@code hello.Hello}
     * @param pluginName what {@code name()} answers
     * @param constructorBody statements run by the constructor
     * @param optionsBody statements of {@code options(Options options)}
     * @return the source file's path (relative) and text
     */
    public static Map.Entry<String, String> serviceModule(String qualifiedName, String pluginName,
                                                          String constructorBody, String optionsBody) {
        int dot = qualifiedName.lastIndexOf('.');
        String pkg = qualifiedName.substring(0, dot);
        String simple = qualifiedName.substring(dot + 1);
        String text = "package " + pkg + ";\n"
                + "import io.stead.api.*;\n"
                + "import static io.stead.api.Types.*;\n"
                + "public final class " + simple + " implements ServiceModule {\n"
                + "  public " + simple + "() { " + constructorBody + " }\n"
                + "  @Override public String name() { return \"" + pluginName + "\"; }\n"
                + "  @Override public String description() { return \"The " + pluginName + " plugin.\"; }\n"
                + "  @Override public void options(Options options) { " + optionsBody + " }\n"
                + "}\n";
        return Map.entry(qualifiedName.replace('.', '/') + ".java", text);
    }

    /**
     * A simple good service module declaring {@code <name>.enable} (bool) and
     * {@code <name>.greeting} (string).
     *
     * @param qualifiedName its class
     * @param pluginName its name
     * @return its source
     */
    public static Map.Entry<String, String> greeter(String qualifiedName, String pluginName) {
        return serviceModule(qualifiedName, pluginName, "",
                "Options o = options.under(\"" + pluginName + "\");"
                        + " o.add(Option.of(\"greeting\", str()).withDefault(\"hi\"));"
                        + " o.add(Option.of(\"enable\", bool()).withDefault(false));");
    }

    /**
     * A modular jar: {@code module-info.java} is written from the arguments.
     *
     * @param jar the jar file to create
     * @param moduleName the module's name
     * @param moduleBody the module declaration's body, e.g. {@code requires io.stead.api; provides ...}
     * @param version the module version ({@code --module-version}), or null
     * @param sources other sources, by relative path
     * @return the jar
     */
    @SafeVarargs
    public final Path modular(Path jar, String moduleName, String moduleBody, String version,
                              Map.Entry<String, String>... sources) throws IOException {
        return modular(jar, moduleName, moduleBody, version, List.of(), sources);
    }

    /**
     * A modular jar compiled against more modules than the API.
     *
     * @param jar the jar file to create
     * @param moduleName the module's name
     * @param moduleBody the module declaration's body
     * @param version the module version, or null
     * @param libraries further jars for the compile-time module path
     * @param sources other sources, by relative path
     * @return the jar
     */
    @SafeVarargs
    public final Path modular(Path jar, String moduleName, String moduleBody, String version,
                              List<Path> libraries, Map.Entry<String, String>... sources)
            throws IOException {
        Path src = work.resolve("src-" + ++builds);
        write(src.resolve("module-info.java"), "module " + moduleName + " { " + moduleBody + " }\n");
        for (Map.Entry<String, String> source : sources) {
            write(src.resolve(source.getKey()), source.getValue());
        }
        StringBuilder path = new StringBuilder(modulePath());
        libraries.forEach(lib -> path.append(java.io.File.pathSeparator).append(lib));
        List<String> options = new ArrayList<>(List.of("--module-path", path.toString()));
        if (version != null) {
            options.addAll(List.of("--module-version", version));
        }
        return pack(jar, compile(src, options), new Manifest());
    }

    /**
     * A plain jar (no module-info), with a {@code META-INF/services} file if {@code provider} is
     * given and extra main manifest attributes.
     *
     * @param jar the jar file to create
     * @param provider the class to list in {@code META-INF/services/io.stead.api.ServiceModule},
     *     or null for none
     * @param manifestAttributes main attributes to add
     * @param sources the sources, by relative path
     * @return the jar
     */
    @SafeVarargs
    public final Path plain(Path jar, String provider, Map<String, String> manifestAttributes,
                            Map.Entry<String, String>... sources) throws IOException {
        Path src = work.resolve("src-" + ++builds);
        for (Map.Entry<String, String> source : sources) {
            write(src.resolve(source.getKey()), source.getValue());
        }
        Path classes = compile(src, List.of("--class-path", modulePath()));
        if (provider != null) {
            write(classes.resolve("META-INF/services/" + ServiceModule.class.getName()), provider + "\n");
        }
        Manifest manifest = new Manifest();
        manifestAttributes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        return pack(jar, classes, manifest);
    }

    /**
     * @param file the file to create, named like a jar
     * @return a file that is not a zip at all
     */
    public Path garbage(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "this is not a jar\n");
    }

    /** @return the API module's jar or classes directory, as the test runs with it */
    public static String modulePath() {
        return ModuleLayer.boot().configuration().findModule("io.stead.api")
                .flatMap(m -> m.reference().location())
                .map(Path::of)
                .orElseThrow(() -> new IllegalStateException("io.stead.api is not on the module path"))
                .toString();
    }

    private Path compile(Path src, List<String> options) throws IOException {
        Path classes = src.resolveSibling(src.getFileName() + "-classes");
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-d", classes.toString(), "-Xlint:none"));
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        ToolProvider javac = ToolProvider.findFirst("javac")
                .orElseThrow(() -> new IllegalStateException("no javac: tests need a JDK"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        if (javac.run(print, print, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("javac failed:\n" + log.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    private static Path pack(Path jar, Path classes, Manifest manifest) throws IOException {
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
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
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
