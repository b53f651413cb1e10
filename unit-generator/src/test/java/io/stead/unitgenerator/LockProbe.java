package io.stead.unitgenerator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process's write lock, for {@link TreeWriterTest}: file locks are per process, so only
 * another process can make a write wait. {@code hold DIR} takes a write's lock on DIR, prints
 * "locked" and releases it when its input ends; {@code try DIR} prints "held" or "free" for the
 * file now at the lock's path.
 */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (InterruptedWrites held = InterruptedWrites.lock(target)) {
                System.out.println("locked");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            return;
        }
        Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            System.out.println(lock == null ? "held" : "free");
        }
    }
}
