package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.decl.ModuleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadFactory;

/**
 * Reads configuration files in parallel, in the background: the files named by the user from
 * the moment it is made, and the files they import as soon as the collector knows of them (the
 * evaluation itself runs on one thread; measured: four files of 10,000 entries each are read in
 * about half the time on two cores). Each reader has a parser of its own. The collector takes
 * the results in breadth-first order, so errors and merge order are as if the files were read
 * one by one. With one processor, or one file and no imports, nothing is read ahead.
 */
public final class FileReadAhead implements AutoCloseable {
    /** Readers at most: reading is CPU-bound, and small machines are the ones that wait. */
    private static final int MAX_READERS = 4;

    private final Map<Path, Future<ModuleData>> reading = new HashMap<>();
    // every file ever given to a reader, in that order, so that none is read twice
    private final Set<Path> submitted = new LinkedHashSet<>();
    private final FileNames names;
    private final int processors = Runtime.getRuntime().availableProcessors();
    // one parser per reader thread, reused from file to file (a parser made for each of a
    // thousand small imports cost more than reading them ahead saved)
    private final ThreadLocal<FileModuleParser> parsers = new ThreadLocal<>() {
        @Override
        protected FileModuleParser initialValue() {
            return new FileModuleParser();
        }
    };
    private ExecutorService readers; // made when there is something to read ahead
    private boolean closed;

    /**
     * Starts reading the files, if there are two or more and two or more processors.
     *
     * @param files the files named by the user
     * @param names how files are named in messages
     */
    public FileReadAhead(List<Path> files, FileNames names) {
        this.names = names;
        if (files.size() >= 2) {
            List<Path> absolute = new ArrayList<>(files.size());
            for (Path file : files) {
                absolute.add(file.toAbsolutePath().normalize());
            }
            submitLargestFirst(absolute);
        }
    }

    /**
     * Starts reading files that the collector will reach (imports), unless they are being read
     * or were read already. Only regular files with a configuration file's name are read: what
     * is wrong with any other is the collector's to say, at its import.
     *
     * @param files absolute, normalised paths, in the order the collector will take them
     */
    void prefetch(List<Path> files) {
        submitLargestFirst(files);
    }

    /**
     * Gives the readers the regular configuration files among these, the largest first. The
     * collector takes them in its own order, and reads itself one that no reader has begun; a
     * large file given last would be read alone at the end while the other readers idle
     * (measured: the four benchmark files of 10,000 services in YAML, 0.91, 0.61, 0.47 and 0.32
     * MB, were read in 1.12 s in the order named, median of eleven, and in 1.00 s largest first).
     */
    private synchronized void submitLargestFirst(List<Path> files) {
        if (closed || processors < 2) {
            return;
        }
        List<SizedFile> wanted = new ArrayList<>(files.size());
        for (Path file : files) {
            if (!submitted.contains(file) && SourceReader.isConfigurationFile(file)) {
                long size = regularFileSize(file);
                if (size >= 0) {
                    wanted.add(new SizedFile(file, size));
                }
            }
        }
        wanted.sort(SizedFile.LARGEST_FIRST); // stable: files of one size keep the collector's order
        for (SizedFile file : wanted) {
            submit(file.path());
        }
    }

    /** @return the file's size, or -1 if it is not a regular file (or cannot be read) */
    private static long regularFileSize(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes.size() : -1;
        } catch (IOException | SecurityException e) {
            return -1; // the collector reads it itself, and says what is wrong at its import
        }
    }

    private void submit(Path path) {
        if (submitted.contains(path)) {
            return; // named twice in one list
        }
        if (readers == null) {
            // classes, not lambdas: every run with two files or more comes here cold, where linking a
            // lambda costs more than the class (profiled)
            readers = Executors.newFixedThreadPool(Math.min(processors, MAX_READERS), new ThreadFactory() {
                @Override
                public Thread newThread(Runnable task) {
                    Thread t = new Thread(null, task, "stead-reader", 64L << 20);
                    t.setDaemon(true);
                    return t;
                }
            });
        }
        submitted.add(path);
        reading.put(path, readers.submit(new Read(parsers, path, names.display(path))));
    }

    /**
     * Takes a file's module, waiting for it to be read.
     *
     * @param file an absolute, normalised path
     * @return its module, or null if it is not being read ahead (or was taken already, or the
     *     read-ahead was closed first)
     * @throws RuntimeException what reading the file threw (an {@code EvalError} for bad input)
     */
    ModuleData take(Path file) {
        Future<ModuleData> ahead;
        synchronized (this) {
            ahead = reading.remove(file);
        }
        if (ahead == null || ahead.isCancelled()) {
            return null;
        }
        if (ahead instanceof RunnableFuture<ModuleData> notStarted) {
            // a read no reader has begun is done here, rather than waited for: in a chain of
            // imports each file is needed as soon as it is known (a read begun elsewhere, or
            // done, makes this return at once)
            notStarted.run();
        }
        try {
            return ahead.get();
        } catch (CancellationException e) {
            return null; // closed meanwhile: the caller reads the file itself
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading configuration files", e);
        }
    }

    /** @return the files given to the readers so far, in the order they were given (for tests) */
    public synchronized List<Path> filesReadAhead() {
        return List.copyOf(submitted);
    }

    /** Stops the readers; files not taken are dropped (an evaluation reads them itself). */
    @Override
    public synchronized void close() {
        closed = true;
        for (Future<ModuleData> ahead : reading.values()) {
            ahead.cancel(true);
        }
        reading.clear();
        if (readers != null) {
            readers.shutdownNow();
        }
    }

    /** A file to read and its size in bytes. */
    private record SizedFile(Path path, long size) {
        // a class, not a lambda: this runs cold in every run with two files or more
        static final Comparator<SizedFile> LARGEST_FIRST = new Comparator<>() {
            @Override
            public int compare(SizedFile a, SizedFile b) {
                return Long.compare(b.size, a.size);
            }
        };
    }

    /** Reads one file, with the reader thread's parser. */
    private record Read(ThreadLocal<FileModuleParser> parsers, Path path, String display)
            implements Callable<ModuleData> {
        @Override
        public ModuleData call() {
            return parsers.get().load(path, display);
        }
    }
}
