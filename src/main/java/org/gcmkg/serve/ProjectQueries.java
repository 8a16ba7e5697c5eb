package org.gcmkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The project's example queries, {@code queries/*.rq} and {@code queries/federated/*.rq} of the repository, packaged in
 * the jar under {@code queries/}: each with the question its leading comment asks.
 */
final class ProjectQueries {
    static final String FOLDER = "queries";

    /**
     * One query: {@code name} is its path under {@code queries/} without {@code .rq} ({@code federated/02-...}),
     * {@code question} its leading comment as one paragraph.
     */
    record ProjectQuery(String name, String question, String text) {
        public boolean federated() {
            return name.contains("/");
        }

        public String file() {
            return name + ".rq";
        }

        public String editorHref() {
            return Html.EDITOR_PATH + "?example=" + Html.param(name);
        }

        public String tableHref() {
            return editorHref() + "&run";
        }

        public String csvHref() {
            return endpointHref("csv");
        }

        public String jsonHref() {
            return endpointHref("json");
        }

        private String endpointHref(String format) {
            return GcmServer.DATASET_PATH + "/sparql?query=" + Html.param(text) + "&format=" + format;
        }
    }

    /** Read at the first page that lists them: the server answers SPARQL before. */
    private List<ProjectQuery> queries;

    private ProjectQueries() {}

    synchronized List<ProjectQuery> all() {
        if (queries == null) {
            queries = read();
        }
        return queries;
    }

    Optional<ProjectQuery> named(String name) {
        return all().stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The queries of the jar, or of the classes folder in the tests, in the order of their file names. */
    static ProjectQueries load() {
        return new ProjectQueries();
    }

    private static List<ProjectQuery> read() {
        try {
            URI location = ProjectQueries.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI();
            Path root = Path.of(location);
            if (Files.isDirectory(root)) {
                return read(root.resolve(FOLDER));
            }
            return readJar(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ProjectQuery> read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(FOLDER + "/ is missing from the classpath");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(".rq")).toList();
        }
        List<ProjectQuery> queries = new ArrayList<>();
        for (Path f : files) {
            String name =
                    folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
            queries.add(query(name, Files.readString(f, StandardCharsets.UTF_8)));
        }
        return sorted(queries);
    }

    /**
     * Reads them from the entries of the jar: the JarFile shares the index of the jar the classes are loaded from,
     * where a zip file system would index its tens of thousands of entries anew (a tenth of the start-up).
     */
    private static List<ProjectQuery> readJar(Path root) throws IOException {
        List<ProjectQuery> queries = new ArrayList<>();
        try (JarFile jar = new JarFile(root.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String path = entry.getName();
                if (!entry.isDirectory() && path.startsWith(FOLDER + "/") && path.endsWith(".rq")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        queries.add(query(
                                path.substring(FOLDER.length() + 1),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        if (queries.isEmpty()) {
            throw new IOException(FOLDER + "/ is missing from " + root);
        }
        return sorted(queries);
    }

    private static ProjectQuery query(String file, String text) {
        return new ProjectQuery(file.substring(0, file.length() - ".rq".length()), question(text), text);
    }

    /** Top-level queries first, then the federated ones. */
    private static List<ProjectQuery> sorted(List<ProjectQuery> queries) {
        queries.sort(Comparator.comparing(ProjectQuery::federated).thenComparing(ProjectQuery::name));
        return List.copyOf(queries);
    }

    /** The leading {@code #} comment lines, joined into one paragraph. */
    static String question(String text) {
        StringBuilder question = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            if (!question.isEmpty()) {
                question.append(' ');
            }
            question.append(line.substring(1).strip());
        }
        return question.toString();
    }
}
