package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words cut with a vocabulary (only the keys a few names use are kept) give the matchers exactly
 * the matches the full cut gives, on the real articles in assets/samples with clitics and
 * diacritics; words outside the vocabulary match nothing.
 */
class SearchWordsVocabularyTest {
    static final List<String> NAMES = List.of("التحالف الدولي", "التحالف", "قوات التحالف", "دول التحالف",
            "تحالف واشنطن", "الولايات المتحدة", "واشنطن", "داعش");

    @Test
    void aVocabularyCutFindsWhatTheFullCutFinds() throws Exception {
        List<ArabicPhraseMatcher> matchers = NAMES.stream().map(ArabicPhraseMatcher::compile).toList();
        Set<String> forms = new HashSet<>();
        for (ArabicPhraseMatcher m : matchers) {
            for (int k = 0; k < m.queryKeys().size(); k++) {
                forms.addAll(m.wordForms(k));
            }
        }
        SearchWords.Vocabulary vocabulary = new SearchWords.Vocabulary(forms);
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        int total = 0;
        for (Path sample : samples) {
            String text = Files.readString(sample) + " وبالتحالف الدُّوَلِيِّ، للتحالف والتحالفات";
            SearchWords full = SearchWords.of(text);
            SearchWords cut = SearchWords.of(text, vocabulary);
            assertThat(cut.words()).hasSameSizeAs(full.words());
            for (ArabicPhraseMatcher m : matchers) {
                List<PhraseMatch> expected = m.findAll(full);
                assertThat(m.findAll(cut)).isEqualTo(expected);
                total += expected.size();
            }
            assertThat(cut.words()).anySatisfy(w -> assertThat(w.key()).isEqualTo(SearchWords.OTHER));
        }
        assertThat(total).isGreaterThan(20);
    }
}
