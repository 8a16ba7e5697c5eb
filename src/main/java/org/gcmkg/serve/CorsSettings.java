package org.gcmkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Fuseki's CORS settings with this server's headers added: a script of another origin may read the validator
 * ({@code ETag}) and the result cap ({@code X-Result-Limit}) of an answer, and revalidate it ({@code If-None-Match}).
 * Fuseki main takes CORS settings only from a properties file, which is written once per process.
 */
final class CorsSettings {
    private static Path file;

    private CorsSettings() {}

    static synchronized String file() {
        if (file == null) {
            Properties settings = new Properties();
            // Fuseki's defaults (FusekiServer.Builder), and the headers of this server.
            settings.setProperty("allowedOrigins", "*");
            settings.setProperty("allowedMethods", "GET,POST,DELETE,PUT,HEAD,OPTIONS,PATCH");
            settings.setProperty(
                    "allowedHeaders",
                    "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization, If-None-Match");
            settings.setProperty(
                    "exposedHeaders",
                    "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma, "
                            + "ETag, " + LimitedQuery.LIMIT_HEADER);
            settings.setProperty("chainPreflight", "false");
            try {
                Path written = Files.createTempFile("gcm-kg-cors", ".properties");
                written.toFile().deleteOnExit();
                try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                    settings.store(out, "CORS settings of the gcm-kg server");
                }
                file = written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the CORS settings: " + e.getMessage(), e);
            }
        }
        return file.toString();
    }
}
