package org.hashiya.domain;

import java.util.List;
import java.util.Locale;

/**
 * A canonical actor: Arabic {@code name}, optional {@code englishName}, {@code type} the id of an
 * actor label of the schema (checked against the schema by the service), aliases, optional ISO-3
 * {@code country} and Wikidata id ({@code Q7188}), a note. Values are trimmed; the country and
 * Wikidata id are kept in capitals; anything malformed is refused with a message saying why.
 */
public record ActorEntry(long id, String name, String englishName, String type, List<String> aliases,
                         String country, String wikidata, String note) implements RegistryEntry {

    public ActorEntry {
        name = RegistryEntry.clean(name);
        RegistryEntry.checkName(name, EntryKind.ACTOR);
        englishName = RegistryEntry.clean(englishName);
        type = RegistryEntry.clean(type);
        if (type.isEmpty()) {
            throw new IllegalArgumentException("actor «" + name + "» needs a type (an actor label id)");
        }
        aliases = List.copyOf(RegistryEntry.cleanAliases(aliases));
        country = RegistryEntry.checkCountry(country);
        wikidata = RegistryEntry.clean(wikidata).toUpperCase(Locale.ROOT);
        if (!wikidata.isEmpty() && !QID.matcher(wikidata).matches()) {
            throw new IllegalArgumentException("Wikidata id '" + RegistryEntry.clean(wikidata)
                    + "' is not Q followed by digits (e.g. Q7188)");
        }
        note = RegistryEntry.clean(note);
    }

    @Override
    public EntryKind kind() {
        return EntryKind.ACTOR;
    }

    @Override
    public ActorEntry withId(long newId) {
        return new ActorEntry(newId, name, englishName, type, aliases, country, wikidata, note);
    }
}
