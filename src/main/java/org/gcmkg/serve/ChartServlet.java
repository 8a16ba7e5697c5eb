package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.gcmkg.kind.booklet.BookletUris;

/**
 * The charts at {@code /charts/NAME} (template {@code chart}, script {@code charts.js}, drawn with ECharts): each page
 * holds the SPARQL that computes its chart, which the script runs on the endpoint and which a link opens in the
 * editor. {@code /charts/evidence?instrument=IRI&objective=N} lists the words behind one cell of the instruments chart.
 */
final class ChartServlet extends HttpServlet {
    static final String PATH = "/charts";

    /** A chart: its name (in the path and for the script), title, what it shows, and its query. */
    record Chart(String name, String title, String description, String query) {
        public String href() {
            return PATH + "/" + name;
        }

        public String editorHref() {
            return Html.editorLink(query) + "&run";
        }
    }

    static final List<Chart> CHARTS = List.of(
            chart(
                    "objectives-sdg-goals",
                    "Objectives × SDG goals",
                    "The SDG goals each objective serves, as the booklet links them; a cell's number is how many of "
                            + "the goal's targets the objective names (0: it serves the goal without naming a target)."),
            chart(
                    "instruments-objectives",
                    "Instruments × objectives",
                    "The international instruments that underpin each objective; a cell counts the objective's "
                            + "actions and examples that name the instrument. Click a cell for the words and where "
                            + "they stand in the source."),
            chart(
                    "examples-by-region",
                    "Examples per country, by UN region",
                    "How many of the booklet's concrete examples name each country, grouped by the country's UN "
                            + "region (M49), read from the UN SDG geographic areas through SERVICE."),
            chart(
                    "objectives-addressed",
                    "Objectives at the 2017 dialogue",
                    "How many statements of the 2017 International Dialogue on Migration and how many of its "
                            + "recommendations address each of the 23 objectives (gcm:addresses). The links are "
                            + "made by a method of measured accuracy, so the counts are estimates. Click a bar or "
                            + "an objective for its page, which quotes the words."));

    private static Chart chart(String name, String title, String description) {
        return new Chart(name, title, description, SparqlFiles.text("chart-" + name));
    }

    /** Characters of context shown on each side of the matched words. */
    private static final int CONTEXT = 120;

    private final Site site;

    ChartServlet(Site site) {
        this.site = site;
    }

    record Index(List<Chart> charts) {
        public String title() {
            return "Charts";
        }

        public String searchText() {
            return "";
        }
    }

    record Page(Chart chart, String endpoint) {
        public String title() {
            return chart.title();
        }

        public String searchText() {
            return "";
        }
    }

    /** The evidence of one cell: the instrument, the objective, and each passage of words that names it. */
    record Evidence(PageLink instrument, PageLink objective, int number, List<Words> rows, String editorHref) {
        public String title() {
            return "Evidence: " + instrument.name() + " in objective " + number;
        }

        public String searchText() {
            return "";
        }
    }

    /** Words that name the instrument, the action or example they are in, and where they stand. */
    record Words(
            PageLink item, String words, String file, int startOffset, int endOffset, String before, String after) {}

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (name.isEmpty()) {
            Html.send(response, HttpServletResponse.SC_OK, "charts", new Index(CHARTS));
            return;
        }
        if (name.equals("evidence")) {
            evidence(request, response);
            return;
        }
        Optional<Chart> chart =
                CHARTS.stream().filter(c -> c.name().equals(name)).findFirst();
        if (chart.isEmpty()) {
            Html.send(
                    response,
                    HttpServletResponse.SC_NOT_FOUND,
                    Html.notFound(PATH + "/" + name, "There is no such chart; the charts are listed at " + PATH + "."));
            return;
        }
        Html.send(response, HttpServletResponse.SC_OK, "chart", new Page(chart.get(), site.datasetName() + "/sparql"));
    }

    private void evidence(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String instrument = request.getParameter("instrument");
        int objective;
        try {
            objective = Integer.parseInt(request.getParameter("objective"));
            if (instrument == null || !IRIx.create(instrument).isAbsolute()) {
                throw new IRIException("not absolute");
            }
        } catch (NumberFormatException | IRIException e) {
            RdfResponses.text(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Give an instrument's IRI and an objective's number: ?instrument=IRI&objective=N");
            return;
        }
        ParameterizedSparqlString query = SparqlFiles.query("evidence");
        query.setIri("instrument", instrument);
        query.setLiteral("objective", objective);
        Evidence evidence = site.read(graph -> evidence(graph, query, instrument, objective));
        Html.send(response, HttpServletResponse.SC_OK, "evidence", evidence);
    }

    private Evidence evidence(Graph graph, ParameterizedSparqlString query, String instrument, int objective) {
        List<Words> rows = new ArrayList<>();
        for (QuerySolution r : SparqlFiles.select(graph, query)) {
            String file = r.getLiteral("file").getString();
            int start = r.getLiteral("startOffset").getInt();
            int end = r.getLiteral("endOffset").getInt();
            String before = site.sources()
                    .passage(file, Math.max(0, start - CONTEXT), start)
                    .map(t -> "…" + t)
                    .orElse("");
            String after = site.sources()
                    .passage(file, end, end + CONTEXT)
                    .map(t -> t + "…")
                    .orElse("");
            rows.add(new Words(
                    PageLink.of(
                            graph, NodeFactory.createURI(r.getResource("item").getURI())),
                    r.getLiteral("words").getString(),
                    file,
                    start,
                    end,
                    before,
                    after));
        }
        return new Evidence(
                PageLink.of(graph, NodeFactory.createURI(instrument)),
                PageLink.of(graph, NodeFactory.createURI(BookletUris.objective(objective))),
                objective,
                rows,
                Html.editorLink(query.toString()) + "&run");
    }
}
