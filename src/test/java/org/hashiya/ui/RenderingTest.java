package org.hashiya.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenderingTest {
    private final String before = System.getProperty(Rendering.REGION_CACHING_OFF);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Rendering.REGION_CACHING_OFF);
        } else {
            System.setProperty(Rendering.REGION_CACHING_OFF, before);
        }
    }

    @Test
    void turnsRegionCachingOffWhenNothingIsSet() {
        System.clearProperty(Rendering.REGION_CACHING_OFF);
        Rendering.prepare();
        assertEquals("true", System.getProperty(Rendering.REGION_CACHING_OFF));
    }

    @Test
    void keepsWhatTheCommandLineSet() {
        System.setProperty(Rendering.REGION_CACHING_OFF, "false");
        Rendering.prepare();
        assertEquals("false", System.getProperty(Rendering.REGION_CACHING_OFF));
    }
}
