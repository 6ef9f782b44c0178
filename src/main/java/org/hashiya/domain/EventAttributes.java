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
 * note. Values are the lowercase ids below; {@link #parse} takes them in any letter case and
 * reports every bad value in one message.
 */
public record EventAttributes(String date, Precision precision, Certainty certainty, Polarity polarity,
                              Modality modality, Integer fatalities, Integer injured, String note) {

    public static final EventAttributes NONE =
            new EventAttributes("", null, null, Polarity.POSITIVE, Modality.ASSERTED, null, null, "");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public enum Precision { DAY, MONTH, YEAR;
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Certainty { CONFIRMED, REPORTED, CLAIMED, DENIED, UNCERTAIN;
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Polarity { POSITIVE, NEGATIVE;
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Modality { ASSERTED, OTHER;
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EventAttributes {
        date = date == null ? "" : date.strip();
        polarity = polarity == null ? Polarity.POSITIVE : polarity;
        modality = modality == null ? Modality.ASSERTED : modality;
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

    /**
     * Attributes as typed (text fields, CSV cells, import): empty text means not given. Throws
     * {@link IllegalArgumentException} naming every bad value and what is allowed.
     */
    public static EventAttributes parse(String date, String precision, String certainty, String polarity,
                                        String modality, String fatalities, String injured, String note) {
        List<String> problems = new ArrayList<>();
        Precision p = choice("date precision", precision, Precision.values(), problems);
        Certainty c = choice("certainty", certainty, Certainty.values(), problems);
        Polarity pol = choice("polarity", polarity, Polarity.values(), problems);
        Modality m = choice("modality", modality, Modality.values(), problems);
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
        return certainty == null ? "" : certainty.id();
    }

    public String fatalitiesText() {
        return fatalities == null ? "" : fatalities.toString();
    }

    public String injuredText() {
        return injured == null ? "" : injured.toString();
    }
}
