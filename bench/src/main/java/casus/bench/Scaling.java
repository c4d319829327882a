package casus.bench;

import casus.engine.model.Setting;
import casus.engine.run.Recorder;
import casus.engine.run.Simulation;
import casus.engine.run.Workspace;
import casus.engine.scenario.Scenarios;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a scenario on one thread, then on two, for a fixed time each, and reports both the runs
 * per second of wall time and the runs per second of CPU time each thread was given. On a
 * machine that other work shares, the wall-clock ratio of two threads to one shows how many
 * cores the run got; the CPU-time figures show whether the engine itself slows down when two
 * threads share the machine's memory and caches.
 *
 * <pre>java -cp bench/target/benchmarks.jar casus.bench.Scaling SCENARIO SECONDS [ROUNDS]</pre>
 */
public final class Scaling {
    private Scaling() {
    }

    public static void main(String[] args) throws InterruptedException {
        String scenario = args.length > 0 ? args[0] : "border-2022";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Setting setting = Scenarios.load(scenario);
        measure(setting, 2, 5);
        for (int r = 1; r <= rounds; r++) {
            double[] one = measure(setting, 1, seconds);
            double[] two = measure(setting, 2, seconds);
            System.out.printf(Locale.ROOT, "%s round %d: 1 thread %.0f runs/s (%.0f per CPU-second, %.2f cores); 2 threads %.0f runs/s "
                    + "(%.0f per CPU-second, %.2f cores); wall ratio %.2f, CPU-time ratio %.2f%n", scenario, r, one[0], one[1], one[2], two[0],
                    two[1], two[2], two[0] / one[0], two[1] / one[1]);
        }
    }

    /** Runs on {@code threads} threads for a while: {wall runs/s, runs per CPU-second, cores used}. */
    static double[] measure(Setting setting, int threads, int seconds) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong runs = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            final long first = t * 1_000_000L;
            workers[t] = new Thread(() -> {
                Workspace workspace = new Workspace();
                long cpu0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                while (System.nanoTime() < end) {
                    new Simulation(setting, first + n % FloorBenchmark.RUNS, Recorder.NONE, workspace).runToEnd();
                    n++;
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                runs.addAndGet(n);
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu.get() / 1e9;
        return new double[] {runs.get() / wall, runs.get() / cpuSeconds, cpuSeconds / wall};
    }
}
