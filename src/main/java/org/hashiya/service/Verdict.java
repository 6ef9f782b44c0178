package org.hashiya.service;

/** A reviewer's decision on one disagreement: whose spans the gold set takes there. */
public enum Verdict {
    CODER_A, CODER_B, BOTH, NEITHER
}
