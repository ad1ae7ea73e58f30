package org.advisorydesk.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 93 articles of the ICRMW in nine Parts (reference/icrmw-articles.csv). A legislative review
 * assesses national law per article or per Part; a provision is named {@code 12} (article 12) or
 * {@code part-IV} (Part IV as a whole). The CSV's titles and topics are English; the bundle {@code icrmw}
 * gives them in the reader's language ({@code icrmw.part.IV}, {@code icrmw.article.12}).
 */
@Component
public class ConventionArticles {

    private static final String PART_PREFIX = "part-";

    private final MessageSource messages;
    private final List<ConventionArticle> articles;
    private final Map<String, String> partTitles = new LinkedHashMap<>();

    ConventionArticles(MessageSource messages) throws IOException {
        this.messages = messages;
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream csv = new ClassPathResource("reference/icrmw-articles.csv").getInputStream();
                MappingIterator<ConventionArticle> rows = mapper.readerFor(ConventionArticle.class).with(schema).readValues(csv)) {
            articles = List.copyOf(rows.readAll());
        }
        articles.forEach(a -> partTitles.putIfAbsent(a.part(), a.partTitle()));
    }

    public List<ConventionArticle> all() {
        return articles;
    }

    /** Part numbers (I to IX) with their titles, in order. */
    public Map<String, String> parts() {
        return partTitles;
    }

    /** The Parts' titles and the articles' topics as the CSV has them, in English. */
    public Texts english() {
        return new Texts() {
            @Override
            public String partTitle(String part) {
                return partTitles.get(part);
            }

            @Override
            public String topic(ConventionArticle article) {
                return article.topic();
            }
        };
    }

    /** The Parts' titles and the articles' topics in the reader's language, in English where the bundle has none. */
    public Texts in(Locale locale) {
        return new Texts() {
            @Override
            public String partTitle(String part) {
                return messages.getMessage("icrmw.part." + part, null, partTitles.get(part), locale);
            }

            @Override
            public String topic(ConventionArticle article) {
                return messages.getMessage("icrmw.article." + article.article(), null, article.topic(), locale);
            }
        };
    }

    /** The provision named, if it is an article number of the Convention or one of its Parts. */
    public Optional<String> provision(String name) {
        if (name.startsWith(PART_PREFIX) && partTitles.containsKey(name.substring(PART_PREFIX.length()))) {
            return Optional.of(name);
        }
        return articles.stream().map(a -> String.valueOf(a.article())).filter(name::equals).findFirst();
    }

    /** The title of each Part and the topic of each article in one language. */
    public interface Texts {

        String partTitle(String part);

        String topic(ConventionArticle article);
    }
}
