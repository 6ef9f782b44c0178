package org.hashiya.text;

/**
 * How the review table's free text meets span text and notes, as keys: the library stores
 * {@link #key} of every span's text and note, a query becomes {@link #needle}, and a span matches
 * when one of its keys contains the needle. Containment is all the store does, so a better matcher
 * plugs in here by choosing its keys (for whole words with proclitics, say, keys of space-separated
 * stems and a needle " stem "); when {@link #version} changes, the library's keys are rebuilt.
 */
public interface TextMatchKeys {

    /** Names the key scheme; stored keys made by another version are rebuilt. */
    String version();

    /** The key stored for a span's text or note. */
    String key(String text);

    /** What a matching key contains; "" when the query has nothing to match (it then matches every span). */
    String needle(String query);

    /** The matcher in use. */
    static TextMatchKeys current() {
        return NormalizedContains.INSTANCE;
    }

    /**
     * For now: both sides through {@link SearchNormalizer} (harakat and tatweel dropped, alef, yeh
     * and teh marbuta forms folded, Latin lowercased), then plain containment, so «الامريكيه» finds
     * «الأمريكيّة» and also any longer word containing it. The search work's word matcher
     * ({@code ArabicPhraseMatcher}) is meant to replace it.
     */
    final class NormalizedContains implements TextMatchKeys {
        static final NormalizedContains INSTANCE = new NormalizedContains();
        /**
         * Characters a normalizer may treat differently: the version names how it treats them, so
         * keys are rebuilt when {@link SearchNormalizer} changes (without anyone remembering to).
         */
        private static final String PROBE = "أإآٱاىيیكکةهـًٌٍَُِّْٰٔٓ٠١٢٣۴۵ﻻﷲ\u200c\u200fAbCİ";

        private final String version;

        private NormalizedContains() {
            version = "normalized-contains-1/" + SearchNormalizer.normalize(PROBE).codePoints()
                    .mapToObj(Integer::toHexString).reduce((a, b) -> a + "." + b).orElse("");
        }

        @Override
        public String version() {
            return version;
        }

        @Override
        public String key(String text) {
            return SearchNormalizer.normalize(text);
        }

        @Override
        public String needle(String query) {
            return SearchNormalizer.normalize(query.strip());
        }
    }
}
