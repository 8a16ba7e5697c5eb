package org.gcmkg.extract.iom;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gcmkg.corpus.CorpusException;
import org.gcmkg.corpus.MappedText;
import org.gcmkg.corpus.SourceText;
import org.gcmkg.corpus.Span;

/**
 * The workshops, from two places of the text. The report's title page ("REPORT OF THE TWO WORKSHOPS April 2017,
 * United Nations Headquarters, New York and July 2017, Palais des Nations, Geneva") gives each workshop's month, year
 * and place but lost the days; the introduction of the publication ("held in New York on 18 and 19 April 2017, while
 * the second in Geneva on 18 and 19 July") gives the days by city. The first sentence naming the days of a city's
 * workshop is taken.
 */
record WorkshopReader(SourceText source, List<Page> pages) {
    private static final String MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
            .collect(Collectors.joining("|"));
    private static final Pattern TITLE = Pattern.compile("^REPORT OF THE \\p{Lu}+ WORKSHOPS? ");
    /** "April 2017, United Nations Headquarters, New York", up to the next month or the end of the page. */
    private static final Pattern PLACE =
            Pattern.compile("(" + MONTHS + ") (\\d{4}), ((?:[^,]+, )*?([^,]+?))(?= and (?:" + MONTHS + ") |$)");

    List<Workshop> workshops() {
        Page title = pages.stream()
                .filter(p -> TITLE.matcher(p.body().text()).find())
                .findFirst()
                .orElseThrow(() -> CorpusException.at(
                        source.fileName(),
                        pages.get(0).line().number(),
                        "expected the report's title page, starting 'REPORT OF THE TWO WORKSHOPS'"));
        Matcher heading = TITLE.matcher(title.body().text());
        heading.find();
        MappedText places = title.body().sub(heading.end(), title.body().length());
        List<Workshop> workshops = new ArrayList<>();
        Matcher m = PLACE.matcher(places.text());
        int end = 0;
        while (m.find()) {
            if (!places.text().substring(end, m.start()).matches("(?: and )?")) {
                break;
            }
            end = m.end();
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int year = Integer.parseInt(m.group(2));
            String city = m.group(4);
            Span placeSpan = source.span(places.sub(m.start(), m.end())).onPage(title.number());
            workshops.add(days(workshops.size() + 1, city, m.group(3), month, year, placeSpan, title));
        }
        if (workshops.isEmpty() || end != places.length()) {
            throw CorpusException.at(
                    source.fileName(),
                    title.line().number(),
                    "expected workshops written 'Month Year, "
                            + "Place, City' joined by 'and' after '"
                            + heading.group().strip() + "', found '"
                            + places.text().substring(end) + "'");
        }
        return List.copyOf(workshops);
    }

    private Workshop days(int number, String city, String place, Month month, int year, Span placeSpan, Page title) {
        Pattern days = Pattern.compile("\\bin " + Pattern.quote(city) + " on (\\d{1,2}) and (\\d{1,2}) "
                + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "\\b");
        for (Page page : pages) {
            Matcher m = days.matcher(page.body().text());
            if (m.find()) {
                Span daySpan = source.span(page.body().sub(m.start(), m.end())).onPage(page.number());
                return new Workshop(
                        number,
                        city,
                        place,
                        LocalDate.of(year, month, Integer.parseInt(m.group(1))),
                        LocalDate.of(year, month, Integer.parseInt(m.group(2))),
                        List.of(placeSpan, daySpan));
            }
        }
        throw CorpusException.at(
                source.fileName(),
                title.line().number(),
                "expected a sentence giving the days of the "
                        + "workshop in " + city + " ('in " + city + " on D and D "
                        + month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "')");
    }
}
