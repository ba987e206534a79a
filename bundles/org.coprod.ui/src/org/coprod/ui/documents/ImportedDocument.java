package org.coprod.ui.documents;

import java.nio.file.Path;
import java.util.List;

import org.coprod.core.documents.WithdrawnFiles;
import org.coprod.core.evidence.Texts;
import org.coprod.model.Case;
import org.coprod.model.CaseLibrary;
import org.coprod.model.CoprodPackage.Literals;
import org.coprod.model.Document;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The model change of an import: the new document joins the library's documents and each chosen case's, as one edit;
 * undoing it withdraws the document's files, which the save that no longer names them deletes ({@link WithdrawnFiles}).
 */
public final class ImportedDocument {

    private ImportedDocument() {
    }

    /** The command that adds an imported document to the library and to the cases that draw on it. */
    public static Command add(EditingDomain domain, CaseLibrary library, Document document, List<Case> cases, WithdrawnFiles files,
            Path libraryFolder) {
        CompoundCommand command = new CompoundCommand("Import document “" + Texts.title(document) + "”");
        command.append(new AddCommand(domain, library, Literals.CASE_LIBRARY__DOCUMENTS, document));
        for (Case c : cases) {
            command.append(new AddCommand(domain, c, Literals.CASE__DOCUMENTS, document));
        }
        return files.follow(command, WithdrawnFiles.of(libraryFolder, document));
    }
}
