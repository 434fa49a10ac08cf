package org.newsroom.facts.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a native executable needs at run time, checked on the JVM: every resource the code reads by name (a literal
 * passed to getResourceAsStream, the demo dataset's configured location) is in quarkus.native.resources.includes, and
 * the embedded PostgreSQL says in one line that the executable does not carry it.
 */
class NativeResourcesTest {

    private static final Pattern READ = Pattern.compile("getResourceAsStream\\(\"([^\"]+)\"\\)");

    @Test
    void everyResourceReadAtRunTimeIsInTheImage() throws Exception {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        List<String> included = Arrays.stream(config.getProperty("quarkus.native.resources.includes").split(",")).map(String::trim).toList();
        List<String> read = new java.util.ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = READ.matcher(Files.readString(source));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        read.add(config.getProperty("newsroom.demo-data.location"));
        assertTrue(read.contains("embed/factbox.css"), "positive control: the scan finds what the fact box reads: " + read);
        for (String resource : read) {
            assertTrue(included.contains(resource), resource + " is read at run time but not in quarkus.native.resources.includes");
        }
    }

    @Test
    void theNativeExecutableSaysItNeedsAnExternalDatabase() {
        assertEquals(EmbeddedPostgresConfigSource.NO_EMBEDDED_IN_NATIVE, EmbeddedPostgresConfigSource.refusal(true));
        assertTrue(EmbeddedPostgresConfigSource.NO_EMBEDDED_IN_NATIVE.contains("QUARKUS_DATASOURCE_JDBC_URL"));
        assertNull(EmbeddedPostgresConfigSource.refusal(false), "on the JVM it starts");
    }
}
