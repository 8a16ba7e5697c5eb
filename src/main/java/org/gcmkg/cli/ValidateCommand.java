package org.gcmkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.gcmkg.graph.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validates the graph against the SHACL shapes of ontology/shapes.ttl. Exit code 1 when it "
                + "does not conform.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--report", description = "Print the full SHACL validation report as Turtle.")
    boolean fullReport;

    @Override
    public Integer call() {
        var graph = corpus.buildGraph().getDefaultModel().getGraph();
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), graph);
        if (fullReport) {
            RDFDataMgr.write(System.out, report.getModel(), RDFFormat.TURTLE_PRETTY);
        }
        for (ReportEntry entry : report.getEntries()) {
            System.out.println(entry.severity().level().getLocalName() + ": " + entry.focusNode() + " "
                    + (entry.resultPath() != null ? entry.resultPath() + " " : "") + entry.message());
        }
        System.out.println(
                report.conforms()
                        ? "conforms: " + graph.size() + " triples, 0 violations"
                        : "does not conform: " + report.getEntries().size() + " results");
        return report.conforms() ? 0 : 1;
    }
}
