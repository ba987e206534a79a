package org.coprod.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.coprod.core.Library;
import org.coprod.core.evidence.BuiltInCodes;
import org.coprod.core.evidence.CodePoints;
import org.coprod.core.evidence.CodebookChanges;
import org.coprod.core.evidence.Coders;
import org.coprod.core.evidence.CodingRefused;
import org.coprod.core.evidence.PassageCoding;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CodableText;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.model.Document;
import org.coprod.model.Note;

import com.google.gson.GsonBuilder;

/**
 * {@code coprod code}: codes one passage of a note or a document of a case, the headless twin of selecting text in the
 * workbench and choosing a code; the same rules apply ({@link PassageCoding}), and the library is saved at once.
 * <p>
 * A note id ({@code note-1}) names a note only within its case, so a note needs {@code --case}. A document may serve
 * several cases; then {@code --case} must say which, since a passage coded into the wrong case would be evidence of
 * another case's conclusions.
 */
final class CodeCommand implements Command {

    /** Where the coder's name comes from when {@code --coder} is not given. */
    static final String CODER_VARIABLE = "COPROD_CODER";

    private final Function<String, String> environment;

    CodeCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "code";
    }

    @Override
    public String summary() {
        return "Code a passage of a case's note or document (offsets in code points)";
    }

    @Override
    public String usage() {
        return "coprod code --text DOC-OR-NOTE-ID (--start N --end M | --quote PASSAGE) --code CODE [--case ID]\n"
                + "             [--coder NAME] [--memo TEXT] [--json]\n"
                + "  --text a document id, or a note id with --case (note ids are unique only within their case);\n"
                + "    a document of several cases needs --case too\n"
                + "  --start/--end Unicode code points from 0, end exclusive; --quote finds the exact passage, which must occur once\n"
                + "  --code a code's name, id or built-in key, or a typology cell (P2-D1); a name the codebook lacks is created\n"
                + "  --coder defaults to $" + CODER_VARIABLE + "; a name the library does not know is added to its coders";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws Exception {
        Arguments args = new Arguments(words, Set.of("text", "start", "end", "quote", "code", "case", "coder", "memo"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + args.positional().get(0) + "' (coprod code --help)");
        }
        String textId = required(args, "text", "the note or document to code");
        String codeName = required(args, "code", "the code to apply");
        String coderName = coderName(args);
        boolean byQuote = args.option("quote").isPresent();
        boolean byRange = args.option("start").isPresent() || args.option("end").isPresent();
        if (byQuote == byRange) {
            throw new UsageException("give the passage either as --start N --end M (code points) or as --quote \"exact words\", not "
                    + (byQuote ? "both" : "neither"));
        }
        Library library = args.openLibrary(err);
        Case c = kase(library, args.option("case"), textId);
        CodableText text = text(library, c, textId);
        String content = Texts.of(text).orElseThrow(() -> new UsageException("the text of " + describe(text)
                + " cannot be read: its file " + Texts.file((Document) text).map(Object::toString).orElse("") + " is missing"));
        int start;
        int end;
        if (byQuote) {
            String quote = args.option("quote").get();
            start = locate(content, quote, text);
            end = start + CodePoints.length(quote);
        } else {
            start = whole(args, "start");
            end = whole(args, "end");
        }
        Optional<Code> existing = CodebookChanges.find(library.root(), codeName);
        Code code;
        if (existing.isPresent()) {
            code = existing.get();
        } else {
            code = create(library, codeName);
        }
        Coder coder = Coders.byName(library.root(), coderName).orElseGet(() -> Coders.create(coderName));
        boolean newCoder = !library.root().getCoders().contains(coder);
        String memo = args.option("memo").orElse(null);
        PassageCoding.Coding coding;
        try {
            coding = PassageCoding.code(null, library.root(), c, text, start, end, code, coder, new Date(), memo);
        } catch (CodingRefused e) {
            throw new UsageException(e.getMessage() + " Nothing was changed.");
        }
        coding.command().execute();
        Library.Changes changes;
        try {
            changes = library.save(List.of(c));
        } catch (IOException e) {
            err.println("coprod code: nothing saved: " + Failure.describe(e));
            return Commands.BAD_USAGE;
        }
        if (args.flag("json")) {
            out.println(json(c, text, coding, code, coder, existing.isEmpty(), newCoder));
            return Commands.OK;
        }
        if (existing.isEmpty()) {
            out.println("Created the code “" + code.getName() + "” in the codebook (give it a definition in the workbench's codebook).");
        }
        if (newCoder) {
            out.println("Added the coder " + coder.getName() + " (" + coder.getInitials() + ") to the library.");
        }
        out.println("Coded “" + shorten(coding.segment().getQuote()) + "” (" + start + "–" + end + ") of " + describe(text) + " in case "
                + c.getId() + " with “" + code.getName() + "” by " + coder.getName()
                + (BuiltInCodes.isBuiltIn(code) ? ", as evidence of the case's conclusion it stands for" : "") + ".");
        if (!coding.newSegment() && memo != null) {
            err.println("coprod code: the passage was coded before and keeps its memo; --memo was not used");
        }
        out.println(changes.writes().size() + " files written in " + library.folder());
        return Commands.OK;
    }

    private static String required(Arguments args, String option, String what) throws UsageException {
        String value = args.option(option).orElse("").strip();
        if (value.isEmpty()) {
            throw new UsageException("give --" + option + ", " + what + " (coprod code --help)");
        }
        return value;
    }

    private String coderName(Arguments args) throws UsageException {
        String name = args.option("coder").orElseGet(() -> environment.apply(CODER_VARIABLE));
        if (name == null || name.isBlank()) {
            throw new UsageException("who is coding? Give --coder \"Your Name\", or set " + CODER_VARIABLE
                    + " (export " + CODER_VARIABLE + "=\"Your Name\") so that every passage records its coder");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new UsageException("the coder's name contains a control character");
        }
        return name.strip();
    }

    /** The case: the one named, or else the only case of the document. */
    private static Case kase(Library library, Optional<String> caseId, String textId) throws UsageException {
        if (caseId.isPresent()) {
            return library.findCase(caseId.get()).orElseThrow(() -> new UsageException("the library in " + library.folder()
                    + " has no case '" + caseId.get() + "' (coprod search lists case ids)"));
        }
        Optional<Document> document = document(library, textId);
        if (document.isEmpty()) {
            long cases = library.root().getCases().stream().filter(c -> note(c, textId).isPresent()).count();
            throw new UsageException("the library has no document '" + textId + "'" + (cases == 0 ? "" : "; " + cases
                    + (cases == 1 ? " case has a note" : " cases have notes") + " with that id, and a note id names a note only within "
                    + "its case") + ": give --case ID");
        }
        List<Case> cases = library.root().getCases().stream().filter(c -> c.getDocuments().contains(document.get())).toList();
        if (cases.isEmpty()) {
            throw new UsageException("document '" + textId + "' is no case's document yet: give --case ID of the case it is for");
        }
        if (cases.size() > 1) {
            throw new UsageException("document '" + textId + "' serves " + cases.size() + " cases ("
                    + String.join(", ", cases.stream().map(Case::getId).toList()) + "): give --case ID to say which case the passage "
                    + "is evidence for");
        }
        return cases.get(0);
    }

    private static CodableText text(Library library, Case c, String textId) throws UsageException {
        Optional<Note> note = note(c, textId);
        if (note.isPresent()) {
            return note.get();
        }
        Optional<Document> document = document(library, textId);
        if (document.isPresent() && c.getDocuments().contains(document.get())) {
            return document.get();
        }
        String notes = String.join(", ", c.getNotes().stream().map(Note::getId).toList());
        String documents = String.join(", ", c.getDocuments().stream().map(Document::getId).toList());
        throw new UsageException("case " + c.getId() + " has no note or document '" + textId + "'"
                + (document.isPresent() ? " (the library's document of that id is not one of this case's)" : "")
                + "; its notes: " + (notes.isEmpty() ? "none" : notes) + "; its documents: " + (documents.isEmpty() ? "none" : documents));
    }

    private static Optional<Note> note(Case c, String id) {
        return c.getNotes().stream().filter(n -> id.equals(n.getId())).findFirst();
    }

    private static Optional<Document> document(Library library, String id) {
        return library.root().getDocuments().stream().filter(d -> id.equals(d.getId())).findFirst();
    }

    /** The code-point offset of the only occurrence of a quote; refused when it occurs never or more than once. */
    private static int locate(String content, String quote, CodableText text) throws UsageException {
        if (quote.isEmpty()) {
            throw new UsageException("--quote is empty: give the exact words of the passage");
        }
        List<Integer> found = CodePoints.occurrences(content, quote);
        if (found.isEmpty()) {
            throw new UsageException("the passage “" + shorten(quote) + "” is not in " + describe(text)
                    + " (quote it exactly as the text has it, or give --start/--end)");
        }
        if (found.size() > 1) {
            int length = CodePoints.length(quote);
            String where = String.join(", ", found.stream().limit(5).map(s -> s + "–" + (s + length)).toList())
                    + (found.size() > 5 ? ", …" : "");
            throw new UsageException("the passage “" + shorten(quote) + "” is found " + found.size() + " times in " + describe(text)
                    + " (at " + where + "): quote more of it, or give --start and --end to choose one");
        }
        return found.get(0);
    }

    private static int whole(Arguments args, String option) throws UsageException {
        if (args.option(option).isEmpty()) {
            throw new UsageException("--start and --end go together: give both");
        }
        int value = args.intOption(option, -1);
        if (value < 0) {
            throw new UsageException("--" + option + " is a code-point offset from 0, not " + value);
        }
        return value;
    }

    /** A user code of that name, added to the codebook; built-in keys name codes the library has, and are never made. */
    private static Code create(Library library, String name) throws UsageException {
        if (name.matches("(cell|typology|driver|benefit|limitation|outcome):.*|drivers|benefits|limitations|outcomes")) {
            throw new UsageException("the codebook has no built-in code '" + name + "' (coprod codebook lists the codes)");
        }
        Code code = CodebookChanges.create(name, null, null, null);
        try {
            CodebookChanges.add(null, library.root().getCodebook(), code).execute();
        } catch (CodingRefused e) {
            throw new UsageException(e.getMessage());
        }
        return code;
    }

    private static String describe(CodableText text) {
        String kind = text instanceof Note ? "note " : "document ";
        String title = Texts.title(text);
        return kind + text.getId() + (title.equals(text.getId()) ? "" : " “" + title + "”");
    }

    private static String shorten(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        return CodePoints.length(q) <= 60 ? q : CodePoints.slice(q, 0, 57) + "…";
    }

    private static String json(Case c, CodableText text, PassageCoding.Coding coding, Code code, Coder coder, boolean newCode,
            boolean newCoder) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("case", c.getId());
        json.put("text", text.getId());
        json.put("kind", text instanceof Note ? "note" : "document");
        json.put("segment", coding.segment().getId());
        json.put("start", coding.segment().getStart());
        json.put("end", coding.segment().getEnd());
        json.put("quote", coding.segment().getQuote());
        json.put("codes", coding.segment().getCodes().stream().map(Code::getName).toList());
        json.put("code", code.getName());
        json.put("codeCreated", newCode);
        json.put("coder", coder.getName());
        json.put("coderAdded", newCoder);
        json.put("newSegment", coding.newSegment());
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }
}
