package com.musicplayer.platform.db;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a step that the database may refuse for a moment — a deadlock, a lock timeout — again, a few
 * times, after a short jittered pause. Only for steps that are safe to repeat: a transaction that
 * rolled back as a whole, or an idempotent statement.
 */
public final class ConcurrencyRetries {

    private static final Logger log = LoggerFactory.getLogger(ConcurrencyRetries.class);
    private static final int ATTEMPTS = 8;

    private ConcurrencyRetries() {}

    /** @param what names the step in the debug log */
    public static void run(String what, Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (ConcurrencyFailureException ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
                log.debug("Retrying {} after {}", what, ex.getMessage());
                try {
                    // jittered, so that two steps that deadlocked do not meet again in step
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw ex;
                }
            }
        }
    }
}
