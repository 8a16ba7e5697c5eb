package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.gcmkg.graph.GCM;

/**
 * The home page at {@code /} (template {@code home}): what the graph holds, counted in the store at each request; the
 * objectives; the search box; the project's queries, each ready to run; and where the data is.
 */
final class HomeServlet extends HttpServlet {
    /** The classes counted, in the order shown, with what to call them. */
    private static final List<Map.Entry<String, String>> COUNTED = List.of(
            Map.entry(GCM.Objective.getURI(), "objectives"),
            Map.entry(GCM.Action.getURI(), "actions"),
            Map.entry(GCM.Example.getURI(), "examples of implementation"),
            Map.entry(GCM.NS + "Country", "countries"),
            Map.entry(GCM.NS + "LegalInstrument", "instruments"),
            Map.entry(GCM.NS + "Actor", "actors"),
            Map.entry(GCM.NS + "SourceDocument", "source documents"));

    private final Site site;
    private final ProjectQueries queries;

    HomeServlet(Site site, ProjectQueries queries) {
        this.site = site;
        this.queries = queries;
    }

    record Model(
            List<Count> counts,
            List<Objective> objectives,
            List<ProjectQueries.ProjectQuery> queries,
            String endpoint) {
        public String title() {
            return "Home";
        }

        public String searchText() {
            return "";
        }

        public int queryCount() {
            return queries.size();
        }
    }

    /** A figure of the graph: how many, of what, and the page that lists them. */
    record Count(long value, String what, String href) {}

    /** An objective: its number, title and page. */
    record Objective(int number, String title, String href) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = site.publicUrl().base(request) + site.datasetName() + "/sparql";
        Model model = site.read(graph -> new Model(counts(graph), objectives(graph), queries.all(), endpoint));
        Html.send(response, HttpServletResponse.SC_OK, "home", model);
    }

    private List<Count> counts(Graph graph) {
        List<QuerySolution> rows = SparqlFiles.select(graph, SparqlFiles.query("counts"));
        List<Count> counts = new ArrayList<>();
        for (Map.Entry<String, String> c : COUNTED) {
            long n = rows.stream()
                    .filter(r -> r.getResource("class").getURI().equals(c.getKey()))
                    .mapToLong(r -> r.getLiteral("count").getLong())
                    .findFirst()
                    .orElse(0);
            counts.add(new Count(n, c.getValue(), "/ontology#" + c.getKey().substring(GCM.NS.length())));
        }
        counts.add(new Count(site.store().info().triples(), "triples", "/dumps/"));
        return counts;
    }

    private static List<Objective> objectives(Graph graph) {
        return SparqlFiles.select(graph, SparqlFiles.query("objectives")).stream()
                .map(r -> new Objective(
                        r.getLiteral("number").getInt(),
                        r.getLiteral("title").getString(),
                        Hrefs.of(
                                graph,
                                NodeFactory.createURI(r.getResource("objective").getURI()))))
                .toList();
    }
}
