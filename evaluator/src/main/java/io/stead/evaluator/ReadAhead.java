package io.stead.evaluator;

import io.stead.evaluator.internal.load.FileNames;
import io.stead.evaluator.internal.load.FileReadAhead;
import java.nio.file.Path;
import java.util.List;

/**
 * Configuration files being read in the background from the moment this is made, so that
 * reading them overlaps other work, such as loading the plugins, which the files do not depend
 * on (measured: a cold {@code stead eval} of four small files waited 26 ms for its readers when
 * they started after the plugins). Hand it to {@link Evaluator#evaluate(EvaluationRequest, ReadAhead)},
 * which also hands it the files they import as it learns of them. A file it does not hold is
 * read when the evaluation reaches it. Reading errors are reported by the evaluation, in the
 * order it reaches the files, exactly as without it.
 */
public final class ReadAhead implements AutoCloseable {
    private final FileReadAhead reading;

    private ReadAhead(FileReadAhead reading) {
        this.reading = reading;
    }

    /**
     * Starts reading the files, in parallel when there are several and several processors.
     *
     * @param files configuration files (YAML or JSON)
     * @return the files being read; close it when the evaluation has been made
     */
    public static ReadAhead start(List<Path> files) {
        return new ReadAhead(new FileReadAhead(files, FileNames.ofProcess()));
    }

    /** @return the files given to background readers, in the order given (for tests) */
    List<Path> filesReadAhead() {
        return reading.filesReadAhead();
    }

    FileReadAhead reading() {
        return reading;
    }

    /** Stops the readers; results not used are dropped. */
    @Override
    public void close() {
        reading.close();
    }
}
