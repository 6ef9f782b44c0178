package org.hashiya.ui.review;

import java.nio.file.Path;
import java.time.Instant;
import org.hashiya.EventLibraries;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;

/**
 * Manual check: a new library for screenshots of the review view's events mode: the two reports of
 * {@link EventLibraries#reports}, an attack whose roles are long (a coalition of states, several
 * targets) beside short ones, and a few hundred short generated events. Args: library file (new).
 */
public final class EventReviewDemoLibraryMain {
    static final String LONG = "شنت قوات التحالف العربي بقيادة المملكة العربية السعودية ودولة الإمارات العربية المتحدة"
            + " غارات جوية مكثفة على مواقع عسكرية ومخازن أسلحة تابعة لجماعة أنصار الله الحوثية في محافظة صعدة"
            + " شمال اليمن، وقال شهود إن الغارات أصابت سوقاً شعبياً في مديرية ساقين.";

    public static void main(String[] args) {
        try (Library lib = SqliteLibrary.open(Path.of(args[0]), true)) {
            EventLibraries.reports(lib);
            long article = TestArticles.add(lib, "غارات التحالف على صعدة: قتلى في سوق شعبي بمديرية ساقين", LONG);
            Instant at = Instant.parse("2026-11-25T08:00:00Z");
            Span trigger = span(lib, article, "ATTACK", "شنت", at);
            Span coalition = span(lib, article, "COALITION_IGO",
                    "قوات التحالف العربي بقيادة المملكة العربية السعودية ودولة الإمارات العربية المتحدة", at);
            Span sites = span(lib, article, "NONSTATE_ARMED", "مواقع عسكرية ومخازن أسلحة تابعة لجماعة أنصار الله الحوثية", at);
            Span market = span(lib, article, "CIVILIANS", "سوقاً شعبياً", at);
            Span saada = span(lib, article, "LOCATION", "محافظة صعدة", at);
            Event e = lib.events().add(article, trigger.id(), EventAttributes.parse("2026-11-24", "", "reported", "", "",
                            "", "", ""))
                    .withArgument(new EventArgument("Attacker", coalition.id()))
                    .withArgument(new EventArgument("Target", sites.id()))
                    .withArgument(new EventArgument("Target", market.id()))
                    .withArgument(new EventArgument("Place", saada.id()));
            lib.events().put(e);
            EventLibraries.many(lib, 10, 300);
        }
    }

    private static Span span(Library lib, long article, String label, String covered, Instant at) {
        String text = lib.articles().find(article).orElseThrow().text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        int from = text.indexOf(covered);
        return lib.spans().add(new NewSpan(article, label, offsets.toCodePoint(from),
                offsets.toCodePoint(from + covered.length()), covered, "سارة", "", at));
    }
}
