package org.gcmkg.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.gcmkg.link.align.ObjectiveText;

/** The objectives' titles and actions as the aligners read them, from the graph the booklet's writer made. */
public final class ObjectiveTexts {
    private static final String OBJECTIVES = """
            SELECT ?n ?title WHERE { ?o a gcm:Objective ; gcm:number ?n ; dcterms:title ?title } ORDER BY ?n""";
    private static final String ACTIONS = """
            SELECT ?n ?letter ?text WHERE {
              ?a a gcm:Action ; gcm:objective/gcm:number ?n ; gcm:letter ?letter ; dcterms:description ?text
            } ORDER BY ?n ?letter""";

    private ObjectiveTexts() {}

    public static List<ObjectiveText> read(Model model) {
        Map<Integer, String> titles = new LinkedHashMap<>();
        Map<Integer, List<ObjectiveText.ActionText>> actions = new LinkedHashMap<>();
        Queries.select(
                model,
                OBJECTIVES,
                row -> titles.put(
                        row.getLiteral("n").getInt(), row.getLiteral("title").getString()));
        Queries.select(
                model,
                ACTIONS,
                row -> actions.computeIfAbsent(row.getLiteral("n").getInt(), k -> new ArrayList<>())
                        .add(new ObjectiveText.ActionText(
                                row.getLiteral("letter").getString(),
                                row.getLiteral("text").getString())));
        List<ObjectiveText> objectives = new ArrayList<>();
        titles.forEach((n, title) -> objectives.add(new ObjectiveText(n, title, actions.getOrDefault(n, List.of()))));
        return objectives;
    }
}
