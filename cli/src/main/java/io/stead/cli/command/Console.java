package io.stead.cli.command;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
     * The process's standard output and error. Output is buffered (which matters when printing
     * large JSON values); call {@link #flush()} before exiting.
     *
     * @return the console of this process
     */
    public static Console system() {
        return over(System.out, System.err, Charset.defaultCharset());
    }

    /**
     * Results are written in UTF-8 whatever the locale: they are JSON, which is UTF-8 (RFC
     * 8259), and a script reads them as such; in the platform's encoding a C or POSIX locale
     * (cron, systemd units, containers) would turn every non-ASCII character into '?'.
     * Diagnostics are for the terminal, so they stay in the platform's encoding.
     *
     * @param out where results go
     * @param err where diagnostics go
     * @param platform the platform's encoding
     * @return a console over the two streams
     */
    static Console over(OutputStream out, OutputStream err, Charset platform) {
        return new Console(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                new PrintWriter(new OutputStreamWriter(err, platform), true));
    }

    /**
     * Reports a bug in Stead: what went wrong, with its stack trace, for a bug report.
     *
     * @param err where diagnostics go
     * @param failure what was thrown
     */
    public static void reportBug(PrintWriter err, Throwable failure) {
        err.println("stead: internal error (a bug in stead; please report it with this trace):");
        failure.printStackTrace(err);
    }

    /** Flushes both writers. */
    public void flush() {
        out.flush();
        err.flush();
    }
}
