package org.hashiya.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The charset an HTML page declares in a {@code <meta charset>} or {@code <meta http-equiv=
 * "Content-Type">} tag. Browsers only look near the start of the page; so does this.
 */
final class HtmlCharsetDeclaration {
    static final int PRESCAN_BYTES = 4096;
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlCharsetDeclaration() {
    }

    /** The declared charset, if one is declared and Java knows it. */
    static Optional<Charset> find(byte[] page) {
        // Markup is ASCII in every encoding considered here, so ISO-8859-1 reads it faithfully.
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Document doc = Jsoup.parse(head);
        for (Element meta : doc.select("meta[charset], meta[http-equiv]")) {
            String name = meta.attr("charset");
            if (name.isBlank() && meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                Matcher m = CONTENT_TYPE_CHARSET.matcher(meta.attr("content"));
                name = m.find() ? m.group(1) : "";
            }
            Optional<Charset> charset = forName(name.strip());
            if (charset.isPresent()) {
                return charset;
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> forName(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown or misspelt declaration is as good as none
        }
    }
}
