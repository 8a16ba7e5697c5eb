package org.gcmkg.kind.memo;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.LineSignature;
import org.gcmkg.kind.DocumentKind;
import org.gcmkg.link.Links;

/**
 * A kind of document the corpus does not have, registered by the tests alone to prove that a kind is added without
 * an edit anywhere else: an office memo, "MEMO" on its first line, then "From:" and "Subject:" lines, a blank line
 * and its body.
 */
public final class MemoKind implements DocumentKind<Memo> {
    private static final String FIRST_LINE = "MEMO";
    private static final LineSignature SIGNATURE = LineSignature.of(
            text -> text.equals(FIRST_LINE), text -> text.startsWith("From: "), text -> text.startsWith("Subject: "));

    @Override
    public String name() {
        return "office memo";
    }

    @Override
    public boolean recognises(SourceText source) {
        return source.line(1).text().equals(FIRST_LINE) && SIGNATURE.foundIn(source);
    }

    @Override
    public Memo extract(SourceText source) {
        List<Line> lines = source.lines();
        int blank = lines.stream()
                .filter(Line::isBlank)
                .findFirst()
                .map(Line::number)
                .orElseThrow(() ->
                        CorpusException.at(source.fileName(), lines.size(), "expected a blank line after the header"));
        if (blank == lines.size()) {
            throw CorpusException.at(source.fileName(), blank, "expected the memo's body after the header");
        }
        String body = String.join(
                        "\n",
                        lines.subList(blank, lines.size()).stream()
                                .map(l -> l.text().strip())
                                .toList())
                .strip();
        return new Memo(
                source,
                header(source, blank, "From: "),
                header(source, blank, "Subject: "),
                body,
                source.span(blank + 1, lines.size()));
    }

    private static String header(SourceText source, int blank, String field) {
        Optional<Line> line = source.lines().subList(0, blank).stream()
                .filter(l -> l.text().startsWith(field))
                .findFirst();
        return line.map(l -> l.text().substring(field.length()).strip())
                .orElseThrow(() -> CorpusException.at(
                        source.fileName(), 1, "expected a line '" + field + "...' before the first blank line"));
    }

    @Override
    public Model graph(Memo memo, Links links) {
        return new MemoGraph().build(memo, links);
    }

    @Override
    public String publisher() {
        return "the authors of office memos";
    }
}
