package org.hashiya.domain;

/** A researcher's verdict on whether an article matters for the study; UNSET until given. */
public enum Relevance {
    UNSET, RELEVANT, NOT_RELEVANT
}
