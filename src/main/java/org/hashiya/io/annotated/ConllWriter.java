package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.text.Token;
import org.hashiya.text.Tokenizer;

/**
 * Writes token-level BIO tags in the CoNLL-2003 column layout, two columns: {@code token<TAB>tag}.
 * Each article starts with {@code -DOCSTART-<TAB>O} and a blank line; each sentence ends with a
 * blank line. Tokens and sentences are {@link Tokenizer}'s; tags are {@link BioTagger}'s (nested
 * and overlapping spans keep the outermost; a span crossing a sentence break begins again with
 * {@code B-} in the next sentence). {@link #rows()} counts tokens written.
 */
public final class ConllWriter implements ExportWriter {
    private final Writer out;
    private long rows;
    private boolean closed;

    public ConllWriter(Writer out) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void write(AnnotatedArticle article) throws IOException {
        if (closed) {
            throw new IllegalStateException("CoNLL writer is closed");
        }
        String text = article.article().text();
        List<List<Token>> sentences = Tokenizer.sentences(text);
        List<Token> tokens = sentences.stream().flatMap(List::stream).toList();
        String[] tags = BioTagger.beginEachSentence(BioTagger.tags(tokens, article.spans()), sentences);
        out.write("-DOCSTART-\tO\n\n");
        int t = 0;
        for (List<Token> sentence : sentences) {
            for (Token token : sentence) {
                out.write(token.text());
                out.write('\t');
                out.write(tags[t++]);
                out.write('\n');
            }
            out.write('\n');
        }
        rows += tokens.size();
    }

    @Override
    public long rows() {
        return rows;
    }

    /** Flushes and closes the output; closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
    }
}
