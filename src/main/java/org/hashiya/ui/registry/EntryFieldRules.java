package org.hashiya.ui.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hashiya.domain.RegistryEntry;

/**
 * Reads one field of the entry dialog as the researcher typed it, or says what is wrong with it in
 * words meant for that field. The domain records check the same rules again when the entry is
 * made; these only take what people type (lowercase codes, a Wikidata address, Arabic-Indic digits)
 * and make the message specific.
 */
final class EntryFieldRules {
    /** What a field holds: a value, or a problem to show beside it. */
    record Read<T>(T value, String problem) {
        static <T> Read<T> of(T value) {
            return new Read<>(value, "");
        }

        static <T> Read<T> problem(String problem) {
            return new Read<>(null, problem);
        }

        boolean ok() {
            return problem.isEmpty();
        }
    }

    private static final Pattern WIKIDATA = Pattern.compile(
            "(?:https?://)?(?:www\\.|m\\.)?wikidata\\.org/(?:wiki|entity)/(?:Special:EntityPage/)?([Qq][0-9]+)/?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern ALIAS_BREAKS = Pattern.compile("[|\\r\\n]+");

    private EntryFieldRules() {
    }

    static Read<String> name(String typed) {
        String name = clean(typed);
        if (name.isEmpty()) {
            return Read.problem("Give the Arabic name");
        }
        if (name.indexOf('|') >= 0) {
            return Read.problem("A name has no '|'; put other names under Aliases");
        }
        return Read.of(name);
    }

    /** One alias a line or separated by {@code |}; blanks and repeats dropped, in the order typed. */
    static List<String> aliases(String typed) {
        List<String> aliases = new ArrayList<>();
        for (String alias : ALIAS_BREAKS.split(clean(typed))) {
            String a = alias.strip();
            if (!a.isEmpty() && !aliases.contains(a)) {
                aliases.add(a);
            }
        }
        return aliases;
    }

    /** The aliases as the dialog shows them: one a line. */
    static String aliasesText(List<String> aliases) {
        return String.join("\n", aliases);
    }

    /** Three letters in any case, stored in capitals; empty for none. */
    static Read<String> country(String typed) {
        String country = clean(typed).toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !RegistryEntry.ISO3.matcher(country).matches()) {
            return Read.problem("Three letters, the ISO 3166-1 alpha-3 code: IRQ, SYR, USA");
        }
        return Read.of(country);
    }

    /** Q and digits (Q7188), also pasted as the item's wikidata.org address; empty for none. */
    static Read<String> wikidata(String typed) {
        String id = clean(typed);
        Matcher address = WIKIDATA.matcher(id);
        if (address.matches()) {
            id = address.group(1);
        }
        id = id.toUpperCase(Locale.ROOT);
        if (!id.isEmpty() && !RegistryEntry.QID.matcher(id).matches()) {
            return Read.problem("Q followed by digits, e.g. Q7188 (or paste the item's wikidata.org address)");
        }
        return Read.of(id);
    }

    /** A place's coordinates as read: each a value (null for none) or a problem. */
    record Coordinates(Read<Double> latitude, Read<Double> longitude) {
    }

    /**
     * Latitude and longitude in decimal degrees, both or neither: north and east positive.
     * Arabic-Indic digits and the Arabic decimal separator are read too.
     */
    static Coordinates coordinates(String latitudeTyped, String longitudeTyped) {
        Read<Double> latitude = degrees(latitudeTyped, 90, "latitude", "-90 (south) and 90 (north)", "33.31");
        Read<Double> longitude = degrees(longitudeTyped, 180, "longitude", "-180 (west) and 180 (east)", "44.36");
        if (latitude.ok() && longitude.ok() && (latitude.value() == null) != (longitude.value() == null)) {
            if (latitude.value() == null) {
                latitude = Read.problem("Give the latitude too, or clear the longitude");
            } else {
                longitude = Read.problem("Give the longitude too, or clear the latitude");
            }
        }
        return new Coordinates(latitude, longitude);
    }

    private static Read<Double> degrees(String typed, double limit, String which, String range, String example) {
        String text = latinDigits(clean(typed));
        if (text.isEmpty()) {
            return Read.of(null);
        }
        if (!DECIMAL.matcher(text).matches()) {
            return Read.problem("The " + which + " is a number of degrees, e.g. " + example);
        }
        double value = Double.parseDouble(text);
        if (value < -limit || value > limit) {
            return Read.problem("The " + which + " is between " + range);
        }
        return Read.of(value);
    }

    /** Any decimal digit (Arabic-Indic, Persian …) as 0-9, the Arabic decimal separator and the minus sign as . and -. */
    static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10))); // as the search normalizer folds digits
            } else if (c == '\u066B') {
                out.append('.');
            } else if (c == '\u2212') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String clean(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
