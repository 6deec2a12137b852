package dev.gradus.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The {@code gradus} process: runs the command line, and turns Ctrl-C into a clean cancellation. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread cleanup = new Thread(() -> {
            interrupted.set(true);
            try {
                // let the run see the flag, stop, and remove its unfinished output file
                done.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gradus-interrupt");
        Runtime.getRuntime().addShutdownHook(cleanup);
        CliContext context = new CliContext(System.out, System.err, System.getenv(), Terminal.detect(), interrupted::get);
        int code;
        try {
            code = GradusCli.execute(context, args);
        } finally {
            done.countDown();
        }
        System.out.flush();
        if (!interrupted.get()) {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            System.exit(code);
        }
    }
}
