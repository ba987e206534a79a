package org.coprod.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.coprod.model.Case;
import org.coprod.model.DefinitionLens;

/**
 * What the user asks for: the cases (one for a single-case brief, two to five for a comparative one) and the front
 * matter. Empty key messages mean "generate them from the cases".
 */
public record BriefRequest(List<Case> cases, String title, String question, String author, LocalDate date, String audience,
        DefinitionLens definition, List<String> keyMessages, BriefDetail detail, Locale language) {

    public static final int MAX_COMPARED = 5;

    public BriefRequest {
        cases = List.copyOf(cases);
        keyMessages = keyMessages == null ? List.of() : List.copyOf(keyMessages);
        date = date == null ? LocalDate.now() : date;
        definition = definition == null ? DefinitionLens.BOVAIRD : definition;
        detail = detail == null ? BriefDetail.SHORT : detail;
        language = language == null ? Locale.ENGLISH : language;
    }

    /** A brief in English. */
    public BriefRequest(List<Case> cases, String title, String question, String author, LocalDate date, String audience,
            DefinitionLens definition, List<String> keyMessages, BriefDetail detail) {
        this(cases, title, question, author, date, audience, definition, keyMessages, detail, Locale.ENGLISH);
    }

    /** A short brief (the default detail). */
    public BriefRequest(List<Case> cases, String title, String question, String author, LocalDate date, String audience,
            DefinitionLens definition, List<String> keyMessages) {
        this(cases, title, question, author, date, audience, definition, keyMessages, BriefDetail.SHORT, Locale.ENGLISH);
    }

    /** A request with defaults for everything but the cases. */
    public static BriefRequest of(List<Case> cases) {
        return new BriefRequest(cases, null, null, null, null, null, null, List.of());
    }

    public BriefRequest withTitle(String newTitle) {
        return new BriefRequest(cases, newTitle, question, author, date, audience, definition, keyMessages, detail, language);
    }

    public BriefRequest withQuestion(String newQuestion) {
        return new BriefRequest(cases, title, newQuestion, author, date, audience, definition, keyMessages, detail, language);
    }

    public BriefRequest withAuthor(String newAuthor) {
        return new BriefRequest(cases, title, question, newAuthor, date, audience, definition, keyMessages, detail, language);
    }

    public BriefRequest withDate(LocalDate newDate) {
        return new BriefRequest(cases, title, question, author, newDate, audience, definition, keyMessages, detail, language);
    }

    public BriefRequest withKeyMessages(List<String> messages) {
        return new BriefRequest(cases, title, question, author, date, audience, definition, messages, detail, language);
    }

    public BriefRequest withDetail(BriefDetail newDetail) {
        return new BriefRequest(cases, title, question, author, date, audience, definition, keyMessages, newDetail, language);
    }

    /** The brief in a language: en (the default), pt, es or fr (see {@link #languages()}). */
    public BriefRequest withLanguage(Locale newLanguage) {
        return new BriefRequest(cases, title, question, author, date, audience, definition, keyMessages, detail, newLanguage);
    }

    /** The language codes a brief can be written in: en, pt, es, fr. */
    public static List<String> languages() {
        return BriefText.LANGUAGES.stream().map(Locale::getLanguage).toList();
    }

    /** The language a code names (en, pt, es or fr, in any case); the message names the languages there are. */
    public static Locale language(String code) throws BriefException {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!languages().contains(c)) {
            throw new BriefException("'" + (code == null ? "" : code.strip()) + "' is not a language briefs are written in: choose "
                    + String.join(", ", languages()));
        }
        return Locale.of(c);
    }

    /** The brief's fixed words in its language. */
    BriefText text() {
        return BriefText.of(language);
    }

    public boolean full() {
        return detail == BriefDetail.FULL;
    }

    public boolean comparative() {
        return cases.size() > 1;
    }

    /** Checks the number of cases and the language; the message says what is wrong. */
    public void check() throws BriefException {
        if (!languages().contains(language.getLanguage())) {
            throw new BriefException("A brief cannot be written in '" + language + "': choose one of " + String.join(", ", languages()));
        }
        if (cases.isEmpty()) {
            throw new BriefException("No case chosen: a brief needs one case (single-case brief) or 2 to " + MAX_COMPARED
                    + " (comparative brief)");
        }
        if (cases.size() > MAX_COMPARED) {
            throw new BriefException(cases.size() + " cases chosen: a comparative brief compares at most " + MAX_COMPARED
                    + " cases side by side; choose fewer");
        }
        long distinct = cases.stream().map(Case::getId).distinct().count();
        if (distinct < cases.size()) {
            throw new BriefException("A case is chosen twice: each case can appear once in a brief");
        }
    }
}
