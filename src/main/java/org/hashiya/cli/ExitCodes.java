package org.hashiya.cli;

/** The exit statuses every subcommand uses. */
final class ExitCodes {
    static final int OK = 0;
    static final int SOME_REFUSED = 1;
    static final int FAILED = 2;

    private ExitCodes() {
    }
}
