package org.hashiya.ui.annotate;

import java.nio.file.Path;
import org.hashiya.domain.Article;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventAttributes;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;

/**
 * Manual check: gives the first article of a library (imported from the shared corpus) spans, a
 * meeting with roles filled and one required role left empty, and a statement, for screenshots of
 * the event inspector. Args: library file.
 */
public final class EventsDemoLibraryMain {
    public static void main(String[] args) {
        try (Library library = SqliteLibrary.open(Path.of(args[0]), false)) {
            new SchemaService(library).ensureSchema();
            Article article = library.articles().find(1).orElseThrow();
            ArticleAnnotator a = new AnnotationService(library, "مها").open(article.id());
            String text = article.text();
            CodePointOffsets cp = new CodePointOffsets(text);
            long meet = span(a, cp, text, "MEET", "اجتماع رفيع المستوى");
            long usa = span(a, cp, text, "STATE_GOV", "الولايات المتحدة");
            long coalition = span(a, cp, text, "COALITION_IGO", "دول التحالف الدولي");
            long washington = span(a, cp, text, "LOCATION", "العاصمة واشنطن");
            long said = span(a, cp, text, "STATEMENT", "شدد");
            long minister = span(a, cp, text, "STATE_GOV", "وزير الخارجية الأمريكي");
            Event meeting = a.createEvent(meet).after();
            a.fillRole(meeting.id(), "Participant", usa);
            a.fillRole(meeting.id(), "Participant", coalition);
            a.fillRole(meeting.id(), "Place", washington);
            a.setEventAttributes(meeting.id(), EventAttributes.parse("2024-02", "", "reported", "", "", "", "",
                    "اجتماع وزاري للتحالف ضد داعش"));
            Event statement = a.createEvent(said).after();
            a.fillRole(statement.id(), "About", meet);
            System.out.println("meeting " + meeting.id() + ", statement " + statement.id() + ", minister span " + minister);
        }
    }

    private static long span(ArticleAnnotator a, CodePointOffsets cp, String text, String label, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in the article: " + words);
        }
        return a.createSpan(label, cp.toCodePoint(at), cp.toCodePoint(at + words.length())).span().id();
    }
}
