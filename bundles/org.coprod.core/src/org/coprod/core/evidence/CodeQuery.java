package org.coprod.core.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coprod.model.Code;

/**
 * A combination of codes to retrieve by: a code, all of several, any of several, or not one. It is evaluated over a
 * set of codes: a segment's own codes (within the same segment) or every code of a case's segments (within the same case).
 */
public sealed interface CodeQuery {

    /** Whether a set of codes satisfies the query. */
    boolean test(Collection<Code> codes);

    /** The codes the query asks for without negation: the segments retrieved are those that carry one of them. */
    Set<Code> wanted();

    /** The query written out, for a title or a file name ("trust AND NOT clientelism"). */
    String describe();

    static CodeQuery of(Code code) {
        return new Has(code);
    }

    static CodeQuery all(List<CodeQuery> parts) {
        return parts.size() == 1 ? parts.get(0) : new All(List.copyOf(parts));
    }

    static CodeQuery any(List<CodeQuery> parts) {
        return parts.size() == 1 ? parts.get(0) : new Any(List.copyOf(parts));
    }

    static CodeQuery not(CodeQuery part) {
        return new Not(part);
    }

    /** Segments carrying a code. */
    record Has(Code code) implements CodeQuery {
        @Override
        public boolean test(Collection<Code> codes) {
            return codes.contains(code);
        }

        @Override
        public Set<Code> wanted() {
            return Set.of(code);
        }

        @Override
        public String describe() {
            return code.getName();
        }
    }

    /** Every part holds. */
    record All(List<CodeQuery> parts) implements CodeQuery {
        @Override
        public boolean test(Collection<Code> codes) {
            return parts.stream().allMatch(p -> p.test(codes));
        }

        @Override
        public Set<Code> wanted() {
            return parts.stream().flatMap(p -> p.wanted().stream()).collect(Collectors.toSet());
        }

        @Override
        public String describe() {
            return parts.stream().map(p -> p instanceof Has || p instanceof Not ? p.describe() : "(" + p.describe() + ")")
                    .collect(Collectors.joining(" AND "));
        }
    }

    /** At least one part holds. */
    record Any(List<CodeQuery> parts) implements CodeQuery {
        @Override
        public boolean test(Collection<Code> codes) {
            return parts.stream().anyMatch(p -> p.test(codes));
        }

        @Override
        public Set<Code> wanted() {
            return parts.stream().flatMap(p -> p.wanted().stream()).collect(Collectors.toSet());
        }

        @Override
        public String describe() {
            return parts.stream().map(p -> p instanceof Has || p instanceof Not ? p.describe() : "(" + p.describe() + ")")
                    .collect(Collectors.joining(" OR "));
        }
    }

    /** The part does not hold; it asks for no code of its own. */
    record Not(CodeQuery part) implements CodeQuery {
        @Override
        public boolean test(Collection<Code> codes) {
            return !part.test(codes);
        }

        @Override
        public Set<Code> wanted() {
            return Set.of();
        }

        @Override
        public String describe() {
            return "NOT " + (part instanceof Has ? part.describe() : "(" + part.describe() + ")");
        }
    }
}
