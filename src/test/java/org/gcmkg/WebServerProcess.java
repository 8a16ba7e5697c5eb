package org.gcmkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real web server from the Debian packages that {@code src/test/e2e/install.sh} installs (Apache httpd, nginx),
 * run in front of the gcm-kg server by the integration tests: its configuration is generated into a directory of its
 * own, it listens on a free loopback port, and runs in the foreground as the test's child process. A missing binary
 * fails the test.
 */
public record WebServerProcess(Path directory, int port, Process process) implements AutoCloseable {
    private static final Path APACHE = Path.of("/usr/sbin/apache2");
    private static final Path APACHE_MODULES = Path.of("/usr/lib/apache2/modules");
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    /**
     * A directory that the web server's workers can read: Apache and nginx started as root hand requests to an
     * unprivileged user, which a test's private temporary directory would shut out.
     */
    public static Path readableDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(
                prefix, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    /**
     * Apache httpd with mod_rewrite serving {@code htdocs} (whose {@code .htaccess} files apply, as on w3id.org) at
     * {@code http://127.0.0.1:PORT/}.
     */
    public static WebServerProcess apache(Path directory, Path htdocs) throws Exception {
        require(APACHE, "apache2");
        int port = JarProcess.freePort();
        String conf = String.join(
                "\n",
                "ServerRoot \"" + directory + "\"",
                "ServerName 127.0.0.1",
                "Listen 127.0.0.1:" + port,
                "PidFile \"" + directory.resolve("httpd.pid") + "\"",
                "DefaultRuntimeDir \"" + directory + "\"",
                "ErrorLog \"" + directory.resolve("error.log") + "\"",
                "LogLevel warn",
                "LoadModule mpm_event_module " + APACHE_MODULES.resolve("mod_mpm_event.so"),
                "LoadModule authz_core_module " + APACHE_MODULES.resolve("mod_authz_core.so"),
                "LoadModule rewrite_module " + APACHE_MODULES.resolve("mod_rewrite.so"),
                isRoot() ? "User www-data\nGroup www-data" : "",
                "DocumentRoot \"" + htdocs + "\"",
                "<Directory \"" + htdocs + "\">",
                "  Options FollowSymLinks",
                "  AllowOverride All",
                "  Require all granted",
                "</Directory>",
                "");
        Path file = Files.writeString(directory.resolve("httpd.conf"), conf);
        return start(directory, port, List.of(APACHE.toString(), "-f", file.toString(), "-DFOREGROUND"));
    }

    /**
     * nginx as a caching reverse proxy that balances between {@code upstreams} (ports on loopback), as
     * docs/deploy.md describes: a replica that refuses connections is passed over and the request tried on the
     * next; answers to GET are cached per URL and Accept header. Each response says which replica answered
     * ({@code X-Upstream}) and whether it came from the cache ({@code X-Cache}).
     */
    public static WebServerProcess nginx(Path directory, List<Integer> upstreams) throws Exception {
        require(NGINX, "nginx");
        int port = JarProcess.freePort();
        String servers = upstreams.stream()
                .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=30s;")
                .collect(Collectors.joining("\n"));
        String d = directory.toString();
        String conf = String.join(
                "\n",
                "daemon off;",
                "worker_processes 1;",
                "pid " + d + "/nginx.pid;",
                "error_log " + d + "/error.log warn;",
                isRoot() ? "user www-data;" : "",
                "events { worker_connections 64; }",
                "http {",
                "  access_log " + d + "/access.log;",
                "  client_body_temp_path " + d + "/client_body;",
                "  proxy_temp_path " + d + "/proxy;",
                "  fastcgi_temp_path " + d + "/fastcgi;",
                "  uwsgi_temp_path " + d + "/uwsgi;",
                "  scgi_temp_path " + d + "/scgi;",
                "  proxy_cache_path " + d + "/cache levels=1:2 keys_zone=gcm:10m max_size=100m inactive=10m;",
                "  upstream gcm {",
                servers,
                "  }",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    location / {",
                "      proxy_pass http://gcm;",
                "      proxy_set_header Host $http_host;",
                "      proxy_next_upstream error timeout http_502;",
                "      proxy_connect_timeout 2s;",
                "      proxy_read_timeout 30s;",
                "      proxy_cache gcm;",
                "      proxy_cache_key $scheme$proxy_host$request_uri$http_accept;",
                "      proxy_cache_valid 200 404 10m;",
                // Fuseki marks every answer no-store; a generation never changes, so its answers may be kept.
                "      proxy_ignore_headers Cache-Control Expires;",
                "      add_header X-Upstream $upstream_addr always;",
                "      add_header X-Cache $upstream_cache_status always;",
                "    }",
                "    location = /health { proxy_pass http://gcm; proxy_next_upstream error timeout http_502;",
                "      add_header X-Upstream $upstream_addr always; }",
                "  }",
                "}",
                "");
        Path file = Files.writeString(directory.resolve("nginx.conf"), conf);
        return start(directory, port, List.of(NGINX.toString(), "-c", file.toString(), "-p", d + "/"));
    }

    private static WebServerProcess start(Path directory, int port, List<String> command) throws Exception {
        Path log = directory.resolve("process.log");
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        WebServerProcess server = new WebServerProcess(directory, port, process);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return server;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        server.close();
        throw new AssertionError(command.get(0) + " did not listen on " + port + "; output:\n" + server.logs());
    }

    /** The server's own output and error log, for assertion messages. */
    public String logs() throws IOException {
        StringBuilder s = new StringBuilder();
        for (String name : List.of("process.log", "error.log")) {
            Path file = directory.resolve(name);
            if (Files.exists(file)) {
                s.append(Files.readString(file));
            }
        }
        return s.toString();
    }

    private static void require(Path binary, String debianPackage) {
        assertTrue(
                Files.isExecutable(binary),
                binary + " is missing: install the Debian package " + debianPackage
                        + " (src/test/e2e/install.sh does)");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes a directory made by {@link #readableDirectory}. */
    public static void delete(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
