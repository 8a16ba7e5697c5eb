package org.gcmkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gcmkg.serve.ServiceMapping;
import org.gcmkg.serve.VocabDataset;
import picocli.CommandLine.Option;

/**
 * The {@code --vocab DIR} option of the commands that federate: the UN SDG vocabularies served as {@code /sdg},
 * from the copy in {@code data/vocab} unless told otherwise. Since the UN publishes no public SPARQL endpoint for
 * them, a query's {@code SERVICE <https://metadata.un.org/sparql>} is answered from {@code /sdg} unless a
 * {@code --map-service} says otherwise.
 */
final class VocabOption {
    static final String NONE = "none";

    @Option(
            names = "--vocab",
            paramLabel = "DIR",
            defaultValue = "data/vocab",
            description = "Directory of the UN SDG vocabulary files (Turtle, RDF/XML, OWL, N-Triples or JSON-LD), "
                    + "loaded read-only as the dataset /sdg, which answers SERVICE <" + VocabDataset.PUBLIC_ENDPOINT
                    + "> unless --map-service maps it elsewhere (default: ${DEFAULT-VALUE}, the copy in the "
                    + "repository; 'none' for no /sdg).")
    String directory;

    /** The directory to load, or {@code null} for {@code --vocab none}. */
    Path directory() {
        return directory.equals(NONE) ? null : Path.of(directory);
    }

    /**
     * {@code given} and, when the vocabularies are loaded and no mapping of {@code given} answers the UN's endpoint,
     * the mapping of that endpoint to {@code /sdg}.
     */
    List<ServiceMapping> withDefaultMapping(List<ServiceMapping> given) {
        if (directory() == null || given.stream().anyMatch(m -> m.answers(VocabDataset.PUBLIC_ENDPOINT))) {
            return given;
        }
        List<ServiceMapping> all = new ArrayList<>(given);
        all.add(new ServiceMapping(VocabDataset.PUBLIC_ENDPOINT, VocabDataset.PATH));
        return all;
    }
}
