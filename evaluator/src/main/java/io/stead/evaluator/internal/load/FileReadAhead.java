package io.stead.evaluator.internal.load;

import io.stead.evaluator.internal.decl.ModuleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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
    // every file ever given to a reader, so that none is read twice
    private final Set<Path> submitted = new HashSet<>();
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
            for (Path file : files) {
                submit(file.toAbsolutePath().normalize());
            }
        }
    }

    /**
     * Starts reading files that the collector will reach (imports), unless they are being read
     * or were read already. Only regular files with a configuration file's name are read: what
     * is wrong with any other is the collector's to say, at its import.
     *
     * @param files absolute, normalised paths, in the order the collector will take them
     */
    synchronized void prefetch(List<Path> files) {
        for (Path file : files) {
            submit(file);
        }
    }

    private synchronized void submit(Path path) {
        if (closed || processors < 2 || submitted.contains(path) || !SourceReader.isConfigurationFile(path)
                || !Files.isRegularFile(path)) {
            return;
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

    /** @return how many files have been given to the readers so far */
    public synchronized int filesReadAhead() {
        return submitted.size();
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

    /** Reads one file, with the reader thread's parser. */
    private record Read(ThreadLocal<FileModuleParser> parsers, Path path, String display)
            implements Callable<ModuleData> {
        @Override
        public ModuleData call() {
            return parsers.get().load(path, display);
        }
    }
}
