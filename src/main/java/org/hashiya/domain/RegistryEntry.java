package org.hashiya.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hashiya.text.SearchNormalizer;

/**
 * A canonical entry of the library's registry: one actor or one place, recognised as the same
 * across every article that mentions it. Ids are unique across actors and places (0 for an entry
 * not stored yet). {@code name} is the Arabic name; {@code aliases} the other ways articles write
 * it, each a word or phrase matched the Arabic way (the name itself is always matched too).
 */
public sealed interface RegistryEntry permits ActorEntry, PlaceEntry {
    /** Three capital letters, ISO 3166-1 alpha-3 (IRQ, SYR, USA). */
    Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    /** A Wikidata item id: Q and digits, no leading zero (Q7188). */
    Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    long id();

    String name();

    String englishName();

    List<String> aliases();

    String country();

    String note();

    EntryKind kind();

    /** The entry as stored under {@code newId}. */
    RegistryEntry withId(long newId);

    /** The name and every alias, each once, name first: what "annotate all occurrences" looks for. */
    default List<String> namesToMatch() {
        Set<String> all = new LinkedHashSet<>();
        all.add(name());
        all.addAll(aliases());
        return List.copyOf(all);
    }

    /**
     * What makes two entries the same entry (a CSV row already in the registry, another library's
     * entry in a merge): kind, the name's search key, and for actors the type, for places the
     * country and the province's search key.
     */
    default String identity() {
        if (this instanceof ActorEntry a) {
            return identity(EntryKind.ACTOR, name(), a.type(), "", "");
        }
        PlaceEntry p = (PlaceEntry) this;
        return identity(EntryKind.PLACE, name(), "", p.country(), p.province());
    }

    /** {@link #identity()} of an entry given by its fields (actor type, or place country and province). */
    static String identity(EntryKind kind, String name, String actorType, String country, String province) {
        String key = SearchNormalizer.normalize(name);
        return kind == EntryKind.ACTOR ? "actor\t" + key + "\t" + actorType
                : "place\t" + key + "\t" + country + "\t" + SearchNormalizer.normalize(province);
    }

    /** Actors or places. The lowercase id is what leaves the program. */
    enum EntryKind {
        ACTOR, PLACE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static EntryKind fromId(String id) {
            for (EntryKind kind : values()) {
                if (kind.id().equalsIgnoreCase(id)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("entry kind '" + id + "' is not actor or place");
        }
    }

    /** Trimmed, "" for null. */
    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * Aliases trimmed, blanks and repeats dropped, in the given order. An alias may not hold a line
     * break or {@code |}, the separator of the CSV files.
     */
    static List<String> cleanAliases(List<String> aliases) {
        Set<String> seen = new LinkedHashSet<>();
        for (String alias : aliases == null ? List.<String>of() : aliases) {
            String a = clean(alias);
            if (a.isEmpty()) {
                continue;
            }
            if (a.indexOf('|') >= 0 || a.indexOf('\n') >= 0 || a.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("alias «" + a + "» holds a '|' or a line break; aliases are separated by '|'");
            }
            seen.add(a);
        }
        return new ArrayList<>(seen);
    }

    /** The country in capitals; "" allowed; otherwise three letters A-Z or a clear message. */
    static String checkCountry(String country) {
        String c = clean(country).toUpperCase(Locale.ROOT);
        if (!c.isEmpty() && !ISO3.matcher(c).matches()) {
            throw new IllegalArgumentException("country '" + clean(country)
                    + "' is not an ISO 3166-1 alpha-3 code (three letters, e.g. IRQ, SYR, USA)");
        }
        return c;
    }

    static void checkName(String name, EntryKind kind) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an " + kind.id() + " needs a name");
        }
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('|') >= 0) {
            throw new IllegalArgumentException("name «" + name + "» holds a '|' or a line break");
        }
    }
}
