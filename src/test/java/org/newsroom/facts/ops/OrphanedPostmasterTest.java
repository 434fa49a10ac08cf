package org.newsroom.facts.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.shared.EmbeddedPostgresServer;

/**
 * A JVM killed with -9 leaves its embedded postmaster running on the data folder; the next start stops it and
 * starts cleanly on the same folder, with the data the killed one wrote.
 */
class OrphanedPostmasterTest {

    @Test
    void theNextStartStopsThePostmasterAKilledJvmLeftAndKeepsItsData() throws Exception {
        Path folder = Files.createTempDirectory("orphaned-postmaster-test");
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), OrphanedPostmasterTest.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
        String line;
        long orphan = -1;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                orphan = Long.parseLong(line.substring(6).trim());
                break;
            }
        }
        assertTrue(orphan > 0, "the child JVM started its embedded server");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9 of the JVM
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "its postmaster is left running");

        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(new EmbeddedPostgresServer.Settings(folder, false, 0, true));
        try {
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select note from kept")) {
                assertTrue(rs.next());
                assertEquals("written before the kill", rs.getString(1));
            }
        } finally {
            server.stop();
            deleteTree(folder); // a test leaves no data folder behind
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The child JVM: starts the server on the folder, writes a row, says READY with the postmaster's pid, waits. */
    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(new EmbeddedPostgresServer.Settings(Path.of(args[0]), false, 0, true));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("create table kept (note text)");
            s.execute("insert into kept values ('written before the kill')");
        }
        System.out.println("READY " + server.postmasterPid());
        System.out.flush();
        assertNotNull(server);
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
}
