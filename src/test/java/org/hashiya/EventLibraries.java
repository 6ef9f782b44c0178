package org.hashiya;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.text.CodePointOffsets;

/**
 * Libraries with events for review tests: real-looking Arabic reports with attack, arrest and
 * meeting events, roles filled in an order other than the schema's, required roles left empty,
 * and ties on every sortable event column (so orders must break them by id).
 */
public final class EventLibraries {
    public static final String ATTACK_REPORT = "قصفت طائرات التحالف الدولي مواقع لجماعة الحوثي في مدينة الحديدة فجر الخميس. "
            + "وقال متحدث باسم التحالف إن الغارات استهدفت مخازن أسلحة.";
    public static final String ARREST_REPORT = "اعتقلت قوات الأمن العراقية ثلاثة مشتبه بهم في بغداد. "
            + "واجتمع رئيس الوزراء مع السفير الأمريكي في بغداد.";

    private EventLibraries() {
    }

    /** The events stored by {@link #reports}, in the order they were made. */
    public record Reports(long attackArticle, long arrestArticle, Event attack, Event arrest, Event meeting,
                          Event statement, Span mosul) {
    }

    /**
     * Two reports: an attack (Place filled before Attacker and Target), a statement (Speaker
     * filled), an arrest without its required Detainee, and a meeting without Participants. All by
     * "amal" on 2026-11-20 but the meeting (by "omar", 2026-11-27).
     */
    public static Reports reports(Library lib) {
        new SchemaService(lib).ensureSchema();
        long a = TestArticles.add(lib, "غارات على الحديدة", ATTACK_REPORT);
        long b = TestArticles.add(lib, "اعتقالات في بغداد", ARREST_REPORT);
        Instant day = Instant.parse("2026-11-20T09:00:00Z");
        Span attackTrigger = span(lib, a, "ATTACK", "قصفت", "amal", day);
        Span coalition = span(lib, a, "COALITION_IGO", "طائرات التحالف الدولي", "amal", day);
        Span houthi = span(lib, a, "NONSTATE_ARMED", "جماعة الحوثي", "amal", day);
        Span hodeidah = span(lib, a, "LOCATION", "مدينة الحديدة", "amal", day);
        Span statementTrigger = span(lib, a, "STATEMENT", "وقال", "amal", day);
        Span spokesman = span(lib, a, "PERSON", "متحدث باسم التحالف", "amal", day);
        Event attack = lib.events().add(a, attackTrigger.id(),
                        EventAttributes.parse("2026-11-19", "", "reported", "", "", "", "", ""))
                .withArgument(new EventArgument("Place", hodeidah.id()))
                .withArgument(new EventArgument("Attacker", coalition.id()))
                .withArgument(new EventArgument("Target", houthi.id()));
        lib.events().put(attack);
        Event statement = lib.events().add(a, statementTrigger.id(), EventAttributes.NONE)
                .withArgument(new EventArgument("Speaker", spokesman.id()))
                .withArgument(new EventArgument("About", attackTrigger.id()));
        lib.events().put(statement);

        Span arrestTrigger = span(lib, b, "ARREST", "اعتقلت", "amal", day);
        Span forces = span(lib, b, "STATE_SECURITY", "قوات الأمن العراقية", "amal", day);
        Span baghdad = span(lib, b, "LOCATION", "بغداد", "amal", day);
        Event arrest = lib.events().add(b, arrestTrigger.id(),
                        EventAttributes.parse("2026-11", "", "confirmed", "", "", "", "", ""))
                .withArgument(new EventArgument("Agent", forces.id()))
                .withArgument(new EventArgument("Place", baghdad.id()));
        lib.events().put(arrest);
        Span meetTrigger = span(lib, b, "MEET", "واجتمع", "omar", Instant.parse("2026-11-27T12:00:00Z"));
        Event meeting = lib.events().add(b, meetTrigger.id(), EventAttributes.NONE);
        return new Reports(a, b, lib.events().find(attack.id()).orElseThrow(), lib.events().find(arrest.id()).orElseThrow(),
                meeting, lib.events().find(statement.id()).orElseThrow(), hodeidah);
    }

    /**
     * {@code n} ATTACK and ARREST events over {@code articles} articles, each trigger with an
     * Attacker or Agent filler, with few distinct event dates, certainties, annotators and days.
     */
    public static List<Event> many(Library lib, int articles, int n) {
        new SchemaService(lib).ensureSchema();
        String[] dates = {"", "2026", "2026-10", "2026-11-02", "2026-11-02"};
        String[] certainty = {"", "reported", "confirmed", "claimed"};
        List<Event> events = new ArrayList<>();
        int perArticle = (n + articles - 1) / articles;
        for (int i = 0, made = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder("تقرير ").append(i).append(". ");
            int[] starts = new int[perArticle];
            for (int j = 0; j < perArticle; j++) {
                starts[j] = text.length();
                text.append("هاجم مسلحون القرية رقم ").append(j).append(". ");
            }
            long article = TestArticles.add(lib, "تقرير " + i, text.toString());
            for (int j = 0; j < perArticle && made < n; j++, made++) {
                int at = starts[j];
                String label = made % 3 == 0 ? "ARREST" : "ATTACK";
                Instant day = Instant.parse("2026-11-0" + (1 + made % 3) + "T08:00:00Z");
                String annotator = made % 2 == 0 ? "amal" : "omar";
                Span trigger = spanAt(lib, article, text.toString(), at, "هاجم", label, annotator, day);
                Span actor = spanAt(lib, article, text.toString(), at + 5, "مسلحون", "NONSTATE_ARMED", annotator, day);
                Event e = lib.events().add(article, trigger.id(), EventAttributes.parse(dates[made % dates.length], "",
                                certainty[made % certainty.length], "", "", "", "", ""))
                        .withArgument(new EventArgument(label.equals("ATTACK") ? "Attacker" : "Agent", actor.id()));
                lib.events().put(e);
                events.add(e);
            }
        }
        return events;
    }

    private static Span span(Library lib, long article, String label, String covered, String annotator, Instant at) {
        String text = lib.articles().find(article).orElseThrow().text();
        return spanAt(lib, article, text, text.indexOf(covered), covered, label, annotator, at);
    }

    private static Span spanAt(Library lib, long article, String text, int utf16, String covered, String label,
                               String annotator, Instant at) {
        if (!text.startsWith(covered, utf16)) {
            throw new IllegalArgumentException("«" + covered + "» is not at " + utf16);
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        return lib.spans().add(new NewSpan(article, label, offsets.toCodePoint(utf16),
                offsets.toCodePoint(utf16 + covered.length()), covered, annotator, "", at));
    }
}
