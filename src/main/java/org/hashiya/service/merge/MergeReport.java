package org.hashiya.service.merge;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.store.LibraryMerge.EventsOutcome;
import org.hashiya.store.LibraryMerge.LabelClash;
import org.hashiya.store.LibraryMerge.RegistryOutcome;
import org.hashiya.store.LibraryMerge.Outcome;

/** What a merge brought, per source, and the lines that tell it (command line and summary dialog). */
public record MergeReport(List<Outcome> outcomes) {
    public MergeReport {
        outcomes = List.copyOf(outcomes);
    }

    /** True when no source brought anything: the libraries were merged before. */
    public boolean addedNothing() {
        return outcomes.stream().allMatch(Outcome::addedNothing);
    }

    public List<LabelClash> clashes() {
        return outcomes.stream().flatMap(o -> o.clashes().stream()).toList();
    }

    /** One line per source, then one per label kept apart, then a last line when nothing was new. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes) {
            String name = o.file().getFileName().toString();
            EventsOutcome e = o.events();
            RegistryOutcome r = o.registry();
            if (o.addedNothing()) {
                lines.add(name + " (" + o.owner() + "): nothing new; its " + count(o.matchedArticles(), "article")
                        + " and " + count(o.spansAlreadyThere(), "span")
                        + (e.alreadyThere() > 0 ? ", " + count(e.alreadyThere(), "event") : "")
                        + (r.matched() > 0 ? ", " + count(r.matched(), "registry entry", "registry entries") : "")
                        + " are here already");
            } else {
                lines.add(name + " (" + o.owner() + "): " + count(o.newArticles(), "new article") + ", "
                        + o.matchedArticles() + " already here; " + count(o.spansAdded(), "span") + " added, "
                        + o.spansAlreadyThere() + " already here; " + count(o.codingsAdded(), "article annotation")
                        + " added, " + o.codingsAlreadyThere() + " already here"
                        + (e.added() + e.alreadyThere() == 0 ? "" : "; " + count(e.added(), "event") + " added, "
                                + e.alreadyThere() + " already here, " + count(e.argumentsAdded(), "event argument")
                                + " added, " + count(e.incidentsAdded(), "incident") + " added")
                        + (r.added() + r.matched() == 0 ? "" : "; " + count(r.added(), "registry entry", "registry entries")
                                + " added, " + r.matched() + " already here, "
                                + count(r.linksAdded(), "span link", "span links") + " to entries added")
                        + (o.labelsAdded().isEmpty() ? "" : "; labels added: " + String.join(", ", o.labelsAdded()))
                        + (e.rolesAdded().isEmpty() ? "" : "; event roles added: " + String.join(", ", e.rolesAdded())));
            }
            for (LabelClash c : o.clashes()) {
                lines.add("label " + c.id() + " is " + c.myKind() + " here but " + c.theirKind() + " in " + name
                        + ": theirs kept apart as " + c.keptAs());
            }
        }
        if (addedNothing()) {
            lines.add("Nothing new: every library given was merged before.");
        }
        return lines;
    }

    /** "1 span", "2 spans". */
    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
