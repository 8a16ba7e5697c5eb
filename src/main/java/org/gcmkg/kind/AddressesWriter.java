package org.gcmkg.kind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.graph.GCM;
import org.gcmkg.graph.ObjectiveTexts;
import org.gcmkg.graph.Queries;
import org.gcmkg.graph.ResourceWriter;
import org.gcmkg.graph.Uris;
import org.gcmkg.kind.booklet.BookletUris;
import org.gcmkg.link.align.Aligner;
import org.gcmkg.link.align.Alignment;
import org.gcmkg.link.align.LexiconAligner;
import org.gcmkg.link.align.ObjectiveLexicon;
import org.gcmkg.link.align.ObjectivePart;

/**
 * Links each statement, recommendation and commitment of the graph to the objectives it speaks to
 * ({@code gcm:addresses}), each link with a {@code gcm:Alignment} per place in the text that carries it: the words
 * and their offsets in the source file, the objective's words they correspond to, the score and the method. Runs on
 * the graph the documents' writers made, as it joins the texts of one document with the objectives of another; each
 * link goes into the graph of the text's document and into the union.
 */
public final class AddressesWriter {
    private static final String TEXTS = """
            SELECT ?text ?words ?document WHERE {
              { ?text a gcm:Statement ; gcm:text ?words }
              UNION { ?text a gcm:Recommendation ; gcm:text ?words }
              UNION { ?text a gcm:Commitment ; dcterms:description ?words }
              ?text prov:wasDerivedFrom ?document .
              ?document a gcm:SourceDocument .
            } ORDER BY ?text""";
    private static final String PASSAGES = """
            SELECT ?text ?start ?end WHERE {
              { ?text a gcm:Statement } UNION { ?text a gcm:Recommendation } UNION { ?text a gcm:Commitment }
              ?text gcm:passage [ gcm:startOffset ?start ; gcm:endOffset ?end ]
            } ORDER BY ?text ?start""";
    private final Aligner aligner;

    public AddressesWriter(Aligner aligner) {
        this.aligner = aligner;
    }

    /**
     * The links of the texts of each document's graph in turn, for a graph that is never held whole: the same links as
     * the whole union would give, as a text, its words and its passages are in the graph of its document. The
     * lexicon is checked against the objectives once every graph is seen ({@link #finish}); the links of the graphs
     * seen before any objective are held until one is, since a graph without objectives has none.
     */
    public static final class PerDocument {
        private final ObjectiveLexicon lexicon = ObjectiveLexicon.standard();
        private final AddressesWriter writer = new AddressesWriter(new LexiconAligner(lexicon));
        private final List<SourceText> sources;
        /** The statements of the objectives and actions seen so far: all that {@link ObjectiveTexts} reads. */
        private final Model objectives = ModelFactory.createDefaultModel();

        private Map<String, Model> held = new LinkedHashMap<>();

        public PerDocument(List<SourceText> sources) {
            this.sources = sources;
        }

        /**
         * The links of the texts of {@code document} (one document's graph) alone, for {@link #next}: what the
         * graphs of other documents hold plays no part, so that the graphs of several documents can be linked at
         * once, on several threads.
         */
        public Map<String, Model> linksOf(Model document) {
            return writer.write(document, sources);
        }

        /**
         * The links of the texts of {@code document} (one document's graph, its links {@link #linksOf}), with those
         * held so far once a graph holding objectives has been seen; none before. The graphs are given in the
         * corpus's order.
         */
        public Map<String, Model> next(Model document, Map<String, Model> links) {
            for (Resource type : List.of(GCM.Objective, GCM.Action)) {
                document.listResourcesWithProperty(RDF.type, type)
                        .forEachRemaining(r -> objectives.add(r.listProperties()));
            }
            if (held.isEmpty() && hasObjectives()) {
                return links;
            }
            links.forEach((stem, model) -> held.merge(stem, model, Model::add));
            if (!hasObjectives()) {
                return Map.of();
            }
            Map<String, Model> out = held;
            held = new LinkedHashMap<>();
            return out;
        }

        /**
         * Checks the lexicon against the objectives of every graph seen, as {@link #standard} does.
         *
         * @throws org.gcmkg.corpus.CorpusException when an objective or its words the lexicon names are not there
         */
        public void finish() {
            if (hasObjectives()) {
                lexicon.checkAgainst(ObjectiveTexts.read(objectives));
            }
        }

        private boolean hasObjectives() {
            return objectives.contains(null, RDF.type, GCM.Objective);
        }
    }

    /** The links of every text of {@code union}, as a model for each document stem that has any. */
    public Map<String, Model> write(Model union, List<SourceText> sources) {
        Map<String, SourceText> byStem = new LinkedHashMap<>();
        sources.forEach(s -> byStem.put(s.stem(), s));
        Map<String, List<int[]>> passages = passages(union);
        // For each source file, the char index of each code point offset (and of the end), computed once.
        Map<SourceText, int[]> charIndex = new IdentityHashMap<>();
        Map<String, Model> out = new LinkedHashMap<>();
        Queries.select(union, TEXTS, row -> {
            String text = row.getResource("text").getURI();
            String document = row.getResource("document").getURI();
            String stem = document.substring(Uris.source("").length());
            SourceText source = byStem.get(stem);
            if (source == null) {
                throw new IllegalStateException(
                        text + ": no source file of stem " + stem + " to point its alignments at");
            }
            String words = row.getLiteral("words").getString();
            List<Alignment> alignments = aligner.align(words);
            if (alignments.isEmpty()) {
                return;
            }
            Model model = out.computeIfAbsent(stem, k -> ResourceWriter.newModel());
            ResourceWriter w = new ResourceWriter(model, model.createResource(document), stem);
            write(
                    w,
                    source,
                    charIndex.computeIfAbsent(source, AddressesWriter::charIndex),
                    model.createResource(text),
                    words,
                    passages.getOrDefault(text, List.of()),
                    alignments);
        });
        return out;
    }

    private static Map<String, List<int[]>> passages(Model union) {
        Map<String, List<int[]>> passages = new LinkedHashMap<>();
        Queries.select(
                union,
                PASSAGES,
                row -> passages.computeIfAbsent(row.getResource("text").getURI(), k -> new ArrayList<>())
                        .add(new int[] {
                            row.getLiteral("start").getInt(),
                            row.getLiteral("end").getInt()
                        }));
        return passages;
    }

    private void write(
            ResourceWriter w,
            SourceText source,
            int[] index,
            Resource text,
            String words,
            List<int[]> passages,
            List<Alignment> alignments) {
        for (Alignment a : alignments) {
            int[] at = inSource(source, index, passages, words, a, text.getURI());
            String matched = source.content().substring(index[at[0]], index[at[1]]);
            Resource objective = w.model().createResource(BookletUris.objective(a.objective()));
            Resource part = ObjectivePart.TITLE.equals(a.part())
                    ? objective
                    : w.model().createResource(BookletUris.action(a.objective(), a.part()));
            Resource r = w.derived(
                    uri(text.getURI(), w.stem(), a.objective(), at[0], at[1]),
                    GCM.Alignment,
                    "“" + matched + "” → objective " + a.objective() + ", " + source.fileName() + " line "
                            + source.lineAt(at[0]).number());
            r.addProperty(GCM.alignmentIn, text)
                    .addProperty(GCM.alignmentOf, objective)
                    .addProperty(GCM.matchedText, matched)
                    .addLiteral(GCM.startOffset, w.integer(at[0]))
                    .addLiteral(GCM.endOffset, w.integer(at[1]))
                    .addProperty(GCM.alignedWith, part)
                    .addProperty(GCM.objectiveWords, w.text(a.objectiveWords()))
                    // "1.0", not "1": the lexical form TDB2 gives back, so that the stored graph is the built one.
                    .addLiteral(
                            GCM.score,
                            w.model()
                                    .createTypedLiteral(
                                            BigDecimal.valueOf(a.score()).toPlainString(), XSDDatatype.XSDdecimal))
                    .addProperty(GCM.method, aligner.method());
            text.addProperty(GCM.addresses, objective);
        }
    }

    /**
     * An alignment's IRI: its text's IRI path without the document stem, the objective and the words' offsets,
     * {@code id/alignment/iom-idm-red-book-27/statement/46/objective/3/51200-51221}.
     */
    static String uri(String textUri, String stem, int objective, int start, int end) {
        String path = textUri.substring(GCM.ID.length()).replace("/" + stem, "");
        return GCM.ID + "alignment/" + stem + "/" + path + "/objective/" + objective + "/" + start + "-" + end;
    }

    /**
     * The code point offsets in the source file of the alignment's words: the same occurrence of the words (counted
     * case-blind, spaces and line breaks alike) in the text's passages as in the text.
     */
    private static int[] inSource(
            SourceText source, int[] index, List<int[]> passages, String text, Alignment a, String textUri) {
        Pattern words = Pattern.compile(
                Arrays.stream(a.words().strip().split("\\s+"))
                        .map(Pattern::quote)
                        .reduce((x, y) -> x + "\\s+" + y)
                        .orElseThrow(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        int rank = 0;
        Matcher before = words.matcher(text);
        while (before.find() && before.start() < a.start()) {
            rank++;
        }
        String content = source.content();
        List<int[]> ordered = new ArrayList<>(passages);
        ordered.sort(Comparator.comparingInt(p -> p[0]));
        for (int[] p : ordered) {
            Matcher m = words.matcher(content).region(index[p[0]], index[p[1]]);
            while (m.find()) {
                if (rank-- == 0) {
                    return new int[] {codePoint(index, m.start()), codePoint(index, m.end())};
                }
            }
        }
        throw new IllegalStateException(source.fileName() + ": expected the words '" + a.words() + "' of " + textUri
                + " in its passages, found them not");
    }

    private static int[] charIndex(SourceText source) {
        String content = source.content();
        int[] index = new int[content.codePointCount(0, content.length()) + 1];
        int c = 0;
        for (int i = 0; i < index.length - 1; i++) {
            index[i] = c;
            c += Character.charCount(content.codePointAt(c));
        }
        index[index.length - 1] = content.length();
        return index;
    }

    /** The code point offset of char index {@code charIndex}. */
    private static int codePoint(int[] index, int charIndex) {
        int found = Arrays.binarySearch(index, charIndex);
        if (found < 0) {
            throw new IllegalStateException("char index " + charIndex + " falls inside a code point");
        }
        return found;
    }
}
