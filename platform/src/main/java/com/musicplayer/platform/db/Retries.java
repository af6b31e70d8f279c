package com.musicplayer.platform.db;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a unit of work again when it lost a race with another transaction — a deadlock, a lock
 * timeout (MariaDB reports one when an insert and a delete of the same key cross), or a
 * {@link ConcurrencyFailureException} the work throws itself (say, a row another request created
 * first). Only for work that is safe to repeat from the start: a transaction that rolled back, or
 * single statements that are idempotent.
 */
public final class Retries {

    private static final Logger log = LoggerFactory.getLogger(Retries.class);
    private static final int ATTEMPTS = 8;

    private Retries() {}

    public static void onConcurrencyFailure(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (ConcurrencyFailureException ex) {
                if (attempt == ATTEMPTS) {
                    throw ex;
                }
                log.debug("Retrying after {}", ex.getMessage());
                try {
                    // jittered, so that two requests that collided do not meet again in step
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw ex;
                }
            }
        }
    }
}
