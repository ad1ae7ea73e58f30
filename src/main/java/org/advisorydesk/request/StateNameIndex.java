package org.advisorydesk.request;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every name a State goes by, to its ISO 3166 alpha-3 code: the JDK's short names in the desk's
 * languages, and the names of a file ({@code state-names.properties}) of UN short and formal names,
 * former names and abbreviations, with the name a language shows instead of the JDK's. Names are
 * compared by their {@link #key}; a file naming an unknown code, or a name two States would share, is
 * refused with the line that says so.
 */
final class StateNameIndex {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:the|le|la|les|el|los|las)\\s+|l')");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LINE = Pattern.compile("([A-Z]{3})(?:\\.(en|fr|es))?\\s*=\\s*(.*)");

    private final Set<String> codes;
    private final Map<String, String> codeByKey = new HashMap<>();
    private final Map<String, String> display = new HashMap<>();

    private StateNameIndex(Set<String> codes) {
        this.codes = codes;
    }

    /** The index of the JDK's names and those of the file on the class path; refused when the file is wrong. */
    static StateNameIndex load(String resource) {
        try (InputStream in = StateNameIndex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return of(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index of the JDK's names and these lines: {@code TUR = Türkiye | Turkey | Turquie} adds names,
     * {@code TUR.fr = Türkiye} is the name shown in French; blank lines and lines starting with # are skipped.
     */
    static StateNameIndex of(String source, List<String> lines) {
        StateNameIndex index = new StateNameIndex(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        index.addJdkNames();
        Map<String, Integer> seen = new HashMap<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + n + ": ";
            var m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(where + "expected CODE = name | name or CODE.en = name, found \"" + line + "\"");
            }
            String code = m.group(1);
            if (!index.codes.contains(code)) {
                throw new IllegalStateException(where + code + " is not an ISO 3166 alpha-3 code");
            }
            String property = m.group(2) == null ? code : code + "." + m.group(2);
            Integer before = seen.put(property, n);
            if (before != null) {
                throw new IllegalStateException(where + property + " is given a second time (first on line " + before + ")");
            }
            List<String> names = List.of(m.group(3).split("\\|")).stream().map(String::strip).toList();
            if (names.stream().anyMatch(String::isEmpty) || (m.group(2) != null && names.size() != 1)) {
                throw new IllegalStateException(where + "an empty name, or more than one name to show");
            }
            if (m.group(2) != null) {
                index.display.put(property, names.get(0));
            }
            names.forEach(name -> index.add(name, code, where));
        }
        return index;
    }

    /**
     * A name as it is compared: without case, accents, apostrophes, hyphens, spaces or other punctuation, so that "Côte d’Ivoire", "cote d'ivoire" and "COTE DIVOIRE" are one name.
     */
    static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).strip();
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }

    boolean isCode(String text) {
        return codes.contains(text);
    }

    /** The State of a code (any case) or of any of its names, also after a leading article ("the Netherlands"). */
    Optional<String> find(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (codes.contains(upper)) {
            return Optional.of(upper);
        }
        String found = codeByKey.get(key(text));
        if (found == null) {
            String withoutArticle = ARTICLE.matcher(APOSTROPHES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("'"))
                    .replaceFirst("");
            found = codeByKey.get(key(withoutArticle));
        }
        return Optional.ofNullable(found);
    }

    /** The name the file gives the State in the language, if it gives one. */
    Optional<String> shownName(String iso3, Locale language) {
        return Optional.ofNullable(display.get(iso3 + "." + language.getLanguage()));
    }

    private void addJdkNames() {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String code = country.getISO3Country();
            for (Locale language : LANGUAGES) {
                String name = country.getDisplayCountry(language);
                // the JDK's English names write "St. Kitts & Nevis" and "Myanmar (Burma)"
                for (String variant : List.of(name, name.replace("&", "and"), name.replace("St.", "Saint"),
                        name.replaceAll("\\s*\\(.*\\)$", ""))) {
                    codeByKey.putIfAbsent(key(variant), code);
                }
            }
        }
    }

    private void add(String name, String code, String where) {
        String key = key(name);
        if (key.isEmpty()) {
            throw new IllegalStateException(where + "\"" + name + "\" has no letters");
        }
        String other = codeByKey.putIfAbsent(key, code);
        if (other != null && !other.equals(code)) {
            throw new IllegalStateException(where + "\"" + name + "\" would name both " + other + " and " + code);
        }
    }
}
