package org.hashiya.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;

/**
 * Maps the role names an annotated file uses to the roles of the library's event types: a role of
 * the event type in any letter case; else, for a name brat numbered ({@code Place2}, the second
 * {@code Place}), the role without the number; else a new role added to the event type, optional
 * and repeatable, that any label may fill, added once and told once. A name that is not a valid
 * role name (Latin letters, digits, _ and -, a letter first) is made one ({@code "located in"}
 * becomes {@code located_in}; a name with no Latin letter becomes {@code Role<n>}).
 */
final class ForeignRoles {
    private static final Pattern NUMBERED = Pattern.compile("(.*[^0-9])[0-9]+");

    private final SchemaService schemas;
    private final Consumer<String> notices;
    /** "LABEL\u0000name\u0000numbered" to the role it became. */
    private final Map<String, String> known = new HashMap<>();

    ForeignRoles(SchemaService schemas, Consumer<String> notices) {
        this.schemas = schemas;
        this.notices = notices;
    }

    /** The role of event label {@code eventLabelId} that {@code name} means, adding it when the type has none. */
    String roleFor(String eventLabelId, String name, boolean numbered, String where) {
        String cacheKey = eventLabelId + '\u0000' + name + '\u0000' + numbered;
        String cached = known.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        EventType type = schemas.schema().eventType(eventLabelId).orElse(new EventType(eventLabelId, List.of()));
        String wanted = name.strip();
        Optional<EventRole> role = type.roleIgnoringCase(wanted);
        if (role.isEmpty() && numbered) {
            Matcher m = NUMBERED.matcher(wanted);
            if (m.matches()) {
                wanted = m.group(1);
                role = type.roleIgnoringCase(wanted);
            }
        }
        String valid = role.isPresent() ? role.get().name() : validName(wanted, type);
        if (role.isEmpty()) {
            role = type.roleIgnoringCase(valid);
        }
        String result;
        if (role.isPresent()) {
            result = role.get().name();
        } else {
            List<EventRole> roles = new ArrayList<>(type.roles());
            roles.add(new EventRole(valid, false, true, List.of()));
            schemas.setRoles(eventLabelId, roles);
            notices.accept("new role " + valid + (valid.equals(name.strip()) ? "" : " (\"" + name.strip() + "\")")
                    + " added to event type " + eventLabelId + " (optional, repeatable, any label may fill it),"
                    + " first met in " + where);
            result = valid;
        }
        known.put(cacheKey, result);
        return result;
    }

    /** A valid role name made from {@code name}. */
    static String validName(String name, EventType type) {
        StringBuilder valid = new StringBuilder();
        for (char c : name.toCharArray()) {
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (ok) {
                valid.append(c);
            } else if (valid.length() > 0 && valid.charAt(valid.length() - 1) != '_') {
                valid.append('_');
            }
        }
        while (valid.length() > 0 && !Character.isLetter(valid.charAt(0))) {
            valid.deleteCharAt(0);
        }
        while (valid.length() > 0 && valid.charAt(valid.length() - 1) == '_') {
            valid.setLength(valid.length() - 1);
        }
        if (valid.length() > 0) {
            return valid.toString();
        }
        for (int n = type.roles().size() + 1; ; n++) {
            if (type.roleIgnoringCase("Role" + n).isEmpty()) {
                return "Role" + n;
            }
        }
    }
}
