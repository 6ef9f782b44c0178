package org.hashiya.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaJsonTest {

    private static String schemaWith(String labels) {
        return "{\"schemaVersion\": 1, \"labels\": [" + labels + "]}";
    }

    private static String label(String id, String colour, String shortcut) {
        return "{\"id\": \"" + id + "\", \"arabicName\": \"اسم\", \"englishName\": \"Name\", \"kind\": \"actor\","
                + " \"colour\": \"" + colour + "\", \"shortcut\": \"" + shortcut + "\"}";
    }

    @Test
    void aSchemaSurvivesWritingAndReadingBackUnchanged(@TempDir Path dir) {
        LabelSchema schema = LabelSchema.of(List.of(
                new SpanLabel("ATTACK", "هجوم", "Attack", LabelKind.EVENT, "#F7A1D5", "1", 0, false),
                new SpanLabel("OLD_LABEL", "قديم", "Old", LabelKind.OTHER, "#c2fac7", "", 1, true),
                new SpanLabel("TIME", "زمان", "Time", LabelKind.TIME, "#a1c3f7", "t", 2, false)));
        Path file = dir.resolve("schema.json");
        SchemaJson.write(schema, file);

        assertThat(SchemaJson.read(file)).isEqualTo(schema);
        assertThat(SchemaJson.read(file).labels().get(0).colour()).isEqualTo("#f7a1d5");
    }

    @Test
    void arabicNamesAreWrittenAsReadableUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("schema.json");
        SchemaJson.write(LabelSchema.of(List.of(
                new SpanLabel("ATTACK", "هجوم", "Attack", LabelKind.EVENT, "#f7a1d5", "1", 0, false))), file);
        assertThat(Files.readString(file)).contains("\"arabicName\" : \"هجوم\"").contains("\"schemaVersion\" : 3");
    }

    @Test
    void aDuplicateShortcutIsReportedWithTheLabelNumberAndTheFileName() {
        String json = schemaWith(label("A", "#ffffff", "1") + "," + label("B", "#ffffff", "2") + ","
                + label("C", "#ffffff", "2"));
        assertThatThrownBy(() -> SchemaJson.parse(json, "mine.json"))
                .isInstanceOf(SchemaJsonException.class)
                .hasMessage("mine.json: label 3: duplicate shortcut '2' (also label 2)");
    }

    @Test
    void everyBadFieldIsNamed() {
        String json = schemaWith(label("A", "#fff", "1") + "," + label("lower", "#ffffff", "") + ","
                + label("A", "#ffffff", "10"));
        assertThatThrownBy(() -> SchemaJson.parse(json, "s.json"))
                .hasMessageContaining("label 1: colour '#fff' is not of the form #rrggbb")
                .hasMessageContaining("label 2: id 'lower' must be capital letters")
                .hasMessageContaining("label 3: duplicate id 'A' (also label 1)")
                .hasMessageContaining("label 3: shortcut '10' must be one key");
    }

    @Test
    void anUnknownKindAndAMissingIdAreReported() {
        String json = schemaWith("{\"kind\": \"actor\", \"colour\": \"#ffffff\", \"englishName\": \"x\"},"
                + "{\"id\": \"B\", \"kind\": \"weapon\", \"colour\": \"#ffffff\", \"englishName\": \"x\"}");
        assertThatThrownBy(() -> SchemaJson.parse(json, "s.json"))
                .hasMessage("s.json: label 1: missing \"id\"; label 2: kind 'weapon' is not one of actor, event, place, time, other");
    }

    @Test
    void aNewerSchemaVersionIsRefusedWithAHint() {
        assertThatThrownBy(() -> SchemaJson.parse("{\"schemaVersion\": 7, \"labels\": []}", "s.json"))
                .hasMessageContaining("s.json: schemaVersion 7 is not one this Hashiya reads");
    }

    @Test
    void brokenJsonNamesTheLine() {
        assertThatThrownBy(() -> SchemaJson.parse("{\n\"schemaVersion\": 1,\n\"labels\": [,]}", "s.json"))
                .isInstanceOf(SchemaJsonException.class)
                .hasMessageStartingWith("s.json: not valid JSON at line 3");
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> SchemaJson.read(dir.resolve("nope.json")))
                .isInstanceOf(SchemaJsonException.class)
                .hasMessageContaining("cannot read schema").hasMessageContaining("nope.json");
    }

    @Test
    void theDefaultSchemaHasTheRecommendedActorAndEventTypesWithShortcutsInOrder() {
        LabelSchema schema = SchemaJson.readDefault();
        assertThat(schema.version()).isEqualTo(3);
        assertThat(schema.labels()).extracting(SpanLabel::id).containsExactly(
                "STATE_GOV", "STATE_MIL", "STATE_SECURITY", "COALITION_IGO", "NONSTATE_ARMED",
                "UNIDENTIFIED_ARMED", "PERSON", "CIVILIANS", "PROTESTERS", "MEDIA_NGO",
                "MEET", "STATEMENT", "PLEDGE_AID", "AGREEMENT", "ATTACK", "TERRITORY_CHANGE", "DEPLOY", "ARREST",
                "LOCATION", "TIME", "WEAPON");
        assertThat(schema.labels()).extracting(SpanLabel::shortcut).containsExactly(
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
        assertThat(schema.labels()).allSatisfy(l -> {
            assertThat(l.arabicName()).matches(".*[\\u0600-\\u06FF].*");
            assertThat(l.englishName()).isNotBlank();
        });
        assertThat(schema.byId("LOCATION").orElseThrow().kind()).isEqualTo(LabelKind.PLACE);
        assertThat(schema.byId("ATTACK").orElseThrow().kind()).isEqualTo(LabelKind.EVENT);
    }

    @Test
    void defaultColoursAreLightEnoughForBlackTextAndTellApart() {
        List<SpanLabel> labels = SchemaJson.readDefault().labels();
        for (SpanLabel label : labels) {
            // WCAG contrast of black text on the colour; 7 is the AAA level for body text
            assertThat((luminance(label.colour()) + 0.05) / 0.05).as(label.id()).isGreaterThanOrEqualTo(7.0);
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(deltaE(labels.get(i).colour(), labels.get(j).colour()))
                        .as(labels.get(i).id() + " vs " + labels.get(j).id()).isGreaterThan(8.0);
            }
        }
    }

    private static double[] linear(String hex) {
        double[] rgb = new double[3];
        for (int k = 0; k < 3; k++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * k, 3 + 2 * k), 16) / 255.0;
            rgb[k] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    private static double luminance(String hex) {
        double[] c = linear(hex);
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** CIE76 colour difference in CIELAB (D65). */
    private static double deltaE(String a, String b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(String hex) {
        double[] c = linear(hex);
        double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
        double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
