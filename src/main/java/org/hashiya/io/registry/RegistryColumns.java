package org.hashiya.io.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;

/**
 * The columns of the registry's CSV files, and how an entry becomes a row and back. Actors:
 * {@code name,english_name,type,aliases,country,wikidata,note} (type an actor label id); places:
 * {@code name,english_name,aliases,country,province,latitude,longitude}. Aliases are joined by
 * {@code |}; coordinates are decimal degrees written without exponent.
 */
public final class RegistryColumns {
    public static final List<String> ACTOR = List.of("name", "english_name", "type", "aliases", "country", "wikidata", "note");
    public static final List<String> PLACE = List.of("name", "english_name", "aliases", "country", "province", "latitude", "longitude");

    private RegistryColumns() {
    }

    public static List<String> of(EntryKind kind) {
        return kind == EntryKind.ACTOR ? ACTOR : PLACE;
    }

    /** The row's cells in the order of {@link #of}. */
    static List<String> cells(RegistryEntry entry) {
        String aliases = String.join("|", entry.aliases());
        if (entry instanceof ActorEntry a) {
            return List.of(a.name(), a.englishName(), a.type(), aliases, a.country(), a.wikidata(), a.note());
        }
        PlaceEntry p = (PlaceEntry) entry;
        return List.of(p.name(), p.englishName(), aliases, p.country(), p.province(), degrees(p.latitude()),
                degrees(p.longitude()));
    }

    /** An entry (id 0) from cells by column name; IllegalArgumentException says what is wrong. */
    static RegistryEntry entry(EntryKind kind, java.util.function.Function<String, String> cell) {
        List<String> aliases = aliases(cell.apply("aliases"));
        if (kind == EntryKind.ACTOR) {
            return new ActorEntry(0, cell.apply("name"), cell.apply("english_name"), cell.apply("type"), aliases,
                    cell.apply("country"), cell.apply("wikidata"), cell.apply("note"));
        }
        return new PlaceEntry(0, cell.apply("name"), cell.apply("english_name"), aliases, cell.apply("country"),
                cell.apply("province"), number("latitude", cell.apply("latitude")),
                number("longitude", cell.apply("longitude")), "");
    }

    static List<String> aliases(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(joined.split("\\|")));
    }

    private static Double number(String column, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + v + "' is not a decimal number of degrees (e.g. 33.3152)");
        }
    }

    private static String degrees(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
