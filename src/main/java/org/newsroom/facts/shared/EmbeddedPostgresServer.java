package org.newsroom.facts.shared;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * The embedded PostgreSQL 17 of development, tests and local tries (zonky binaries), made to behave like a server
 * one can trust with writes: durable ({@code synchronous_commit} and {@code fsync} on, unlike zonky's defaults, so an
 * answer that says a write happened survives a crash); started cleanly when a killed JVM left its postmaster running
 * on the data folder (that one is stopped first); and watched: when its postmaster dies, it is started again on the
 * same folder and port (PostgreSQL recovers from its WAL), or, if it cannot be, the service exits so that a
 * supervisor restarts it instead of staying unready.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static final String EPHEMERAL_PREFIX = "newsroom-facts-pg";
    private static final int RESTART_ATTEMPTS = 30;

    /** Where and how to run it. */
    public record Settings(Path dataDir, boolean ephemeral, int port, boolean durable) {
    }

    private final Settings settings;
    private final Path dataDir;
    private final EmbeddedPostgres postgres;
    private volatile boolean stopping;
    private volatile long postmasterPid;
    /** The postmaster's program and arguments, as started, to start it again the same way. */
    private final List<String> command;

    private EmbeddedPostgresServer(Settings settings, Path dataDir, EmbeddedPostgres postgres) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.postmasterPid = readPostmasterPid(dataDir).orElseThrow(() -> new IllegalStateException("No postmaster.pid in " + dataDir));
        this.command = ProcessHandle.of(postmasterPid).map(EmbeddedPostgresServer::commandOf).orElse(List.of());
    }

    /** Starts the server: after stopping what a killed JVM left running on the folder, durable unless told otherwise. */
    public static EmbeddedPostgresServer start(Settings settings) {
        try {
            Path dataDir;
            if (settings.ephemeral()) {
                stopOrphansOfEphemeralFolders(Path.of(System.getProperty("java.io.tmpdir")));
                dataDir = Files.createTempDirectory(EPHEMERAL_PREFIX);
            } else {
                dataDir = settings.dataDir().toAbsolutePath();
                Files.createDirectories(dataDir);
                stopOrphan(dataDir);
            }
            // a fresh folder is initialised by zonky (it has no postgresql.conf); never let zonky delete a folder
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB");
            if (settings.durable()) {
                // zonky starts PostgreSQL with -F (no fsync) and synchronous_commit=off: a commit it answered could
                // be lost when the server crashed. A later -c wins over -F.
                builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on");
            }
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            long t0 = System.nanoTime();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(settings, dataDir, builder.start());
            LOG.infof("Embedded PostgreSQL 17 started on port %d in %d ms, data in %s%s%s", server.port(),
                    (System.nanoTime() - t0) / 1_000_000, dataDir, settings.ephemeral() ? " (ephemeral)" : "",
                    settings.durable() ? "" : " (not durable: synchronous_commit and fsync off)");
            server.watch();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL; configure "
                    + "QUARKUS_DATASOURCE_JDBC_URL to use an external server instead", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The process id of the running postmaster. */
    public long postmasterPid() {
        return postmasterPid;
    }

    /** Stops the server (and deletes an ephemeral folder). */
    public synchronized void stop() {
        stopping = true;
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
        if (settings.ephemeral()) {
            deleteFolder(dataDir);
        }
    }

    /** Restarts the server when its postmaster exits without being asked to. */
    private void watch() {
        long pid = postmasterPid;
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().thenRun(() -> {
            if (!stopping) {
                Thread.ofPlatform().daemon().name("embedded-postgres-restart").start(() -> restart(pid));
            }
        }));
    }

    private synchronized void restart(long deadPid) {
        if (stopping) {
            return;
        }
        LOG.warnf("The embedded PostgreSQL (postmaster %d) stopped without being asked to; starting it again on port %d", deadPid, port());
        for (int attempt = 1; attempt <= RESTART_ATTEMPTS && !stopping; attempt++) {
            try {
                if (startAgain()) {
                    postmasterPid = readPostmasterPid(dataDir).orElseThrow();
                    LOG.infof("The embedded PostgreSQL runs again (postmaster %d) after %d attempt(s)", postmasterPid, attempt);
                    watch();
                    return;
                }
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Restart attempt %d of the embedded PostgreSQL failed: %s", attempt, e.toString());
            }
            try {
                Thread.sleep(1_000); // the dead postmaster's children are still leaving its shared memory
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!stopping) {
            LOG.errorf("The embedded PostgreSQL could not be started again after %d attempts; the service stops so that its "
                    + "supervisor starts it again", RESTART_ATTEMPTS);
            io.quarkus.runtime.Quarkus.asyncExit(1);
        }
    }

    /** Starts the postmaster as it was started, through pg_ctl beside it; true when it accepts connections. */
    private boolean startAgain() throws IOException {
        if (command.size() < 1) {
            throw new IllegalStateException("The postmaster's command line is unknown");
        }
        Path postgresBinary = Path.of(command.get(0));
        List<String> args = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            args.addAll(List.of("unshare", "-U")); // as zonky does: pg_ctl refuses to run as root
        }
        args.addAll(List.of(postgresBinary.resolveSibling("pg_ctl").toString(), "-D", dataDir.toString(),
                "-w", "-t", "20", "-l", dataDir.resolve("restart.log").toString(), "-o", options(command), "start"));
        Process pgCtl = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return pgCtl.waitFor(30, TimeUnit.SECONDS) && pgCtl.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The postmaster's options for pg_ctl's -o, without -D (pg_ctl passes it), each quoted for the shell. */
    static String options(List<String> command) {
        List<String> quoted = new ArrayList<>();
        for (int i = 1; i < command.size(); i++) {
            if ("-D".equals(command.get(i))) {
                i++;
                continue;
            }
            quoted.add("'" + command.get(i).replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }

    private static List<String> commandOf(ProcessHandle process) {
        List<String> command = new ArrayList<>();
        process.info().command().ifPresent(command::add);
        process.info().arguments().ifPresent(arguments -> command.addAll(List.of(arguments)));
        return command;
    }

    /** The pid in the folder's postmaster.pid (its first line), if there is one. */
    static Optional<Long> readPostmasterPid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a postmaster that still runs on the folder although no JVM holds it (a JVM killed with -9 leaves it
     * running, and the next start would fail on its postmaster.pid and port).
     */
    static void stopOrphan(Path dataDir) {
        Optional<ProcessHandle> orphan = readPostmasterPid(dataDir).flatMap(ProcessHandle::of)
                .filter(p -> p.isAlive() && p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        LOG.warnf("A PostgreSQL (postmaster %d) left running on %s by an earlier start is stopped first", postmaster.pid(), dataDir);
        List<ProcessHandle> children = postmaster.children().toList();
        postmaster.destroy(); // SIGTERM: a smart shutdown; the killed JVM's sessions are gone already
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
    }

    /**
     * Stops and deletes the ephemeral folders of JVMs that were killed: a folder's lock file is held while its JVM
     * lives, so a folder whose lock can be taken belongs to nobody.
     */
    private static void stopOrphansOfEphemeralFolders(Path tmp) {
        File[] folders = tmp.toFile().listFiles(f -> f.isDirectory() && f.getName().startsWith(EPHEMERAL_PREFIX));
        for (File folder : folders == null ? new File[0] : folders) {
            File lockFile = new File(folder, "epg-lock");
            if (!lockFile.exists()) {
                continue;
            }
            try (FileOutputStream stream = new FileOutputStream(lockFile, true); FileLock lock = stream.getChannel().tryLock()) {
                if (lock != null) {
                    stopOrphan(folder.toPath());
                    deleteFolder(folder.toPath());
                }
            } catch (OverlappingFileLockException | IOException e) {
                // held by this JVM, or not ours to take
            }
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", folder, e.toString());
        }
    }
}
