package org.hashiya.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.text.LineEndings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the article out of a scraped web page: the main text without the site's navigation and
 * boilerplate, one paragraph per block element, paragraphs separated by a blank line; and the
 * title, canonical URL, publication date and outlet the page declares about itself.
 */
public final class HtmlArticleExtractor {
    /** Page furniture, never article text. */
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, form,"
            + " iframe, svg, button, select, textarea, [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
            "table", "tr", "td", "th", "caption", "address", "hr", "center", "body");
    /** The article container must hold this share of the page's paragraph text. */
    private static final double MAIN_SHARE = 0.6;

    /** The article in {@code html}, a page already decoded from {@code encoding}. */
    public DecodedArticle extract(String html, String encoding) throws UnreadableFileException {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "meta[property=og:title], meta[name=og:title]"),
                doc.title(), textOf(doc.selectFirst("h1")));
        String url = firstNonBlank(doc.select("link[rel~=(?i)^canonical$]").attr("href"),
                meta(doc, "meta[property=og:url], meta[name=og:url]"));
        String published = published(doc);
        String source = meta(doc, "meta[property=og:site_name], meta[name=og:site_name]");

        doc.select(BOILERPLATE).remove();
        String text = LineEndings.unify(String.join("\n\n", paragraphs(mainElement(doc))));
        if (TextPlausibility.isBlank(text)) {
            throw new UnreadableFileException("no article text found in the page");
        }
        return new DecodedArticle(text, encoding, title, url, published, source);
    }

    private static String published(Document doc) {
        String fromMeta = meta(doc, "meta[property=article:published_time], meta[name=article:published_time],"
                + " meta[property=og:published_time], meta[name=og:published_time], meta[name=date],"
                + " meta[name=pubdate], meta[name=publishdate], meta[name=DC.date], meta[name=DC.date.issued],"
                + " meta[name=dcterms.date], meta[itemprop=datePublished]");
        if (!fromMeta.isBlank()) {
            return fromMeta;
        }
        Element item = doc.selectFirst("[itemprop=datePublished]");
        if (item != null) {
            return firstNonBlank(item.attr("datetime"), item.attr("content"), item.text());
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? "" : time.attr("datetime").strip();
    }

    /** The first non-blank {@code content} among the elements {@code query} selects, in query order. */
    private static String meta(Document doc, String query) {
        for (String single : query.split(",")) {
            for (Element e : doc.select(single.strip())) {
                String content = e.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return "";
    }

    /**
     * The element holding the article: a declared article body, else the {@code <article>} with
     * most paragraph text, else the deepest element holding most of the page's paragraph text.
     */
    private static Element mainElement(Document doc) {
        Map<Element, Integer> paragraphText = paragraphTextByElement(doc);
        Element declared = mostParagraphText(doc.select("[itemprop=articleBody]"), paragraphText);
        if (declared != null) {
            return declared;
        }
        Element article = mostParagraphText(doc.select("article"), paragraphText);
        if (article != null) {
            return article;
        }
        Element start = doc.selectFirst("main");
        Element current = start != null ? start : doc.body();
        int total = paragraphText.getOrDefault(current, 0);
        if (total == 0) {
            return current;
        }
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : current.children()) {
                if (paragraphText.getOrDefault(child, 0) >= total * MAIN_SHARE) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return current;
    }

    /**
     * For every element, the length of the paragraph text inside it, computed in one pass over
     * the paragraphs (asking each element in turn would take quadratic time on deeply nested pages).
     */
    private static Map<Element, Integer> paragraphTextByElement(Document doc) {
        Map<Element, Integer> lengths = new HashMap<>();
        for (Element p : doc.select("p")) {
            int length = p.text().length();
            if (length == 0) {
                continue;
            }
            for (Element e = p; e != null; e = e.parent()) {
                lengths.merge(e, length, Integer::sum);
            }
        }
        return lengths;
    }

    private static Element mostParagraphText(Elements candidates, Map<Element, Integer> paragraphText) {
        Element best = null;
        int bestLength = -1;
        for (Element candidate : candidates) {
            int length = paragraphText.getOrDefault(candidate, 0);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /** One paragraph per block element; runs of HTML whitespace become one space, {@code <br>} a line break. */
    private static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    appendCollapsed(current, textNode.getWholeText());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        flush(current, paragraphs);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, paragraphs);
                }
            }
        }, root);
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHtmlWhitespace(c)) {
                if (out.length() > 0 && !isHtmlWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Ends the paragraph being built: each of its lines is trimmed of HTML whitespace. */
    private static void flush(StringBuilder current, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n", -1)) {
            String trimmed = trimHtmlWhitespace(line);
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
        }
        current.setLength(0);
    }

    private static String trimHtmlWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isHtmlWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isHtmlWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** HTML's own whitespace; NBSP and the bidi marks are content and stay. */
    private static boolean isHtmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static String textOf(Element element) {
        return element == null ? "" : element.text();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }
}
