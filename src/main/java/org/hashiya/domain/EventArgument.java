package org.hashiya.domain;

/** One filled role of an event: the role's name and the span filling it. */
public record EventArgument(String role, long fillerSpanId) {
}
