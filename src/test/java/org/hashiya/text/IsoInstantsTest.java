package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick reading of ISO 8601 instants gives what {@link Instant#parse} gives, errors included. */
class IsoInstantsTest {

    @Test
    void whatInstantToStringWritesReadsBackExactly() {
        Random random = new Random(5);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = min + (long) (random.nextDouble() * (max - min));
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);
            assertThat(IsoInstants.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void otherFormsGiveWhatInstantParseGives() {
        for (String text : new String[] {"2024-05-01T09:30:00.5Z", "2024-05-01T09:30:00.12Z", "2024-02-29T00:00:00Z",
            "2024-05-01T09:30:00+03:00", "2024-05-01t09:30:00z", "2016-12-31T23:59:60Z", "+10000-01-01T00:00:00Z",
            "1970-01-01T00:00:00.000000001Z", "2024-05-01T24:00:00Z", "2024-05-01T09:30:00.Z"}) {
            assertThat(IsoInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void whatInstantParseRefusesIsRefused() {
        for (String text : new String[] {"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
            "2024-05-01T09:61:00Z", "2024-05-01T09:30:00.1234567890Z", "2024-05-01 09:30:00Z",
            "2024-05-01T09:30:0xZ", "٢٠٢٤-05-01T09:30:00Z", "yesterday", ""}) {
            assertThatThrownBy(() -> IsoInstants.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void formatWritesExactlyWhatInstantToStringWrites() {
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_000_000_000L, 253_402_300_799L + 1000);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            java.time.Instant t = java.time.Instant.ofEpochSecond(seconds, nanos);
            org.assertj.core.api.Assertions.assertThat(IsoInstants.format(t)).isEqualTo(t.toString());
            org.assertj.core.api.Assertions.assertThat(IsoInstants.parse(t.toString())).isEqualTo(t);
        }
    }

    @org.junit.jupiter.api.Test
    void runsOfInstantsOnOneDayAndAcrossMidnightFormatAsInstantToString() {
        // format remembers the last day it worked out: a run on one day, then the next day and back
        java.time.Instant start = java.time.Instant.parse("2026-12-01T23:58:59.5Z");
        for (int i = 0; i < 500; i++) {
            java.time.Instant t = start.plusMillis(i * 997L * (i % 2 == 0 ? 1 : -1));
            org.assertj.core.api.Assertions.assertThat(IsoInstants.format(t)).isEqualTo(t.toString());
        }
        java.time.Instant beforeEpoch = java.time.Instant.parse("1969-12-31T23:59:59Z");
        org.assertj.core.api.Assertions.assertThat(IsoInstants.format(beforeEpoch)).isEqualTo(beforeEpoch.toString());
        org.assertj.core.api.Assertions.assertThat(IsoInstants.format(beforeEpoch.plusSeconds(1))).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void recentFormatsEachInstantAsFormatDoesWhetherItRepeatsOrNot() {
        Random random = new Random(9);
        IsoInstants.Recent recent = new IsoInstants.Recent();
        java.time.Instant previous = java.time.Instant.EPOCH;
        for (int i = 0; i < 5_000; i++) {
            java.time.Instant next = random.nextInt(3) == 0 ? previous
                    : java.time.Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(3) * 1_000_000L);
            org.assertj.core.api.Assertions.assertThat(recent.format(next)).isEqualTo(next.toString());
            previous = next;
        }
    }
}
