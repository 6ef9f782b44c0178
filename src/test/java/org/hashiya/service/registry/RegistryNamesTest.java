package org.hashiya.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hashiya.bench.registry.RegistryGenerator;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.text.ArabicPhraseMatcher;
import org.hashiya.text.PhraseMatch;
import org.hashiya.text.SearchWords;
import org.junit.jupiter.api.Test;

/**
 * Suggestions from the cheap first-word index give exactly what compiling every name's matcher
 * gave: over a generated registry of 1,500 Arabic actors and places, for each name written bare,
 * with proclitics («وبال», «لل», «ف»), with diacritics, cut short and run on.
 */
class RegistryNamesTest {
    @Test
    void theFirstWordIndexSuggestsWhatEveryMatcherWould() {
        RegistryGenerator generator = new RegistryGenerator(9);
        List<RegistryEntry> registry = new ArrayList<>();
        AtomicLong id = new AtomicLong();
        for (RegistryEntry e : generator.actors(1_300)) {
            ActorEntry a = (ActorEntry) e;
            registry.add(new ActorEntry(id.incrementAndGet(), a.name(), a.englishName(), a.type(), a.aliases(), a.country(), a.wikidata(), a.note()));
        }
        for (RegistryEntry e : generator.places(200)) {
            PlaceEntry p = (PlaceEntry) e;
            registry.add(new PlaceEntry(id.incrementAndGet(), p.name(), p.englishName(), p.aliases(), p.country(), p.province(),
                    p.latitude(), p.longitude(), p.note()));
        }
        RegistryNames names = new RegistryNames(registry);
        List<String> selections = new ArrayList<>();
        for (int i = 0; i < registry.size(); i += 7) {
            for (String name : registry.get(i).namesToMatch()) {
                selections.add(name);
                selections.add("وب" + name);
                selections.add("ل" + name);
                selections.add("ف" + name);
                selections.add(name.replace("ا", "اَ"));
                selections.add(name + " الجديد");
                selections.add(name.contains(" ") ? name.substring(0, name.lastIndexOf(' ')) : name + "ات");
            }
        }
        selections.addAll(List.of("وبالتحالف", "لِلتَّحَالُفِ", "للجيش العراقي", "التحالفات", "كتاب"));
        int suggestedSomething = 0;
        List<Map.Entry<RegistryEntry, List<ArabicPhraseMatcher>>> matchers = new ArrayList<>();
        for (RegistryEntry entry : registry) {
            matchers.add(Map.entry(entry, entry.namesToMatch().stream().map(ArabicPhraseMatcher::compile).toList()));
        }
        for (String selection : selections) {
            List<RegistryEntry> expected = everyMatcher(matchers, selection);
            assertThat(names.suggest(selection)).as(selection).isEqualTo(expected);
            suggestedSomething += expected.isEmpty() ? 0 : 1;
        }
        assertThat(suggestedSomething).as("selections that name an entry").isGreaterThan(selections.size() / 3);
        assertThat(names.suggest("وبالتحالف")).extracting(RegistryEntry::name).containsExactly("التحالف الدولي");
    }

    /** What suggestions were before the index: every name's matcher (compiled once) tried on the selection. */
    private static List<RegistryEntry> everyMatcher(List<Map.Entry<RegistryEntry, List<ArabicPhraseMatcher>>> registry,
                                                    String selection) {
        SearchWords words = SearchWords.of(selection);
        if (words.words().isEmpty()) {
            return List.of();
        }
        int firstCp = selection.codePointCount(0, words.words().get(0).start());
        int lastCp = selection.codePointCount(0, words.words().get(words.words().size() - 1).end());
        List<RegistryEntry> found = new ArrayList<>();
        for (Map.Entry<RegistryEntry, List<ArabicPhraseMatcher>> named : registry) {
            RegistryEntry entry = named.getKey();
            for (ArabicPhraseMatcher matcher : named.getValue()) {
                List<PhraseMatch> matches = matcher.isEmpty() ? List.of() : matcher.findAll(words);
                if (matches.size() == 1 && matches.get(0).start() == firstCp && matches.get(0).end() == lastCp) {
                    found.add(entry);
                    break;
                }
            }
        }
        found.sort(Comparator.comparingLong(RegistryEntry::id));
        return found;
    }
}
