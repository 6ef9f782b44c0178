package org.hashiya.service.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hashiya.domain.Span;

/**
 * Role agreement counts, pooled over the articles added: per role and coder the event arguments;
 * per role and pair of coders the arguments that match. Two coders' arguments match when their
 * role, their trigger spans and their filler spans are equal (article, start, end and label each),
 * each argument matched at most once.
 */
final class RoleCounts {
    /** One event argument as agreement compares it. */
    record Argument(String role, long triggerArticle, int triggerStart, int triggerEnd, String triggerLabel,
                    long fillerArticle, int fillerStart, int fillerEnd, String fillerLabel) {

        static Argument of(String role, Span trigger, Span filler) {
            return new Argument(role, trigger.articleId(), trigger.start(), trigger.end(), trigger.labelId(),
                    filler.articleId(), filler.start(), filler.end(), filler.labelId());
        }
    }

    private final int coders;
    private final int[][] pairs;
    private final TreeSet<String> roles = new TreeSet<>();
    private final Map<String, long[]> arguments = new HashMap<>();
    private final Map<String, long[]> matches = new HashMap<>();

    RoleCounts(int coders) {
        this.coders = coders;
        this.pairs = AgreementCounts.pairsOf(coders);
    }

    /** One article's arguments of each coder (index = coder). */
    void add(List<List<Argument>> byCoder) {
        for (int c = 0; c < coders; c++) {
            for (Argument a : byCoder.get(c)) {
                roles.add(a.role());
                arguments.computeIfAbsent(a.role(), k -> new long[coders])[c]++;
            }
        }
        for (int p = 0; p < pairs.length; p++) {
            Map<Argument, Integer> left = new HashMap<>();
            for (Argument a : byCoder.get(pairs[p][0])) {
                left.merge(a, 1, Integer::sum);
            }
            for (Argument b : byCoder.get(pairs[p][1])) {
                Integer count = left.get(b);
                if (count != null && count > 0) {
                    left.put(b, count - 1);
                    matches.computeIfAbsent(b.role(), k -> new long[pairs.length])[p]++;
                }
            }
        }
    }

    void addAll(RoleCounts other) {
        roles.addAll(other.roles);
        AgreementCounts.addAll(arguments, other.arguments, coders);
        AgreementCounts.addAll(matches, other.matches, pairs.length);
    }

    /** The roles any coder filled, sorted. */
    List<String> roles() {
        return List.copyOf(roles);
    }

    /** A coder's arguments in this role; role null: in every role. */
    long arguments(String role, int coder) {
        long[] counts = role == null ? AgreementCounts.total(arguments, coders) : arguments.get(role);
        return counts == null ? 0 : counts[coder];
    }

    /** F1 = 2 * matches / (arguments of A + arguments of B), mean over the pairs for which it is defined; role null: all roles. */
    double f1(String role) {
        long[] matched = role == null ? AgreementCounts.total(matches, pairs.length)
                : matches.getOrDefault(role, new long[pairs.length]);
        return AgreementCounts.meanF1(pairs, matched, coder -> arguments(role, coder));
    }
}
