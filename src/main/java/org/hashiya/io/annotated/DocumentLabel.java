package org.hashiya.io.annotated;

import java.util.List;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.LabelKind;

/**
 * A label's definition as an annotated file carries it (Hashiya's JSONL {@code "labels"}): what an
 * import needs to add the label to a library that lacks it, the same as in the library it left.
 * {@code id} is the label name the file's spans use; {@code roles} are an event label's roles in
 * order (empty for other kinds, or when the file names none). Nothing here is checked against a
 * schema: the importer does that when it adds the label.
 */
public record DocumentLabel(String id, LabelKind kind, String arabicName, String englishName, String colour,
                            List<EventRole> roles) {
    public DocumentLabel {
        arabicName = arabicName == null ? "" : arabicName;
        englishName = englishName == null ? "" : englishName;
        colour = colour == null ? "" : colour;
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
