package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hashiya.io.annotated.AnnotatedFixtures.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat E lines, A lines and notes on events, as EVENTS-FORMAT writes them, read into DocumentEvents. */
class BratEventReaderTest {
    /**
     * هاجم 0-4, مسلحون 5-11, قرية 12-16, في 17-19, حلب 20-23, و 24 إدلب 25-29, line break,
     * ونفى 30-34, الجيش 35-40: 40 code points.
     */
    static final String TEXT = "هاجم مسلحون قرية في حلب وإدلب\nونفى الجيش";

    @TempDir
    Path folder;

    private Path pair(String ann) throws IOException {
        Files.writeString(folder.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        Path file = folder.resolve("a.ann");
        Files.writeString(file, ann, StandardCharsets.UTF_8);
        return file;
    }

    private CollectingSink read(Path ann) throws IOException {
        CollectingSink sink = new CollectingSink();
        BratReader.read(ann, BratReader.textFileFor(ann), sink);
        return sink;
    }

    private static final String SPANS = String.join("\n",
            "T1\tATTACK 0 4\tهاجم",
            "T2\tACTOR 5 11\tمسلحون",
            "T3\tLOCATION 20 23\tحلب",
            "T4\tLOCATION 25 29\tإدلب",
            "T5\tSTATEMENT 30 34\tونفى",
            "T6\tACTOR 35 40\tالجيش", "");

    @Test
    void anEventWithNumberedRepeatedRolesAttributesAndAMultiLineNote() throws IOException {
        Path ann = pair(SPANS + String.join("\n",
                "E1\tATTACK:T1 Attacker:T2 Place:T3 Place2:T4",
                "A1\tCertainty E1 Reported",
                "A2\tFatalities E1 12",
                "A3\tIncident E1 17",
                "#1\tAnnotatorNotes E1\tسطر أول",
                "#2\tAnnotatorNotes E1\tسطر ثان",
                "E2\tSTATEMENT:T5 Speaker:T6 About:E1",
                "A4\tpolarity E2 NEGATIVE", ""));
        CollectingSink sink = read(ann);
        assertThat(sink.allProblems()).isEmpty();
        AnnotatedDocument doc = sink.only();
        assertThat(doc.events()).hasSize(2);
        DocumentEvent attack = doc.events().get(0);
        assertThat(attack.trigger()).isZero();
        assertThat(attack.label()).isEqualTo("ATTACK");
        assertThat(attack.where()).isEqualTo(ann + ":7");
        assertThat(attack.arguments()).extracting(DocumentEvent.Argument::role, DocumentEvent.Argument::filler,
                DocumentEvent.Argument::numbered)
                .containsExactly(tuple("Attacker", 1, false), tuple("Place", 2, false), tuple("Place2", 3, true));
        assertThat(attack.attributes()).extracting(DocumentEvent.Attribute::name, DocumentEvent.Attribute::value,
                DocumentEvent.Attribute::where)
                .containsExactly(tuple("Certainty", "Reported", ann + ":8"), tuple("Fatalities", "12", ann + ":9"),
                        tuple("Incident", "17", ann + ":10"));
        assertThat(attack.note()).isEqualTo("سطر أول\nسطر ثان");
        DocumentEvent statement = doc.events().get(1);
        // another event as a filler stands for its trigger
        assertThat(statement.arguments()).extracting(DocumentEvent.Argument::role, DocumentEvent.Argument::filler)
                .containsExactly(tuple("Speaker", 5), tuple("About", 0));
        assertThat(statement.attributes()).extracting(DocumentEvent.Attribute::name, DocumentEvent.Attribute::value)
                .containsExactly(tuple("polarity", "NEGATIVE"));
    }

    @Test
    void aMissingTriggerRefusesTheEventAndAMissingFillerOnlyItsArgument() throws IOException {
        Path ann = pair(SPANS + String.join("\n",
                "T7\tACTOR 5 99\tمسلحون",
                "E1\tATTACK:T9 Attacker:T2",
                "A1\tCertainty E1 reported",
                "#1\tAnnotatorNotes E1\tلا",
                "E2\tATTACK:T1 Attacker:T7 Target:T8 Place:T3",
                "E3\tATTACK:T1 Place:T4",
                "A2\tCertainty E9 reported",
                "E4\tATTACK:T1", // a second E4 is not an event (one event per trigger) ...
                "E2\tATTACK:T5", ""));  // ... and a second E2 is not one either
        CollectingSink sink = read(ann);
        AnnotatedDocument doc = sink.only();
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isZero();
            assertThat(e.arguments()).extracting(DocumentEvent.Argument::role).containsExactly("Place");
            assertThat(e.attributes()).isEmpty();
        });
        assertThat(doc.problems()).containsExactly(
                ann + ":7: offset 99 is beyond the end of the text (40 characters); span left out",
                ann + ":15: E2 is defined twice (first on line 11); this one is left out",
                ann + ":8: trigger T9 is not defined in the file; event left out",
                ann + ":12: trigger T1 is already the trigger of E2 (one event per trigger); event left out",
                ann + ":14: trigger T1 is already the trigger of E2 (one event per trigger); event left out",
                ann + ":13: attribute Certainty on E9, which the file does not define; left out",
                ann + ":11: argument Attacker:T7 left out: T7 was left out (see above)",
                ann + ":11: argument Target:T8 left out: T8 is not defined in the file");
    }

    @Test
    void aRoleTheCollectionsAnnotationConfDeclaresIsNotFolded() throws IOException {
        Files.writeString(folder.resolve("annotation.conf"), String.join("\n",
                "[entities]", "ACTOR", "LOCATION", "[events]",
                "ATTACK\tAttacker?:ACTOR, Place2*:LOCATION, Place*:LOCATION",
                "[attributes]", "Certainty\tArg:<EVENT>, Value:confirmed|reported", ""), StandardCharsets.UTF_8);
        Path ann = pair(SPANS + "E1\tATTACK:T1 Place2:T3 Attacker2:T2\n");
        DocumentEvent event = read(ann).only().events().get(0);
        assertThat(event.arguments()).extracting(DocumentEvent.Argument::role, DocumentEvent.Argument::numbered)
                .containsExactly(tuple("Place2", false), tuple("Attacker2", true));
    }
}
