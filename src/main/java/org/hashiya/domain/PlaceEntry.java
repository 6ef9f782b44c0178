package org.hashiya.domain;

import java.util.List;

/**
 * A canonical place: Arabic {@code name}, optional {@code englishName}, aliases, optional ISO-3
 * {@code country}, {@code province}, and coordinates in decimal degrees (both given or both
 * absent: latitude -90..90, longitude -180..180). Anything malformed is refused with a message.
 */
public record PlaceEntry(long id, String name, String englishName, List<String> aliases, String country,
                         String province, Double latitude, Double longitude, String note) implements RegistryEntry {

    public PlaceEntry {
        name = RegistryEntry.clean(name);
        RegistryEntry.checkName(name, EntryKind.PLACE);
        englishName = RegistryEntry.clean(englishName);
        aliases = List.copyOf(RegistryEntry.cleanAliases(aliases));
        country = RegistryEntry.checkCountry(country);
        province = RegistryEntry.clean(province);
        note = RegistryEntry.clean(note);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("place «" + name + "» has a latitude or a longitude alone; give both or neither");
        }
        if (latitude != null && (latitude.isNaN() || latitude < -90 || latitude > 90)) {
            throw new IllegalArgumentException("latitude " + latitude + " is outside -90..90");
        }
        if (longitude != null && (longitude.isNaN() || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("longitude " + longitude + " is outside -180..180");
        }
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PLACE;
    }

    @Override
    public PlaceEntry withId(long newId) {
        return new PlaceEntry(newId, name, englishName, aliases, country, province, latitude, longitude, note);
    }
}
