package org.hashiya.service;

/**
 * How two coders' spans at one place of an article relate. {@link #AGREEMENT}: same start, end and
 * label. The others are disagreements: {@link #OTHER_LABEL} same start and end, another label;
 * {@link #OVERLAP} the coders' spans overlap without sharing both ends; {@link #ONE_CODER_ONLY} one
 * coder marked something the other left untouched.
 */
public enum ComparisonKind {
    AGREEMENT("agreement", "agreement"),
    OTHER_LABEL("other-label", "same span, other label"),
    OVERLAP("overlap", "overlap only"),
    ONE_CODER_ONLY("one-coder", "one coder only");

    private final String id;
    private final String description;

    ComparisonKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** A short lowercase name (CSS classes, tests). */
    public String id() {
        return id;
    }

    /** What a reviewer reads. */
    public String description() {
        return description;
    }

    public boolean isDisagreement() {
        return this != AGREEMENT;
    }
}
