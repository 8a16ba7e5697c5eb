package org.gcmkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gcmkg.corpus.InputException;
import org.gcmkg.graph.GraphExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes the whole graph to a file. Quad formats (nquads, trig) keep one named graph per source "
                + "document; triple formats write their union.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    GraphExport.Format format;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "File to write.")
    Path output;

    @Override
    public Integer call() {
        var dataset = corpus.buildGraph();
        Path tmp = output.resolveSibling(output.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            GraphExport.write(dataset, format, out);
        } catch (IOException e) {
            throw new InputException("cannot write " + output + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InputException("cannot write " + output + ": " + e.getMessage(), e);
        }
        System.err.println("wrote " + output + " (" + format + ")");
        return 0;
    }
}
