package org.hashiya.service.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.text.ArabicPhraseMatcher;
import org.hashiya.text.PhraseMatch;
import org.hashiya.text.SearchIndexText;
import org.hashiya.text.SearchNormalizer;
import org.hashiya.text.SearchWords;

/**
 * The registry's names, prepared for finding entries quickly: a search box over both languages and
 * the entry a selected stretch of text names. Immutable; build a new one when the registry changes.
 *
 * <ul>
 *   <li>{@link #search}: every word of the query must occur in the entry's Arabic name, aliases,
 *       English name, country or Wikidata id, compared through {@link SearchNormalizer}
 *       (diacritics, alef forms, ى/ي, ة/ه folded; Latin without case), so a query can be the start
 *       of a word while typing. Entries whose name or alias holds the query as whole words (the
 *       Arabic way, proclitics allowed: {@link ArabicPhraseMatcher}) come first.</li>
 *   <li>{@link #suggest}: entries one of whose names, matched by {@link ArabicPhraseMatcher}, covers
 *       the whole selection: «وبالتحالف» suggests the entry with alias «التحالف».</li>
 * </ul>
 */
public final class RegistryNames {
    private record Prepared(RegistryEntry entry, String haystack, String nameKey) {
    }

    /** One name of an entry, for suggestions. */
    private record Named(RegistryEntry entry, String name) {
    }

    private final List<Prepared> entries = new ArrayList<>();
    /**
     * The index key ({@link SearchIndexText}: proclitics peeled off) of the first word of every
     * name → the names starting so. Every written form of a word peels down to its own key, so a
     * selection's first word finds every name it could be; the matcher then decides. Cheap to build
     * (no matcher is compiled): the first suggestion no longer waits for thousands of them.
     */
    private Map<String, List<Named>> byFirstWord;
    /** The names' matchers, compiled when a selection first needs them. */
    private final Map<String, ArabicPhraseMatcher> matchers = new HashMap<>();

    public RegistryNames(List<RegistryEntry> registry) {
        for (RegistryEntry entry : registry) {
            entries.add(new Prepared(entry, haystack(entry), SearchNormalizer.normalize(entry.name())));
        }
    }

    private Map<String, List<Named>> suggestionIndex() {
        if (byFirstWord == null) {
            byFirstWord = new HashMap<>();
            for (Prepared p : entries) {
                for (String name : p.entry().namesToMatch()) {
                    String first = firstIndexKey(name);
                    if (first != null) {
                        byFirstWord.computeIfAbsent(first, f -> new ArrayList<>()).add(new Named(p.entry(), name));
                    }
                }
            }
        }
        return byFirstWord;
    }

    /** The index key of the first word of {@code text}, or null when it has no word. */
    private static String firstIndexKey(String text) {
        String keys = SearchIndexText.of(text);
        if (keys.isEmpty()) {
            return null;
        }
        int space = keys.indexOf(' ');
        return space < 0 ? keys : keys.substring(0, space);
    }

    private static String haystack(RegistryEntry entry) {
        StringBuilder all = new StringBuilder(entry.name());
        entry.aliases().forEach(a -> all.append('\n').append(a));
        all.append('\n').append(entry.englishName()).append('\n').append(entry.country());
        if (entry instanceof ActorEntry a) {
            all.append('\n').append(a.wikidata()).append('\n').append(a.type());
        } else if (entry instanceof PlaceEntry p) {
            all.append('\n').append(p.province());
        }
        return SearchNormalizer.normalize(all.toString());
    }

    public int size() {
        return entries.size();
    }

    /** The entries the query finds (all of them for a blank query), best first, then by id. */
    public List<RegistryEntry> search(String query) {
        String[] words = SearchNormalizer.normalize(query == null ? "" : query).strip().split("\\s+");
        List<String> needed = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()).toList();
        if (needed.isEmpty()) {
            return entries.stream().map(Prepared::entry).toList();
        }
        ArabicPhraseMatcher whole = ArabicPhraseMatcher.compile(query);
        String queryKey = String.join(" ", needed);
        List<Prepared> found = new ArrayList<>();
        Map<Prepared, Integer> rank = new HashMap<>();
        for (Prepared p : entries) {
            if (needed.stream().allMatch(p.haystack()::contains)) {
                found.add(p);
                rank.put(p, p.nameKey().equals(queryKey) ? 0 : namesHoldWords(p, whole) ? 1 : 2);
            }
        }
        found.sort(Comparator.comparingInt(rank::get));
        return found.stream().map(Prepared::entry).toList();
    }

    private static boolean namesHoldWords(Prepared p, ArabicPhraseMatcher query) {
        if (query.isEmpty()) {
            return false;
        }
        for (String name : p.entry().namesToMatch()) {
            if (!query.findAll(name).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Entries a name of which is exactly the selected text (proclitics and diacritics aside), by id. */
    public synchronized List<RegistryEntry> suggest(String selectedText) {
        SearchWords words = SearchWords.of(selectedText == null ? "" : selectedText);
        if (words.words().isEmpty()) {
            return List.of();
        }
        String text = words.text();
        int firstCp = text.codePointCount(0, words.words().get(0).start());
        int lastCp = text.codePointCount(0, words.words().get(words.words().size() - 1).end());
        Set<RegistryEntry> suggested = new LinkedHashSet<>();
        for (Named named : suggestionIndex().getOrDefault(firstIndexKey(selectedText), List.of())) {
            ArabicPhraseMatcher matcher = matchers.computeIfAbsent(named.name(), ArabicPhraseMatcher::compile);
            List<PhraseMatch> matches = matcher.isEmpty() ? List.of() : matcher.findAll(words);
            if (matches.size() == 1 && matches.get(0).start() == firstCp && matches.get(0).end() == lastCp) {
                suggested.add(named.entry());
            }
        }
        List<RegistryEntry> sorted = new ArrayList<>(suggested);
        sorted.sort(Comparator.comparingLong(RegistryEntry::id));
        return sorted;
    }
}
