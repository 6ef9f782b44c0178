package org.hashiya.ui.annotate;

import java.util.Map;
import java.util.Optional;

/**
 * Label shortcuts are Latin letters, but our users type with an Arabic keyboard layout switched
 * on, and then a letter key reports an Arabic character (and often no Latin key code at all). This
 * maps the character each key types in the standard Arabic layout (Windows "Arabic (101)", the
 * X11 "ara" layout) back to the Latin letter printed on the same key, so pressing the key marked
 * "a" applies shortcut a whichever layout is active.
 */
final class ArabicKeyboard {
    private static final Map<Character, String> LATIN_KEY = Map.ofEntries(
            Map.entry('ش', "a"), Map.entry('ﻻ', "b"), Map.entry('ؤ', "c"), Map.entry('ي', "d"),
            Map.entry('ث', "e"), Map.entry('ب', "f"), Map.entry('ل', "g"), Map.entry('ا', "h"),
            Map.entry('ه', "i"), Map.entry('ت', "j"), Map.entry('ن', "k"), Map.entry('م', "l"),
            Map.entry('ة', "m"), Map.entry('ى', "n"), Map.entry('خ', "o"), Map.entry('ح', "p"),
            Map.entry('ض', "q"), Map.entry('ق', "r"), Map.entry('س', "s"), Map.entry('ف', "t"),
            Map.entry('ع', "u"), Map.entry('ر', "v"), Map.entry('ص', "w"), Map.entry('ء', "x"),
            Map.entry('غ', "y"), Map.entry('ئ', "z"),
            // Arabic-Indic digits, for layouts that type them on the number row
            Map.entry('١', "1"), Map.entry('٢', "2"), Map.entry('٣', "3"), Map.entry('٤', "4"),
            Map.entry('٥', "5"), Map.entry('٦', "6"), Map.entry('٧', "7"), Map.entry('٨', "8"),
            Map.entry('٩', "9"));

    private ArabicKeyboard() {
    }

    /** The Latin shortcut on the key that typed {@code typed}, if it is one of the Arabic layout's keys. */
    static Optional<String> latinKeyFor(String typed) {
        if (typed == null || typed.isEmpty()) {
            return Optional.empty();
        }
        if (typed.equals("لا")) { // the b key types lam + alef as two characters in some layouts
            return Optional.of("b");
        }
        return typed.length() == 1 ? Optional.ofNullable(LATIN_KEY.get(typed.charAt(0))) : Optional.empty();
    }
}
