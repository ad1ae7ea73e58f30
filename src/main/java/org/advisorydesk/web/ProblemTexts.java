package org.advisorydesk.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What is wrong with a field, in the reader's language. The rules say it in English for the JSON API
 * ({@code must be at most 4000 characters}); pages show it through this, with what came before the
 * problem (a file's name) kept. A problem this does not know is shown as it is, in a sentence of the
 * reader's language. Pages call {@code ${@problemTexts.describe(message)}}.
 */
@Component("problemTexts")
public class ProblemTexts {

    private record Known(Pattern pattern, String key) {
    }

    private static final List<Known> KNOWN = List.of(
            known("is required", "portal.form.required"),
            known("must be at most (\\d+) characters", "problem.maxLength"),
            known("must be at least (\\d+) characters", "problem.minLength"),
            known("has the wrong format", "problem.format"),
            known("must be an e-mail address", "problem.email"),
            known("(?:must be one of|is not one of|must be a list of) .*", "problem.choice"),
            known("is empty", "problem.emptyFile"),
            known("must not be larger than (.+)", "problem.tooLarge"),
            known("must be a PDF, DOCX, ODT or plain text document", "problem.fileFormat"),
            known("has no file name", "problem.noFileName"),
            known("has a name longer than (\\d+) characters", "problem.longName"),
            known("must be a colleague in one of the task's groups .*", "problem.colleague"),
            known("must be your own State, (\\w+)", "problem.ownState"),
            known("must be a page number from 0", "problem.page"),
            known("has a file name with characters that are not allowed", "problem.fileNameCharacters"),
            known("has a file name with direction-changing characters", "problem.fileNameDirection"),
            known("is not a well-formed multipart body", "problem.multipart"),
            known("must be a whole number", "problem.number"),
            known("must not contain JavaScript or actions that start programs", "problem.pdfActive"),
            known("must not be protected by a password", "problem.pdfPassword"),
            known("is not a readable PDF", "problem.pdfUnreadable"),
            known("(?:unpacks to far more than its size.*|has too many parts to be a document|has parts of unknown size)", "problem.zipBomb"));

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    private static Known known(String problem, String key) {
        return new Known(Pattern.compile("(?:(.+) )?" + problem), key);
    }

    public String describe(String problem) {
        if (problem == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (Known known : KNOWN) {
            Matcher m = known.pattern().matcher(problem);
            if (m.matches()) {
                Object[] arguments = m.groupCount() > 1 ? new Object[] { m.group(2) } : null;
                String text = messages.getMessage(known.key(), arguments, locale);
                return m.group(1) == null ? text : m.group(1) + ": " + text;
            }
        }
        return messages.getMessage("portal.form.problem", new Object[] { problem }, locale);
    }
}
