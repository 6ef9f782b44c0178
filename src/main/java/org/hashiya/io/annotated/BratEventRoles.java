package org.hashiya.io.annotated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event roles a brat collection's {@code annotation.conf} declares ({@code [events]} section:
 * {@code Attack<TAB>Attacker?:Actor, Place2*:Place}). Reading a standoff file, a role named like
 * brat's numbering of a repeated role ({@code Place2}) is folded back to {@code Place} unless the
 * configuration declares a role of that very name for the event type. Names compare without regard
 * to letter case. A configuration that cannot be read declares nothing.
 */
final class BratEventRoles {
    static final BratEventRoles NONE = new BratEventRoles(Map.of());
    static final String FILE_NAME = "annotation.conf";

    private final Map<String, Set<String>> rolesByType;

    private BratEventRoles(Map<String, Set<String>> rolesByType) {
        this.rolesByType = rolesByType;
    }

    /** Whether the configuration declares {@code role} for events of {@code type}. */
    boolean declares(String type, String role) {
        Set<String> roles = rolesByType.get(type.toLowerCase(Locale.ROOT));
        return roles != null && roles.contains(role.toLowerCase(Locale.ROOT));
    }

    /** The configuration brat would use for a document in {@code folder}: there, else in the nearest parent. */
    static BratEventRoles near(Path folder) {
        for (Path dir = folder == null ? null : folder.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path conf = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(conf)) {
                try {
                    return parse(Files.readString(conf, StandardCharsets.UTF_8));
                } catch (IOException e) { // unreadable or not UTF-8: brat could not use it either
                    return NONE;
                }
            }
        }
        return NONE;
    }

    /** The roles of the {@code [events]} section of an annotation.conf's text. */
    static BratEventRoles parse(String conf) {
        Map<String, Set<String>> roles = new HashMap<>();
        boolean inEvents = false;
        for (String raw : conf.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                inEvents = line.equalsIgnoreCase("[events]");
                continue;
            }
            if (!inEvents) {
                continue;
            }
            String[] typeAndRoles = line.split("[\t ]+", 2);
            // nested types are indented in brat; the leading '!' marks a type that cannot be chosen
            String type = typeAndRoles[0].replace("!", "").toLowerCase(Locale.ROOT);
            Set<String> names = roles.computeIfAbsent(type, t -> new HashSet<>());
            if (typeAndRoles.length < 2) {
                continue;
            }
            for (String argument : typeAndRoles[1].split(",")) {
                int colon = argument.indexOf(':');
                String name = (colon < 0 ? argument : argument.substring(0, colon)).strip()
                        .replaceAll("\\{[^}]*}$", "").replaceAll("[?*+]$", "");
                if (!name.isEmpty()) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return roles.isEmpty() ? NONE : new BratEventRoles(roles);
    }
}
