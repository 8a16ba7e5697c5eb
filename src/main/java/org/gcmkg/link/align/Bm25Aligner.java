package org.gcmkg.link.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Ranks the objectives' titles and actions against a text with Lucene's BM25, in memory, and links the text to each
 * objective whose best part scores at least {@code minScore} and at least {@code minShare} of the best objective's
 * score. The evidence is the text's rarest words that the objective's best part shares.
 */
public final class Bm25Aligner implements Aligner {
    public static final String METHOD = "bm25";
    private static final String TEXT = "text";
    private static final int EVIDENCE_WORDS = 3;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<ObjectiveText> objectives;
    private final IndexSearcher searcher;
    private final DirectoryReader reader;
    /** The objective and part of each indexed document, by document id. */
    private final List<Integer> docObjective = new ArrayList<>();

    private final List<String> docPart = new ArrayList<>();
    private final double minScore;
    private final double minShare;

    public Bm25Aligner(List<ObjectiveText> objectives, double minScore, double minShare) {
        this.objectives = List.copyOf(objectives);
        this.minScore = minScore;
        this.minShare = minShare;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (ObjectiveText objective : objectives) {
                add(writer, objective.number(), ObjectivePart.TITLE, objective.title());
                for (ObjectiveText.ActionText action : objective.actions()) {
                    add(writer, objective.number(), action.letter(), action.text());
                }
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            try {
                Document d = reader.storedFields().document(doc);
                docObjective.add(d.getField("objective").numericValue().intValue());
                docPart.add(d.get("part"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void add(IndexWriter writer, int objective, String part, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StoredField("objective", objective));
        doc.add(new StoredField("part", part));
        doc.add(new TextField(TEXT, text, Field.Store.YES));
        writer.addDocument(doc);
    }

    @Override
    public String method() {
        return METHOD;
    }

    /** A token of the text: its analysed term and where it stands. */
    private record Token(String term, int start, int end) {}

    /** The objectives whose titles or actions share words with {@code text}, best first. */
    public List<Integer> ranking(String text) {
        return List.copyOf(bestParts(tokens(text)).keySet());
    }

    @Override
    public List<Alignment> align(String text) {
        List<Token> tokens = tokens(text);
        Map<Integer, ScoreDoc> best = bestParts(tokens);
        if (best.isEmpty()) {
            return List.of();
        }
        double top = best.values().iterator().next().score;
        List<Alignment> alignments = new ArrayList<>();
        for (Map.Entry<Integer, ScoreDoc> e : best.entrySet()) {
            ScoreDoc hit = e.getValue();
            if (hit.score < minScore || hit.score < minShare * top) {
                break;
            }
            alignments.addAll(evidence(e.getKey(), hit, tokens, text));
        }
        alignments.sort(Comparator.comparingInt(Alignment::start).thenComparingInt(Alignment::objective));
        return alignments;
    }

    /** The best-scoring part of each objective that shares words with the tokens, best objective first. */
    private Map<Integer, ScoreDoc> bestParts(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return Map.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> terms = new HashSet<>();
        for (Token t : tokens) {
            if (terms.add(t.term()) && terms.size() <= IndexSearcher.getMaxClauseCount()) {
                query.add(new TermQuery(new Term(TEXT, t.term())), BooleanClause.Occur.SHOULD);
            }
        }
        Map<Integer, ScoreDoc> best = new LinkedHashMap<>();
        try {
            for (ScoreDoc hit : searcher.search(query.build(), reader.maxDoc()).scoreDocs) {
                best.putIfAbsent(docObjective.get(hit.doc), hit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return best;
    }

    /** The text's rarest words that the part shares, at their first place in the text. */
    private List<Alignment> evidence(int objective, ScoreDoc hit, List<Token> tokens, String text) {
        String part = docPart.get(hit.doc);
        String partText = objectives.stream()
                .filter(o -> o.number() == objective)
                .findFirst()
                .orElseThrow()
                .part(part)
                .orElseThrow();
        Set<String> partTerms = new HashSet<>();
        tokens(partText).forEach(t -> partTerms.add(t.term()));
        Map<String, Token> shared = new LinkedHashMap<>();
        for (Token t : tokens) {
            if (partTerms.contains(t.term())) {
                shared.putIfAbsent(t.term(), t);
            }
        }
        List<Token> rarest = new ArrayList<>(shared.values());
        rarest.sort(Comparator.comparingInt(t -> docFreq(t.term())));
        List<Alignment> out = new ArrayList<>();
        for (Token t : rarest.subList(0, Math.min(EVIDENCE_WORDS, rarest.size()))) {
            out.add(new Alignment(
                    objective,
                    t.start(),
                    t.end(),
                    text.substring(t.start(), t.end()),
                    part,
                    partText,
                    hit.score,
                    METHOD));
        }
        return out;
    }

    private int docFreq(String term) {
        try {
            return reader.docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed tokens of {@code text}, passing mentions left out. */
    private List<Token> tokens(String text) {
        BitSet passing = PassingMentions.in(text);
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!passing.get(offset.startOffset())) {
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
