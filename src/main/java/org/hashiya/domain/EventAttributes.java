package org.hashiya.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an event's coder records beside its roles: the event's date (ISO 8601, "" if unknown) with
 * its precision, certainty, polarity, modality, fatalities and injured (null: not known) and a
 * note. Certainty, polarity and modality are value ids the label schema lists
 * ({@link EventAttributeValues}); {@link #parse} takes them in any letter case against those lists
 * and reports every bad value in one message. The record itself does not check them against a
 * list, so a stored value the schema no longer lists is still read and shown.
 */
public record EventAttributes(String date, Precision precision, String certainty, String polarity,
                              String modality, Integer fatalities, Integer injured, String note) {

    /** No attributes, with the default schema's polarity and modality (positive, asserted). */
    public static final EventAttributes NONE = none(EventAttributeValues.DEFAULT);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public enum Precision { DAY, MONTH, YEAR;
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EventAttributes {
        date = date == null ? "" : date.strip();
        certainty = EventAttributeValues.stored(certainty);
        polarity = EventAttributeValues.stored(polarity);
        modality = EventAttributeValues.stored(modality);
        polarity = polarity == null ? EventAttributeValues.DEFAULT.defaultPolarity() : polarity;
        modality = modality == null ? EventAttributeValues.DEFAULT.defaultModality() : modality;
        note = note == null ? "" : note;
        if (date.isEmpty()) {
            precision = null;
        } else if (precision == null) {
            precision = DAY.matcher(date).matches() ? Precision.DAY : MONTH.matcher(date).matches() ? Precision.MONTH : Precision.YEAR;
        }
        List<String> problems = problems(date, precision, fatalities, injured);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** No attributes: the first polarity and modality these values list. */
    public static EventAttributes none(EventAttributeValues values) {
        return new EventAttributes("", null, null, values.defaultPolarity(), values.defaultModality(), null, null, "");
    }

    /** Attributes as typed, against the default schema's value lists (see the other {@code parse}). */
    public static EventAttributes parse(String date, String precision, String certainty, String polarity,
                                        String modality, String fatalities, String injured, String note) {
        return parse(EventAttributeValues.DEFAULT, date, precision, certainty, polarity, modality, fatalities, injured, note);
    }

    /**
     * Attributes as typed (text fields, CSV cells, import): empty text means not given (polarity
     * and modality then take the first value listed). Certainty, polarity and modality must be
     * values the schema lists, in any letter case. Throws {@link IllegalArgumentException} naming
     * every bad value and what is allowed.
     */
    public static EventAttributes parse(EventAttributeValues values, String date, String precision, String certainty,
                                        String polarity, String modality, String fatalities, String injured,
                                        String note) {
        List<String> problems = new ArrayList<>();
        Precision p = choice("date precision", precision, Precision.values(), problems);
        String c = EventAttributeValues.choice("certainty", certainty, values.certainty(), problems);
        String pol = EventAttributeValues.choice("polarity", polarity, values.polarity(), problems);
        String m = EventAttributeValues.choice("modality", modality, values.modality(), problems);
        pol = pol == null ? values.defaultPolarity() : pol;
        m = m == null ? values.defaultModality() : m;
        Integer f = count("fatalities", fatalities, problems);
        Integer i = count("injured", injured, problems);
        String d = date == null ? "" : date.strip();
        problems.addAll(problems(d, p, f, i));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new EventAttributes(d, p, c, pol, m, f, i, note);
    }

    private static List<String> problems(String date, Precision precision, Integer fatalities, Integer injured) {
        List<String> problems = new ArrayList<>();
        if (!date.isEmpty()) {
            String dateProblem = dateProblem(date, precision);
            if (dateProblem != null) {
                problems.add(dateProblem);
            }
        } else if (precision != null) {
            problems.add("a date precision needs a date");
        }
        if (fatalities != null && fatalities < 0) {
            problems.add("fatalities must be 0 or more, not " + fatalities);
        }
        if (injured != null && injured < 0) {
            problems.add("injured must be 0 or more, not " + injured);
        }
        return problems;
    }

    private static String dateProblem(String date, Precision precision) {
        String bad = "event date '" + date + "' is not an ISO 8601 date: write 2024-03-05, 2024-03 or 2024";
        try {
            if (DAY.matcher(date).matches()) {
                LocalDate.parse(date);
            } else if (MONTH.matcher(date).matches()) {
                YearMonth.parse(date);
                if (precision == Precision.DAY) {
                    return "event date '" + date + "' has no day, so its precision cannot be day";
                }
            } else if (YEAR.matcher(date).matches()) {
                if (precision != Precision.YEAR && precision != null) {
                    return "event date '" + date + "' is a year, so its precision can only be year";
                }
            } else {
                return bad;
            }
        } catch (DateTimeParseException e) {
            return bad;
        }
        return null;
    }

    private static <E extends Enum<E>> E choice(String what, String typed, E[] values, List<String> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(t)) {
                return value;
            }
        }
        problems.add(what + " '" + t + "' is not one of "
                + String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()));
        return null;
    }

    private static Integer count(String what, String typed, List<String> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n < 0) {
                problems.add(what + " must be 0 or more, not " + n);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(what + " '" + t + "' is not a whole number");
            return null;
        }
    }

    public String precisionId() {
        return precision == null ? "" : precision.id();
    }

    public String certaintyId() {
        return certainty == null ? "" : certainty;
    }

    /**
     * Attributes as stored in a library: certainty, polarity and modality are kept whatever they
     * are (a value the schema no longer lists is still read and shown); date, precision and counts
     * are checked as always.
     */
    public static EventAttributes stored(String date, String precision, String certainty, String polarity,
                                         String modality, String fatalities, String injured, String note) {
        EventAttributes checked = parse(date, precision, "", "", "", fatalities, injured, note);
        return new EventAttributes(checked.date, checked.precision, certainty, polarity, modality, checked.fatalities,
                checked.injured, checked.note);
    }

    public String fatalitiesText() {
        return fatalities == null ? "" : fatalities.toString();
    }

    public String injuredText() {
        return injured == null ? "" : injured.toString();
    }
}
