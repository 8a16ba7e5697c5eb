package org.gcmkg.extract.iom;

import java.time.LocalDate;
import java.util.List;
import org.gcmkg.corpus.Span;

/**
 * A workshop of the dialogue: its number (in the order the report's title page gives them), the city, the place as
 * the title page writes it ("United Nations Headquarters, New York"), its first and last days, and the spans of the
 * title page and of the sentence giving the days.
 */
public record Workshop(
        int number, String city, String place, LocalDate startDate, LocalDate endDate, List<Span> spans) {}
