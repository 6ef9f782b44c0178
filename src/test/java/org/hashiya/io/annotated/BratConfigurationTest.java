package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hashiya.domain.LabelSchema;
import org.hashiya.io.SchemaJson;
import org.junit.jupiter.api.Test;

/** brat's annotation.conf allows in each role what Hashiya allows: the labels of the role's kinds. */
class BratConfigurationTest {
    private static String attackLine(String conf) {
        return conf.lines().filter(l -> l.startsWith("ATTACK\t")).findFirst().orElseThrow();
    }

    @Test
    void theDefaultSchemasAttackTakesAWeaponAsItsInstrumentAndActorsAsItsAttacker() {
        String attack = attackLine(BratConfiguration.annotationConf(SchemaJson.readDefault(), List.of()));
        assertThat(attack).contains("Instrument*:WEAPON");
        assertThat(attack).containsPattern("Attacker\\*:STATE_GOV\\|STATE_MIL\\|[A-Z_|]*MEDIA_NGO");
        assertThat(attack).doesNotContain("Attacker*:STATE_GOV|STATE_MIL|STATE_SECURITY|COALITION_IGO|NONSTATE_ARMED"
                + "|UNIDENTIFIED_ARMED|PERSON|CIVILIANS|PROTESTERS|MEDIA_NGO|MEET");
    }

    @Test
    void aRoleWhoseKindsNoLabelHasIsLeftOutInsteadOfTakingEveryLabel() {
        LabelSchema standard = SchemaJson.readDefault();
        LabelSchema noWeapon = standard.withLabels(standard.labels().stream().filter(l -> !l.id().equals("WEAPON")).toList());
        String attack = attackLine(BratConfiguration.annotationConf(noWeapon, List.of()));
        assertThat(attack).doesNotContain("Instrument");
        assertThat(attack).contains("Attacker*:");
    }
}
