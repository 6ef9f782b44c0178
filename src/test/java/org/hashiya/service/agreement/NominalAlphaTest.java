package org.hashiya.service.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NominalAlphaTest {
    private static List<String> unit(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void krippendorffsPublishedExampleWithMissingValues() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", reliability data C:
        // 4 observers, 12 units, nominal alpha = 0.743 (also R DescTools::KrippAlpha's example)
        NominalAlpha alpha = new NominalAlpha();
        alpha.addUnit(unit("1", "1", null, "1"));
        alpha.addUnit(unit("2", "2", "3", "2"));
        alpha.addUnit(unit("3", "3", "3", "3"));
        alpha.addUnit(unit("3", "3", "3", "3"));
        alpha.addUnit(unit("2", "2", "2", "2"));
        alpha.addUnit(unit("1", "2", "3", "4"));
        alpha.addUnit(unit("4", "4", "4", "4"));
        alpha.addUnit(unit("1", "1", "2", "1"));
        alpha.addUnit(unit("2", "2", "2", "2"));
        alpha.addUnit(unit(null, "5", "5", "5"));
        alpha.addUnit(unit(null, null, "1", "1"));
        alpha.addUnit(unit(null, null, "3", null)); // one value: not pairable
        assertThat(alpha.alpha()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void twoCodersFourUnitsByHand() {
        // o_aa = 2, o_ab = o_ba = 1, o_bb = 4; n_a = 3, n_b = 5, n = 8: alpha = 1 - 7 * 2 / 30
        NominalAlpha alpha = new NominalAlpha();
        alpha.addUnit(unit("a", "a"));
        alpha.addUnit(unit("a", "b"));
        alpha.addUnit(unit("b", "b"));
        alpha.addUnit(unit("b", "b"));
        assertThat(alpha.alpha()).isCloseTo(1 - 14.0 / 30, within(1e-12));
        assertThat(alpha.alphaOf("a")).isCloseTo(1 - 14.0 / 30, within(1e-12)); // binary already
        CohenKappa kappa = new CohenKappa();
        kappa.add("a", "a");
        kappa.add("a", "b");
        kappa.add("b", "b");
        kappa.add("b", "b");
        assertThat(kappa.kappa()).isCloseTo(0.5, within(1e-12)); // p_o = 3/4, p_e = 1/2
    }

    @Test
    void oneValueThroughoutIsUndefined() {
        NominalAlpha alpha = new NominalAlpha();
        alpha.addUnit(unit("O", "O"));
        alpha.addUnit(unit("O", "O"));
        assertThat(alpha.alpha()).isNaN();
        CohenKappa kappa = new CohenKappa();
        kappa.add("O", "O");
        assertThat(kappa.kappa()).isNaN();
    }
}
