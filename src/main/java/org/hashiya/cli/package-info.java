/**
 * The command line: thin picocli commands over the services. Data to stdout, everything else to
 * stderr, UTF-8 whatever the locale. Exit 0 on success, 1 when some input was refused, 2 when
 * nothing could be done.
 */
package org.hashiya.cli;
