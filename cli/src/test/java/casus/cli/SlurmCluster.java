package casus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-node Slurm cluster on this machine, for tests, everything under one folder: munged with
 * its own key and socket, then slurmctld and slurmd with a generated {@code slurm.conf} (root as
 * the Slurm user, processes tracked by {@code /proc}, no task plugin, consumable CPUs, no
 * accounting) describing this node as {@code slurmd -C} finds it, on free ports. Slurm's commands
 * reach it through {@link #env()}. {@link #close()} cancels its jobs and stops every daemon it
 * started, and any process left running from its folder.
 */
final class SlurmCluster implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(60);
    private static final List<String> DAEMONS = List.of("/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd");

    private final Path root;
    private final Path conf;
    private final List<Process> daemons = new ArrayList<>();
    private final int cpus;

    private SlurmCluster(Path root, int cpus) {
        this.root = root;
        this.conf = root.resolve("slurm.conf");
        this.cpus = cpus;
    }

    /** Why this machine cannot run the cluster, or null when it can. */
    static String unavailable() {
        if (!isRoot()) {
            return "a one-node Slurm cluster runs munged, slurmctld and slurmd as root, and this test does not run as root";
        }
        for (String d : DAEMONS) {
            if (!Files.isExecutable(Path.of(d))) {
                return d + " is not installed: Debian's slurm-wlm and munge packages are needed (.ci/run installs them)";
            }
        }
        return null;
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).strip().split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Starts the cluster under {@code root} (a new folder) and waits until its node is idle. */
    static SlurmCluster start(Path root) {
        SlurmCluster c = null;
        boolean up = false;
        try {
            Files.createDirectories(root);
            // munged wants everyone able to reach its socket's folder
            for (Path p : List.of(root.getParent(), root)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            for (String d : List.of("key", "run", "state", "spool", "log")) {
                Files.createDirectories(root.resolve(d));
            }
            Files.setPosixFilePermissions(root.resolve("key"), PosixFilePermissions.fromString("rwx------"));
            byte[] key = new byte[1024];
            new SecureRandom().nextBytes(key);
            Path keyFile = root.resolve("key/munge.key");
            Files.write(keyFile, key);
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));
            String node = node();
            Matcher cpu = Pattern.compile("CPUs=(\\d+)").matcher(node);
            c = new SlurmCluster(root, cpu.find() ? Integer.parseInt(cpu.group(1)) : 1);
            c.daemon(root.resolve("log/munged.out"), "/usr/sbin/munged", "--foreground", "--force", "--socket=" + root.resolve("run/munge.socket"),
                    "--key-file=" + keyFile, "--pid-file=" + root.resolve("run/munged.pid"), "--seed-file=" + root.resolve("key/munged.seed"),
                    "--log-file=" + root.resolve("log/munged.log"));
            c.await(() -> Files.exists(root.resolve("run/munge.socket")), "munged's socket");
            Files.writeString(c.conf, conf(root, node), StandardCharsets.UTF_8);
            c.daemon(root.resolve("log/slurmctld.out"), "/usr/sbin/slurmctld", "-D", "-f", c.conf.toString());
            c.daemon(root.resolve("log/slurmd.out"), "/usr/sbin/slurmd", "-D", "-f", c.conf.toString());
            SlurmCluster started = c;
            c.await(() -> started.slurm("sinfo", "--noheader", "--format=%T").out().strip().equals("idle"), "an idle node");
            up = true;
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!up && c != null) {
                c.close();
            }
        }
    }

    /** This node as {@code slurmd -C} describes it: its name, real CPU count, sockets, cores and memory. */
    private static String node() {
        Slurm.Result r = Slurm.run(List.of("/usr/sbin/slurmd", "-C"));
        if (r == null || r.status() != 0 || !r.out().startsWith("NodeName=")) {
            throw new IllegalStateException("slurmd -C did not describe this node: " + (r == null ? "not run" : r.out() + r.err()));
        }
        return r.out().lines().findFirst().orElseThrow();
    }

    private static String conf(Path root, String node) throws IOException {
        String name = node.substring("NodeName=".length()).split("\\s+")[0];
        return String.join("\n",
                "ClusterName=casus-test",
                "SlurmctldHost=" + name + "(127.0.0.1)",
                "SlurmctldPort=" + freePort(),
                "SlurmdPort=" + freePort(),
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "CredType=cred/munge",
                "AuthInfo=socket=" + root.resolve("run/munge.socket"),
                "StateSaveLocation=" + root.resolve("state"),
                "SlurmdSpoolDir=" + root.resolve("spool"),
                "SlurmctldPidFile=" + root.resolve("run/slurmctld.pid"),
                "SlurmdPidFile=" + root.resolve("run/slurmd.pid"),
                "SlurmctldLogFile=" + root.resolve("log/slurmctld.log"),
                "SlurmdLogFile=" + root.resolve("log/slurmd.log"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU",
                "AccountingStorageType=accounting_storage/none",
                "JobAcctGatherType=jobacct_gather/none",
                "MpiDefault=none",
                "ReturnToService=2",
                node + " NodeAddr=127.0.0.1 State=UNKNOWN",
                "PartitionName=casus Nodes=" + name + " Default=YES MaxTime=INFINITE State=UP",
                "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private void daemon(Path log, String... cmd) throws IOException {
        daemons.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    private void await(java.util.function.BooleanSupplier ready, String what) {
        if (!JarProcess.until(ready, START, () -> daemons.stream().allMatch(Process::isAlive))) {
            throw new IllegalStateException("the cluster did not come up (no " + what + "); see the logs in " + root.resolve("log"));
        }
    }

    /** The environment that points Slurm's commands at this cluster. */
    Map<String, String> env() {
        return Map.of("SLURM_CONF", conf.toString());
    }

    /** The node's CPUs. */
    int cpus() {
        return cpus;
    }

    /** Runs one of Slurm's commands against this cluster. */
    Slurm.Result slurm(String... cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(env());
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            p.waitFor(30, TimeUnit.SECONDS);
            return new Slurm.Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The jobs (and array tasks) still pending or running. */
    List<String> active() {
        Slurm.Result r = slurm("squeue", "--noheader", "--array", "--states=PENDING,RUNNING,CONFIGURING,COMPLETING,SUSPENDED", "--format=%i");
        return r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Cancels every job, waits for the queue to empty, stops the daemons, and ends any process still running from this folder. */
    @Override
    public void close() {
        try {
            if (daemons.size() == DAEMONS.size() && daemons.stream().allMatch(Process::isAlive)) {
                slurm("scancel", "--user=root");
                JarProcess.until(() -> active().isEmpty(), Duration.ofSeconds(30), () -> true);
            }
        } finally {
            for (int i = daemons.size() - 1; i >= 0; i--) {
                stop(daemons.get(i));
            }
            String mark = root.toString();
            ProcessHandle.allProcesses().filter(ph -> ph.info().commandLine().map(c -> c.contains(mark)).orElse(false))
                    .forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }
}
