package org.gcmkg.extract.iom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.extract.ExtractedDocument;
import org.gcmkg.reference.Slug;

/**
 * Everything read from a report of IOM's International Dialogue on Migration (a "Red Book"): its pages, the
 * workshops it reports on, its chapters, the speakers' appearances and what the report attributes to them, and the
 * recommendations.
 */
public record DialogueReport(
        SourceText source,
        String title,
        List<Page> pages,
        List<Workshop> workshops,
        List<Chapter> chapters,
        List<Speaker> speakers,
        List<Statement> statements,
        List<Recommendation> recommendations)
        implements ExtractedDocument {

    @Override
    public String publisher() {
        return "International Organization for Migration (IOM)";
    }

    /** Each page is one line of the file. */
    @Override
    public Integer pageAt(int offset) {
        int line = source.lineAt(offset).number();
        return pages.stream()
                .filter(p -> p.line().number() == line)
                .map(Page::number)
                .findFirst()
                .orElse(null);
    }

    public int lastPage() {
        return pages.get(pages.size() - 1).number();
    }

    /** The code point offset where the report ends: the end of its last page's line. */
    public int endOffset() {
        return pages.get(pages.size() - 1).line().endOffset();
    }

    /**
     * The speakers as persons: the appearances under one name (one name as a URI slug, so that one person is one
     * resource) in order of first appearance.
     */
    public List<Person> persons() {
        Map<String, List<Statement>> byName = new LinkedHashMap<>();
        for (Statement s : statements) {
            byName.computeIfAbsent(Slug.of(s.speaker().name()), k -> new ArrayList<>())
                    .add(s);
        }
        List<Person> persons = new ArrayList<>();
        for (List<Statement> said : byName.values()) {
            List<Speaker> appearances = said.stream().map(Statement::speaker).toList();
            TreeSet<Integer> workshops = new TreeSet<>();
            said.stream().map(Statement::workshop).filter(w -> w != null).forEach(workshops::add);
            persons.add(new Person(
                    appearances.get(0).name(),
                    distinct(appearances.stream().map(Speaker::role).toList()),
                    distinct(appearances.stream().map(Speaker::organisation).toList()),
                    distinct(appearances.stream().map(Speaker::country).toList()),
                    workshops,
                    appearances));
        }
        return List.copyOf(persons);
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(v -> v != null).distinct().toList();
    }

    /** The words of each statement, then of each recommendation. */
    @Override
    public List<MappedText> linkedTexts() {
        return Stream.concat(
                        statements.stream().map(Statement::words),
                        recommendations.stream().map(Recommendation::words))
                .toList();
    }
}
