package org.gcmkg.extract.iom;

import java.util.regex.Pattern;
import org.gcmkg.extract.Outline;

/**
 * A whole dialogue report reaches its recommendations page ("87 RECOMMENDATIONS ..."), which closes the report:
 * a transcription that stops before it has lost part of the report.
 */
final class DialogueReportCompleteness {
    static final Outline OUTLINE = new Outline()
            .matching(
                    "the report's recommendations page 'N RECOMMENDATIONS ...'",
                    Pattern.compile("^\\d{1,4} RECOMMENDATIONS\\b.*$"));

    private DialogueReportCompleteness() {}
}
