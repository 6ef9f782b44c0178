package org.hashiya.domain;

/**
 * What deleting some spans does to events: how many events those spans trigger (the events go with
 * their triggers), and how many roles they fill (role links that go) in how many events. Counted by
 * the library over the spans chosen, however many they are.
 *
 * @param triggered  events whose trigger is one of the spans
 * @param roles      role links (event arguments) filled by one of the spans
 * @param roleEvents distinct events with at least one of those role links
 */
public record EventLinkCounts(long triggered, long roles, long roleEvents) {
    public static final EventLinkCounts NONE = new EventLinkCounts(0, 0, 0);

    /** True when the spans trigger an event or fill a role. */
    public boolean any() {
        return triggered > 0 || roles > 0;
    }
}
