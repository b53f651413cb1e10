package io.stead.cli.command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Where commands write: results on {@code out}, messages and errors on {@code err}. Commands
 * never touch {@code System.out}; tests hand in writers of their own and read what was written.
 *
 * @param out the results: what a script would pipe on
 * @param err diagnostics: errors, warnings, progress
 */
public record Console(PrintWriter out, PrintWriter err) {

    /**
     * @param out not null
     * @param err not null
     */
    public Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * The process's standard output and error, in the platform's encoding. Output is buffered
     * (which matters when printing large JSON values); call {@link #flush()} before exiting.
     *
     * @return the console of this process
     */
    public static Console system() {
        Charset charset = Charset.defaultCharset();
        return new Console(new PrintWriter(new OutputStreamWriter(System.out, charset)),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true));
    }

    /** Flushes both writers. */
    public void flush() {
        out.flush();
        err.flush();
    }
}
