package org.gcmkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkg.corpus.MappedText;

/**
 * Finds the UN document symbols a text gives ("A/59/377", "A/RES/71/280", "A/HRC/RES/35/17", "E/2016/L.24",
 * "CRC/C/GC/6", "E/ESCAP/GCM/PREP/L.1/Rev.1"), by the grammar of UN symbols: the series of the body that issued the
 * document (A General Assembly, E Economic and Social Council, S Security Council, ST Secretariat, or a treaty body:
 * CRC, CMW, CCPR, CEDAW, CERD, CAT, CRPD, CED, HRI), then elements separated by slashes: capitals for subsidiary bodies and
 * document types (RES, HRC, C, GC, L, PREP), numbers for sessions and documents, and "L.24", "C.3", "Rev.1", "Add.2"
 * for the numbered ones. A symbol holds a number, so that words such as "A/B testing" are no symbol. Other
 * organisations' symbols ("MC/INF/293" of IOM's Council) are left alone. A symbol inside a web address
 * ("view_doc.asp?symbol=A/RES/71/1") is the document the address shows, and is found too.
 */
public final class UnDocumentRecognizer implements EntityRecognizer {
    private static final String ELEMENT = "(?:[A-Z]{1,12}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:Rev|Add|Corr|Amend)\\.\\d+)";
    private static final Pattern SYMBOL =
            Pattern.compile("(?<![\\p{L}\\p{N}/.\\-])(?:A|E|S|ST|CRC|CMW|CCPR|CEDAW|CERD|CAT" + "|CRPD|CED|HRI)(?:/"
                    + ELEMENT + ")+(?![\\p{L}\\p{N}/\\-]|\\.\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    @Override
    public List<EntityMention> find(MappedText text) {
        if (text.text().indexOf('/') < 0) {
            // Every symbol has a slash; most texts have none, and need no search.
            return List.of();
        }
        List<EntityMention> found = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text.text());
        while (m.find()) {
            if (NUMBER.matcher(m.group()).find()) {
                found.add(new EntityMention(
                        EntityKind.UN_DOCUMENT,
                        m.group(),
                        m.group(),
                        text.sourceOffset(m.start()),
                        text.sourceEnd(m.end())));
            }
        }
        return found;
    }
}
