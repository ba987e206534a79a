package org.coprod.ui.retrieval;

import java.util.ArrayList;
import java.util.List;

import org.coprod.core.evidence.CodeQuery;
import org.coprod.model.Code;

/**
 * One code of a retrieval query and what it asks of a passage (or a case): to have it, to have it or another of the
 * "any of" codes, or not to have it. The terms together mean: all the "must have" codes, at least one "any of" code,
 * and none of the "must not have" codes; as a search engine's advanced form asks for words.
 */
public record QueryTerm(Code code, Role role) {

    /** What a term asks. */
    public enum Role {
        ALL(Messages.QueryTerm_mustHave), ANY(Messages.QueryTerm_anyOf), NONE(Messages.QueryTerm_mustNotHave);

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The query the terms make; null when there are none. */
    public static CodeQuery query(List<QueryTerm> terms) {
        List<CodeQuery> parts = new ArrayList<>();
        List<CodeQuery> any = new ArrayList<>();
        List<CodeQuery> none = new ArrayList<>();
        for (QueryTerm t : terms) {
            switch (t.role) {
                case ALL -> parts.add(CodeQuery.of(t.code));
                case ANY -> any.add(CodeQuery.of(t.code));
                case NONE -> none.add(CodeQuery.not(CodeQuery.of(t.code)));
            }
        }
        if (!any.isEmpty()) {
            parts.add(CodeQuery.any(any));
        }
        parts.addAll(none);
        return parts.isEmpty() ? null : CodeQuery.all(parts);
    }
}
