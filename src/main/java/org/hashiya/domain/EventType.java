package org.hashiya.domain;

import java.util.List;
import java.util.Optional;

/** The roles an event of one event label has, in display order (the order of role keys Alt+1, Alt+2, ...). */
public record EventType(String labelId, List<EventRole> roles) {

    public EventType {
        labelId = labelId == null ? "" : labelId.strip();
        roles = List.copyOf(roles);
    }

    public Optional<EventRole> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The role a name means regardless of letter case ("place" is "Place"). */
    public Optional<EventRole> roleIgnoringCase(String name) {
        return roles.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }
}
