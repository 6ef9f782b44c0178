package org.hashiya.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.text.TextHash;

/**
 * The disagreements of one article that a gold annotator settled as "neither": no gold span is left
 * there, so nothing among the spans says the place was decided. They are kept in the library's
 * settings (one key per article and gold annotator, no schema change) as the place's identity: its
 * range and a hash of both coders' spans there (labels and offsets, the coders in name order, so
 * comparing B with A finds what A with B decided). When a coder's spans at the place change, the
 * identity changes and the place is open again, as it should be.
 */
final class NeitherVerdicts {
    private final Library library;
    private final String key;

    NeitherVerdicts(Library library, long articleId, String gold) {
        this.library = library;
        this.key = "adjudication.neither/" + articleId + "/" + gold;
    }

    /** The identity of a compared place between {@code coderA} and {@code coderB}. */
    static String placeOf(ComparedSpans item, String coderA, String coderB) {
        boolean inOrder = coderA.compareTo(coderB) <= 0;
        String first = describe(inOrder ? coderA : coderB, inOrder ? item.a() : item.b());
        String second = describe(inOrder ? coderB : coderA, inOrder ? item.b() : item.a());
        return item.start() + "-" + item.end() + ":" + TextHash.sha256(first + "|" + second).substring(0, 16);
    }

    private static String describe(String coder, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end).thenComparing(Span::labelId));
        StringBuilder b = new StringBuilder(coder);
        for (Span s : sorted) {
            b.append(';').append(s.labelId()).append(' ').append(s.start()).append(' ').append(s.end());
        }
        return b.toString();
    }

    /** The places decided "neither", as stored now. */
    Set<String> places() {
        Set<String> places = new LinkedHashSet<>();
        for (String line : library.settings().get(key).orElse("").split("\n")) {
            if (!line.isBlank()) {
                places.add(line.strip());
            }
        }
        return places;
    }

    /**
     * Records whether {@code place} is decided "neither" and returns the change as an edit (for undo),
     * or empty when it was already so.
     */
    Optional<Edit> record(String place, boolean neither) {
        Set<String> before = places();
        Set<String> after = new LinkedHashSet<>(before);
        if (neither ? !after.add(place) : !after.remove(place)) {
            return Optional.empty();
        }
        Edit.SettingEdit edit = new Edit.SettingEdit(key, String.join("\n", before), String.join("\n", after));
        edit.apply(library);
        return Optional.of(edit);
    }
}
