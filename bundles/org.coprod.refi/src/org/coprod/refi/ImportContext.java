package org.coprod.refi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coprod.core.Library;
import org.coprod.core.evidence.Coders;
import org.coprod.model.CaseLibrary;
import org.coprod.model.Code;
import org.coprod.model.Coder;
import org.coprod.refi.ProjectParts.CaseIn;
import org.coprod.refi.ProjectParts.LinkIn;
import org.coprod.refi.ProjectParts.NoteIn;
import org.coprod.refi.ProjectParts.SourceIn;
import org.eclipse.osgi.util.NLS;

/**
 * What one import knows while it reads a project: the library it goes into, the report it writes, and the project's
 * users, codes, variables, notes, sources, cases and links by GUID, so that each reference can be followed whatever
 * order the file gives them in.
 */
final class ImportContext {

    final Library library;
    final CaseLibrary root;
    final ProjectArchive archive;
    final ImportReport report;
    private final Map<String, Long> dates = new HashMap<>();
    final RefiImport.Options options;
    /** The project's {@code origin}: the tool that wrote it (ATLAS.ti counts CR LF as one character). */
    String origin = "";
    String projectName;
    String description;

    final Map<String, Coder> users = new HashMap<>();
    final List<Coder> newCoders = new ArrayList<>();
    final Map<String, Code> codes = new HashMap<>();
    final List<Code> newCodes = new ArrayList<>();
    final Map<Code, List<String>> codeNotes = new LinkedHashMap<>();
    /** The library's codes by GUID, for a reference to a code the project does not declare (it was exported from here). */
    final Map<String, Code> libraryCodes = new HashMap<>();
    private final Set<String> borrowed = new HashSet<>();
    final Map<String, String> variables = new HashMap<>();
    final Map<String, NoteIn> notes = new LinkedHashMap<>();
    final Map<String, SourceIn> sources = new LinkedHashMap<>();
    final Map<String, CaseIn> cases = new LinkedHashMap<>();
    final List<LinkIn> links = new ArrayList<>();
    /** Notes that became a memo (or were reported as project notes), so that the rest can be named as left out. */
    final Set<String> usedNotes = new HashSet<>();
    private final Set<String> unknownUsers = new HashSet<>();
    private Coder unknown;
    private ProjectReading reading;

    ImportContext(Library library, ProjectArchive archive, RefiImport.Options options) {
        this.library = library;
        this.root = library.root();
        this.archive = archive;
        this.options = options;
        this.report = new ImportReport(archive.what());
    }

    /** The reader of this import's users, codes, variables, notes and cases (one, as it keeps which names are taken). */
    ProjectReading reading() {
        if (reading == null) {
            reading = new ProjectReading(this);
        }
        return reading;
    }

    /** The code a reference names: the project's, or else the library's of that GUID (said once); null for neither. */
    Code code(String guid) {
        Code c = codes.get(guid);
        if (c == null && (c = libraryCodes.get(guid)) != null && borrowed.add(guid)) {
            report.note("CodeRef", c.getName(), Messages.Reason_codeByGuid);
        }
        return c;
    }

    /** The coder of a user GUID; the unknown coder for none, or for one the project does not declare (said once). */
    Coder coder(String userGuid) {
        if (userGuid == null) {
            return unknown();
        }
        Coder c = users.get(userGuid);
        if (c != null) {
            return c;
        }
        if (unknownUsers.add(userGuid)) {
            report.changed("User", userGuid, Messages.Reason_userUndeclared);
        }
        return unknown();
    }

    /** The library's unknown coder, made (and added to the plan) the first time it is needed. */
    Coder unknown() {
        if (unknown == null) {
            unknown = Coders.byId(root, Coders.UNKNOWN_ID).orElse(null);
            if (unknown == null) {
                unknown = Coders.unknown();
                newCoders.add(unknown);
            }
        }
        return unknown;
    }

    /**
     * A GUID in normal form; a value that is no GUID at all (some tools write their own ids) is given a stable one made
     * from it, and the report says so.
     */
    String guid(String raw, String element, String name) {
        if (raw == null || raw.isBlank()) {
            String made = UUID.randomUUID().toString();
            report.changed(element, name, NLS.bind(Messages.Reason_noGuid, made));
            return made;
        }
        return Guids.normal(raw).orElseGet(() -> {
            String made = Guids.of("foreign", raw.strip());
            report.changed(element, name, NLS.bind(Messages.Reason_badGuid, new Object[] {raw, made}));
            return made;
        });
    }

    /** A reference to a GUID in normal form, or the text itself when it is none (so that it matches nothing). */
    static String ref(String raw) {
        return raw == null ? null : Guids.normal(raw).orElse(raw.strip());
    }

    /**
     * {@link #date(String)}, remembered: a project's codings share a few dates, and parsing each again was a tenth of an
     * import's time. Each call gives a Date of its own (a Date can be changed).
     */
    Date when(String text) {
        if (text == null) {
            return null;
        }
        long time = dates.computeIfAbsent(text, t -> {
            Date d = date(t);
            return d == null ? Long.MIN_VALUE : d.getTime();
        });
        return time == Long.MIN_VALUE ? null : new Date(time);
    }

    /** An {@code xsd:dateTime} (or a date, or a time without zone, taken as UTC) as a date; null when it cannot be read. */
    static Date date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(' ', 'T');
        try {
            return Date.from(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                try {
                    return Date.from(LocalDate.parse(t.substring(0, Math.min(10, t.length()))).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    /** Whether the project was written by ATLAS.ti, which counts a CR LF as one character. */
    boolean atlas() {
        return origin.toLowerCase(Locale.ROOT).contains("atlas");
    }
}
