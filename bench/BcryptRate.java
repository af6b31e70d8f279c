import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The bcrypt reference of the benchmark, with the same library the services use
 * (spring-security-crypto on the class path; run as a single-file program):
 *
 * <pre>
 *   java -cp spring-security-crypto.jar bench/BcryptRate.java hash PASSWORD COST
 *   java -cp spring-security-crypto.jar bench/BcryptRate.java rate COST THREADS SECONDS
 * </pre>
 *
 * {@code rate} prints the number of password verifications ({@code BCrypt.checkpw}, what
 * BCryptPasswordEncoder.matches does) per second on THREADS threads, after a short warm-up.
 */
public class BcryptRate {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("hash")) {
            System.out.println(BCrypt.hashpw(args[1], BCrypt.gensalt(Integer.parseInt(args[2]))));
            return;
        }
        if (args.length != 4 || !args[0].equals("rate")) {
            System.err.println("usage: hash PASSWORD COST | rate COST THREADS SECONDS");
            System.exit(2);
        }
        int cost = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        String password = "bench-password";
        String hash = BCrypt.hashpw(password, BCrypt.gensalt(cost));

        run(password, hash, threads, Math.min(2.0, seconds / 4)); // warm-up: JIT
        long start = System.nanoTime();
        long count = run(password, hash, threads, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%.2f%n", count / elapsed);
    }

    private static long run(String password, String hash, int threads, double seconds) throws InterruptedException {
        LongAdder done = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                while (!stop.get()) {
                    if (!BCrypt.checkpw(password, hash)) {
                        throw new IllegalStateException("bcrypt mismatch");
                    }
                    done.increment();
                }
            });
            workers[i].start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread t : workers) {
            t.join();
        }
        return done.sum();
    }
}
