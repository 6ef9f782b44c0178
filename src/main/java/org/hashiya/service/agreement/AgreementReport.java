package org.hashiya.service.agreement;

import java.util.List;

/**
 * Agreement of {@code coders} over the articles they all annotated: one row per label any of them
 * used there (by id) and {@link AgreementRow#ALL} last; per article its ALL row.
 */
public record AgreementReport(List<String> coders, int articles, long tokens, List<AgreementRow> rows,
                              List<ArticleAgreement> perArticle) {
    public AgreementReport {
        coders = List.copyOf(coders);
        rows = List.copyOf(rows);
        perArticle = List.copyOf(perArticle);
    }

    /** One article's figures over its own spans and tokens. */
    public record ArticleAgreement(long articleId, String title, long tokens, AgreementRow all) {
    }
}
