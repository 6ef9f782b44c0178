package org.hashiya.service.merge;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.store.LibraryMerge.LabelClash;
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
            if (o.addedNothing()) {
                lines.add(name + " (" + o.owner() + "): nothing new; its " + o.matchedArticles() + " articles and "
                        + o.spansAlreadyThere() + " spans are here already");
            } else {
                lines.add(name + " (" + o.owner() + "): " + o.newArticles() + " new articles, " + o.matchedArticles()
                        + " already here; " + o.spansAdded() + " spans added, " + o.spansAlreadyThere()
                        + " already here; " + o.codingsAdded() + " article annotations added, "
                        + o.codingsAlreadyThere() + " already here"
                        + (o.labelsAdded().isEmpty() ? "" : "; labels added: " + String.join(", ", o.labelsAdded())));
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
}
