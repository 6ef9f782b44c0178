package org.hashiya.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command-line run captured: exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = HashiyaCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
