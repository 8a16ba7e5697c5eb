package org.gcmkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.kind.DocumentKind;
import org.gcmkg.kind.DocumentKinds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each corpus document cut after a line is refused with the file, its last line and the part it lacks. */
class CutDocumentsTest {
    private static final DocumentKinds KINDS = DocumentKinds.registered();

    static SourceText cut(String file, int lines) throws IOException {
        List<String> all = Files.readAllLines(Path.of("data/corpus", file), StandardCharsets.UTF_8);
        return new SourceText(file, String.join("\n", all.subList(0, lines)) + "\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            quoteCharacter = '"',
            value = {
                "gcm-implementation-booklet.txt#150#gcm-implementation-booklet.txt:150: the document ends here, expected 'POTENTIAL RESPONSES / CONCRETE EXAMPLES' of objective 1",
                "gcm-implementation-booklet.txt#700#gcm-implementation-booklet.txt:700: the document ends here, expected 'POTENTIAL RESPONSES / CONCRETE EXAMPLES' of objective 12",
                "gcm-implementation-booklet.txt#1000#gcm-implementation-booklet.txt:1000: the document ends here, expected 'GCM Objective 17'",
                "gcm-implementation-booklet.txt#1390#gcm-implementation-booklet.txt:1389: the document ends here, expected 'Useful websites'",
                "gcm-implementation-booklet.txt#1393#gcm-implementation-booklet.txt:1393: the document ends here, expected a useful website with its URL",
                "iom-idm-red-book-27.txt#40#iom-idm-red-book-27.txt:40: the document ends here, expected the report's recommendations page 'N RECOMMENDATIONS ...'",
                "iom-idm-red-book-27.txt#100#iom-idm-red-book-27.txt:100: the document ends here, expected the report's recommendations page 'N RECOMMENDATIONS ...'",
                "iom-idm-red-book-27.txt#181#iom-idm-red-book-27.txt:180: the document ends here, expected the report's recommendations page 'N RECOMMENDATIONS ...'",
                "icmpd-input-unsg-report.txt#20#icmpd-input-unsg-report.txt:19: the document ends here, expected theme 2 '2. ...'",
                "icmpd-input-unsg-report.txt#50#icmpd-input-unsg-report.txt:50: the document ends here, expected theme 4 '4. ...'",
                "icmpd-input-unsg-report.txt#80#icmpd-input-unsg-report.txt:80: the document ends here, expected the heading '2. Means of implementation ...'",
                "icmpd-input-unsg-report.txt#100#icmpd-input-unsg-report.txt:99: the document ends here, expected the heading '3. Annex ...'",
                "icmpd-input-unsg-report.txt#110#icmpd-input-unsg-report.txt:109: the document ends here, expected the annex entry of theme 1 '1. ...:'",
                "icmpd-input-unsg-report.txt#127#icmpd-input-unsg-report.txt:127: the document ends here, expected the frameworks of the annex entry of theme 5",
                "quno-foundations-objective-23.txt#22#quno-foundations-objective-23.txt:22: the document ends here, expected 'Guidance from Treaty Bodies'",
                "quno-foundations-objective-23.txt#28#quno-foundations-objective-23.txt:27: the document ends here, expected a table of guidance '| Source | Guidance |' or a sentence that there is none",
                "quno-foundations-objective-23.txt#30#quno-foundations-objective-23.txt:29: the document ends here, expected 'QUNO offices:'",
            })
    void aCutDocumentIsRefusedNamingItsLastLineAndWhatItLacks(String file, int lines, String message)
            throws IOException {
        SourceText source = cut(file, lines);
        DocumentKind<?> extractor = KINDS.of(source);
        CorpusException e = assertThrows(CorpusException.class, () -> extractor.extract(source));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                // A heading removed in the middle: the file goes on, so the reader's own error stands.
                "gcm-implementation-booklet.txt#POTENTIAL RESPONSES / CONCRETE EXAMPLES#5#gcm-implementation-booklet.txt:336: expected an action '- (a) ...' of GCM Objective 5",
                "quno-foundations-objective-23.txt#Guidance from Treaty Bodies#1#quno-foundations-objective-23.txt:20: expected a section 'Guidance from Treaty Bodies' besides 'Guidance from Special Procedures', found none",
                "icmpd-input-unsg-report.txt#3. Promote regular migration pathways:#1#icmpd-input-unsg-report.txt:121: expected the annex entry '3. Promote regular migration pathways:'",
            })
    void aDocumentLackingAPartIsRefused(String file, String heading, int occurrence, String message)
            throws IOException {
        List<String> all =
                new java.util.ArrayList<>(Files.readAllLines(Path.of("data/corpus", file), StandardCharsets.UTF_8));
        int seen = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).strip().equals(heading) && ++seen == occurrence) {
                all.set(i, "");
            }
        }
        SourceText source = new SourceText(file, String.join("\n", all) + "\n");
        CorpusException e =
                assertThrows(CorpusException.class, () -> KINDS.of(source).extract(source));
        assertEquals(message, e.getMessage());
    }
}
