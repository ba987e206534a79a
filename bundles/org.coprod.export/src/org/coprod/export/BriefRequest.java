package org.coprod.export;

import java.time.LocalDate;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.model.DefinitionLens;

/**
 * What the user asks for: the cases (one for a single-case brief, two to five for a comparative one) and the front
 * matter. Empty key messages mean "generate them from the cases".
 */
public record BriefRequest(List<Case> cases, String title, String question, String author, LocalDate date, String audience,
        DefinitionLens definition, List<String> keyMessages, BriefDetail detail) {

    public static final int MAX_COMPARED = 5;

    public BriefRequest {
        cases = List.copyOf(cases);
        keyMessages = keyMessages == null ? List.of() : List.copyOf(keyMessages);
        date = date == null ? LocalDate.now() : date;
        definition = definition == null ? DefinitionLens.BOVAIRD : definition;
        detail = detail == null ? BriefDetail.SHORT : detail;
    }

    /** A short brief (the default detail). */
    public BriefRequest(List<Case> cases, String title, String question, String author, LocalDate date, String audience,
            DefinitionLens definition, List<String> keyMessages) {
        this(cases, title, question, author, date, audience, definition, keyMessages, BriefDetail.SHORT);
    }

    /** A request with defaults for everything but the cases. */
    public static BriefRequest of(List<Case> cases) {
        return new BriefRequest(cases, null, null, null, null, null, null, List.of());
    }

    public BriefRequest withTitle(String newTitle) {
        return new BriefRequest(cases, newTitle, question, author, date, audience, definition, keyMessages, detail);
    }

    public BriefRequest withQuestion(String newQuestion) {
        return new BriefRequest(cases, title, newQuestion, author, date, audience, definition, keyMessages, detail);
    }

    public BriefRequest withAuthor(String newAuthor) {
        return new BriefRequest(cases, title, question, newAuthor, date, audience, definition, keyMessages, detail);
    }

    public BriefRequest withDate(LocalDate newDate) {
        return new BriefRequest(cases, title, question, author, newDate, audience, definition, keyMessages, detail);
    }

    public BriefRequest withKeyMessages(List<String> messages) {
        return new BriefRequest(cases, title, question, author, date, audience, definition, messages, detail);
    }

    public BriefRequest withDetail(BriefDetail newDetail) {
        return new BriefRequest(cases, title, question, author, date, audience, definition, keyMessages, newDetail);
    }

    public boolean full() {
        return detail == BriefDetail.FULL;
    }

    public boolean comparative() {
        return cases.size() > 1;
    }

    /** Checks the number of cases; the message says what is wrong. */
    public void check() throws BriefException {
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
