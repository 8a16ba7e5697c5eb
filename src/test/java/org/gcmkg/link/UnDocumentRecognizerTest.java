package org.gcmkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gcmkg.corpus.Corpus;
import org.gcmkg.corpus.Line;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.junit.jupiter.api.Test;

/** UN document symbols in the corpus files, read line by line over every line of every file. */
class UnDocumentRecognizerTest {
    final UnDocumentRecognizer recognizer = new UnDocumentRecognizer();

    List<String> symbols(SourceText source) {
        List<String> found = new ArrayList<>();
        for (Line line : source.lines()) {
            for (EntityMention m : recognizer.find(MappedText.of(line))) {
                assertEquals(EntityKind.UN_DOCUMENT, m.kind());
                assertEquals(m.id(), m.matchedText());
                found.add(line.number() + " " + m.id() + " " + m.startOffset() + "-" + m.endOffset());
            }
        }
        return found;
    }

    @Test
    void findsEverySymbolTheCorpusHolds() {
        // Every symbol of the four files, as grep and Python find them (code point offsets), in file order: the
        // booklet's is in the address of footnote 1's source; the IOM report's first is in its list of abbreviations
        // (page 12), the others in the scraped list of other documents after page 87; QUNO's are in its table.
        List<String> expected = List.of(
                "gcm-implementation-booklet.txt 1425 A/RES/71/1 211094-211104",
                "iom-idm-red-book-27.txt 32 A/71/728 12238-12246",
                "iom-idm-red-book-27.txt 220 A/RES/71/280 158706-158718",
                "iom-idm-red-book-27.txt 222 A/RES/71/280 158835-158847",
                "iom-idm-red-book-27.txt 396 A/HRC/RES/35/17 171013-171028",
                "iom-idm-red-book-27.txt 466 A/RES/67/172 175727-175739",
                "iom-idm-red-book-27.txt 468 A/RES/67/172 175786-175798",
                "iom-idm-red-book-27.txt 468 A/RES/67/172 175999-176011",
                "iom-idm-red-book-27.txt 540 E/ESCAP/GCM/PREP/L.1/Rev.1 180176-180202",
                "iom-idm-red-book-27.txt 586 A/64/433 183325-183333",
                "iom-idm-red-book-27.txt 588 A/64/433 183467-183475",
                "iom-idm-red-book-27.txt 588 A/RES/64/139 183540-183552",
                "iom-idm-red-book-27.txt 588 A/64/433 183725-183733",
                "iom-idm-red-book-27.txt 768 E/2016/L.24 195031-195042",
                "quno-foundations-objective-23.txt 24 A/59/377 1807-1815",
                "quno-foundations-objective-23.txt 25 A/73/206 2110-2118");
        List<String> found = new ArrayList<>();
        for (SourceText source : Corpus.open(Path.of("data/corpus")).documents()) {
            symbols(source).forEach(s -> found.add(source.fileName() + " " + s));
        }
        assertEquals(expected, found);
    }

    @Test
    void leavesOtherOrganisationsSymbolsAndWordsAlone() {
        SourceText text = new SourceText(
                "t.txt",
                "IOM Council document MC/INF/293. and UN/POP/MIG-15CM/2017/10, IC/2007/7, "
                        + "an A/B test, the resolution (A/RES/73/195). CRC/C/GC/6 and CMW/C/GC/2 and E/C.12/GC/20.");
        assertEquals(
                List.of(
                        "1 A/RES/73/195 102-114",
                        "1 CRC/C/GC/6 117-127",
                        "1 CMW/C/GC/2 132-142",
                        "1 E/C.12/GC/20 147-159"),
                symbols(text));
    }
}
