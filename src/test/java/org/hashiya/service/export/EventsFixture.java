package org.hashiya.service.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextHash;

/**
 * A small library with events: in the first article (emoji and diacritics before every span, so
 * code-point offsets differ from UTF-16 ones) a meeting whose Participant role is filled three
 * times, the third after Place and Time, and whose Time filler is omar's while everything else there
 * is amal's (an annotator filter drops it); a statement whose About role is filled by another event's
 * trigger; a deployment without arguments with a two-line note. In the second article, omar's attack
 * with a filler whose text starts with "=" (Excel defusing). The meeting and the attack share an
 * incident; the minister and Baghdad link to registry entries.
 */
public final class EventsFixture {
    public static final String ARTICLE_1 = "😀🇸🇦 اجتمعَ وزيرُ الخارجيةِ مع السفيرِ الأمريكي والسفيرِ الفرنسي في بغداد يوم الأحد، "
            + "وقال إنّ التحالف سيرسل 80 جندياً 🙂.";
    public static final String ARTICLE_2 = "=1+2 هجوم على مدينة الموصل\nأسفر عن مقتل 3 أشخاص";
    public static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    public final Library library;
    public final long a1;
    public final long a2;
    public Span meet;
    public Span minister;
    public Span american;
    public Span french;
    public Span baghdad;
    public Span sunday;
    public Span said;
    public Span deploy;
    public Span coalition;
    public Span attack;
    public Span mosul;
    public Span victims;
    public Span formula;
    public Event meeting;
    public Event statement;
    public Event deployment;
    public Event attacking;
    public long incident;
    public long ministerEntry;
    public long baghdadEntry;

    private EventsFixture(Library library, long a1, long a2) {
        this.library = library;
        this.a1 = a1;
        this.a2 = a2;
    }

    public static EventsFixture create(Path db) {
        Library lib = SqliteLibrary.open(db, true);
        new SchemaService(lib).ensureSchema();
        List<Long> ids = lib.articles().addAll(List.of(article(ARTICLE_1, "لقاء في بغداد"),
                article(ARTICLE_2, "هجوم"))).stream().map(r -> r.id()).toList();
        EventsFixture f = new EventsFixture(lib, ids.get(0), ids.get(1));
        f.meet = f.span(f.a1, "MEET", "اجتمعَ", "amal");
        f.minister = f.span(f.a1, "STATE_GOV", "وزيرُ الخارجيةِ", "amal");
        f.american = f.span(f.a1, "STATE_GOV", "السفيرِ الأمريكي", "amal");
        f.french = f.span(f.a1, "STATE_GOV", "السفيرِ الفرنسي", "amal");
        f.baghdad = f.span(f.a1, "LOCATION", "بغداد", "amal");
        f.sunday = f.span(f.a1, "TIME", "يوم الأحد", "omar");
        f.said = f.span(f.a1, "STATEMENT", "وقال", "amal");
        f.coalition = f.span(f.a1, "COALITION_IGO", "التحالف", "amal");
        f.deploy = f.span(f.a1, "DEPLOY", "سيرسل", "amal");
        f.attack = f.span(f.a2, "ATTACK", "هجوم", "omar");
        f.mosul = f.span(f.a2, "LOCATION", "الموصل", "omar");
        f.victims = f.span(f.a2, "CIVILIANS", "3 أشخاص", "omar");
        f.formula = f.span(f.a2, "CIVILIANS", "=1+2", "omar");

        f.incident = lib.events().newIncident(AT);
        f.meeting = lib.events().add(f.a1, f.meet.id(), EventAttributes.parse("2026-11-29", "day", "reported", "", "",
                "0", "", ""));
        f.meeting = f.meeting.withArgument(new EventArgument("Participant", f.minister.id()))
                .withArgument(new EventArgument("Participant", f.american.id()))
                .withArgument(new EventArgument("Place", f.baghdad.id()))
                .withArgument(new EventArgument("Time", f.sunday.id()))
                .withArgument(new EventArgument("Participant", f.french.id()))
                .withIncident(f.incident);
        f.statement = lib.events().add(f.a1, f.said.id(), EventAttributes.NONE);
        f.statement = f.statement.withArgument(new EventArgument("Speaker", f.minister.id()))
                .withArgument(new EventArgument("About", f.deploy.id()));
        f.deployment = lib.events().add(f.a1, f.deploy.id(), EventAttributes.parse("", "", "uncertain", "negative",
                "other", "", "", "خطة\nغير مؤكدة"));
        f.attacking = lib.events().add(f.a2, f.attack.id(), EventAttributes.parse("2026-11", "", "confirmed", "", "",
                "3", "", ""));
        f.attacking = f.attacking.withArgument(new EventArgument("Place", f.mosul.id()))
                .withArgument(new EventArgument("Victim", f.victims.id()))
                .withArgument(new EventArgument("Target", f.formula.id()))
                .withIncident(f.incident);
        lib.events().write(List.of(f.meeting, f.statement, f.attacking), List.of());

        f.ministerEntry = lib.registry().add(new ActorEntry(0, "وزير الخارجية العراقي", "Iraqi foreign minister",
                "STATE_GOV", List.of("وزير الخارجية"), "IRQ", "", "")).id();
        f.baghdadEntry = lib.registry().add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "بغداد",
                33.31, 44.36, "")).id();
        lib.registry().link(f.minister.id(), f.ministerEntry);
        lib.registry().link(f.baghdad.id(), f.baghdadEntry);
        return f;
    }

    private static NewArticle article(String text, String title) {
        return new NewArticle(text, new ArticleMetadata(title, "", "", ""), new ImportRecord("/in/" + title + ".txt",
                "UTF-8", AT, TextHash.sha256(text)));
    }

    /** A span over the first occurrence of {@code covered}, offsets in code points. */
    private Span span(long article, String label, String covered, String annotator) {
        String text = library.articles().find(article).orElseThrow().text();
        int from16 = text.indexOf(covered);
        if (from16 < 0) {
            throw new IllegalArgumentException(covered + " not in article " + article);
        }
        CodePointOffsets offsets = new CodePointOffsets(text);
        return library.spans().add(new NewSpan(article, label, offsets.toCodePoint(from16),
                offsets.toCodePoint(from16 + covered.length()), covered, annotator, "", AT));
    }
}
