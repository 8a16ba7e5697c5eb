package org.gcmkg.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gcmkg.serve.ServiceMapping;
import org.gcmkg.serve.VocabDataset;

/** The {@code --map-service PUBLIC=LOCAL} options of the {@code serve} and {@code query} commands, read and checked. */
final class ServiceMappings {
    private ServiceMappings() {}

    /**
     * The mappings {@code given}, each checked to name an endpoint URL or one of {@code datasets}.
     *
     * @throws IllegalArgumentException "--map-service GIVEN: what is wrong", in one line
     */
    static List<ServiceMapping> read(List<String> given, Collection<String> datasets) {
        List<ServiceMapping> mappings = new ArrayList<>();
        for (String text : given) {
            ServiceMapping mapping;
            try {
                mapping = ServiceMapping.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--map-service " + text + ": " + e.getMessage(), e);
            }
            try {
                mapping.checkTarget(datasets);
            } catch (IllegalArgumentException e) {
                boolean vocabMissing = mapping.target().equals(VocabDataset.PATH);
                throw new IllegalArgumentException(
                        "--map-service " + text + ": " + e.getMessage()
                                + (vocabMissing
                                        ? "; " + VocabDataset.PATH + " is the files of --vocab, which is none"
                                        : ""),
                        e);
            }
            mappings.add(mapping);
        }
        return mappings;
    }
}
