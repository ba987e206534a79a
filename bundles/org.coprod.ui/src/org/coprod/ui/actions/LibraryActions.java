package org.coprod.ui.actions;

import org.coprod.ui.CoprodPreferences;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.FileDialog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coprod.core.Library;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.navigator.LibraryNavigator;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** The File menu's library actions: New Library, Open Library, New Case, Save Library. */
public final class LibraryActions {

    private LibraryActions() {
    }

    /**
     * The open library, or null. Menu actions run with nothing handed to them, and the library they act on changes
     * while they live (another one opens), so they read it here, when they run.
     */
    private static WorkbenchSession session() {
        return WorkbenchSession.active();
    }

    public static Action newLibrary(IWorkbenchWindow window) {
        Action a = new Action("New &Library...") {
            @Override
            public void run() {
                if (!UnsavedChanges.resolve(session(), window.getShell())) {
                    return;
                }
                DirectoryDialog dialog = new DirectoryDialog(window.getShell());
                dialog.setText("New Library");
                dialog.setMessage("Choose an empty folder for the new library.");
                String dir = dialog.open();
                if (dir == null) {
                    return;
                }
                Path folder = Path.of(dir);
                if (Files.exists(folder.resolve(Library.LIBRARY_FILE))) {
                    MessageDialog.openError(window.getShell(), "New Library", "There is already a library in " + folder
                            + "; use Open Library.");
                    return;
                }
                InputDialog name = new InputDialog(window.getShell(), "New Library", "Name of the library:", folder.getFileName()
                        .toString(),
                        v -> v.isBlank() ? "Enter a name" : null);
                if (name.open() != Window.OK) {
                    return;
                }
                try {
                    Library.create(folder, name.getValue().trim());
                } catch (IOException e) {
                    ErrorDialog.openError(window.getShell(), "New Library", "Cannot create the library in " + folder,
                            Status.error(e.getMessage(), e));
                    return;
                }
                LibraryOpening.open(folder, window.getShell().getDisplay());
            }
        };
        a.setId("org.coprod.ui.newLibrary");
        return a;
    }

    public static Action openLibrary(IWorkbenchWindow window) {
        Action a = new Action("&Open Library...") {
            @Override
            public void run() {
                if (!UnsavedChanges.resolve(session(), window.getShell())) {
                    return;
                }
                DirectoryDialog dialog = new DirectoryDialog(window.getShell());
                dialog.setText("Open Library");
                dialog.setMessage("Choose the folder of a case library (the one holding library.xmi).");
                WorkbenchSession s = session();
                if (s != null) {
                    dialog.setFilterPath(s.folder().getParent().toString());
                }
                String dir = dialog.open();
                if (dir == null) {
                    return;
                }
                Path folder = Path.of(dir);
                if (!Files.isRegularFile(folder.resolve(Library.LIBRARY_FILE))) {
                    MessageDialog.openError(window.getShell(), "Open Library", folder + " is not a case library: it has no "
                            + Library.LIBRARY_FILE + ".");
                    return;
                }
                LibraryOpening.open(folder, window.getShell().getDisplay());
            }
        };
        a.setId("org.coprod.ui.openLibrary");
        return a;
    }

    /** File > Close Library: after asking about unsaved changes, no library is open until one is opened. */
    public static Action closeLibrary(IWorkbenchWindow window) {
        Action a = new Action("&Close Library") {
            @Override
            public void run() {
                WorkbenchSession s = session();
                if (s != null && UnsavedChanges.resolve(s, window.getShell())) {
                    WorkbenchSession.closeActive();
                }
            }
        };
        a.setId("org.coprod.ui.closeLibrary");
        return a;
    }

    /** File > Import Cases...: a CSV or XLSX file in the import layout, shown first, applied as one undoable edit. */
    public static Action importCases(IWorkbenchWindow window) {
        Action a = new Action("&Import Cases (CSV or XLSX)...") {
            @Override
            public void run() {
                WorkbenchSession s = session();
                if (s == null || !s.isLoaded()) {
                    MessageDialog.openInformation(window.getShell(), "Import Cases",
                            "The library is still loading; try again in a moment.");
                    return;
                }
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Import Cases");
                dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*" });
                dialog.setFilterNames(new String[] { "Case tables (*.csv, *.xlsx)", "All files" });
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                try {
                    new ImportDialog(window.getShell(), s, Path.of(chosen)).open();
                } catch (IOException | RuntimeException e) {
                    MessageDialog.openError(window.getShell(), "Import Cases", chosen + " cannot be read: " + e.getMessage());
                }
            }
        };
        a.setId("org.coprod.ui.importCases");
        return a;
    }

    /** File > Open Recent: the libraries opened last, rebuilt each time the menu shows; a folder that is gone is left out. */
    public static MenuManager openRecent(IWorkbenchWindow window) {
        MenuManager menu = new MenuManager("Open &Recent");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            WorkbenchSession s = session();
            int n = 1;
            for (String dir : CoprodPreferences.recentLibraries()) {
                Path folder = Path.of(dir);
                if (!Files.isRegularFile(folder.resolve(Library.LIBRARY_FILE)) || s != null && s.folder().equals(folder)) {
                    continue;
                }
                m.add(new Action("&" + n++ + " " + folder) {
                    @Override
                    public void run() {
                        if (UnsavedChanges.resolve(session(), window.getShell())) {
                            LibraryOpening.open(folder, window.getShell().getDisplay());
                        }
                    }
                });
            }
            if (n == 1) {
                Action none = new Action("(no other library opened yet)") {
                };
                none.setEnabled(false);
                m.add(none);
            }
        });
        // The menu needs one item to show as a submenu before its listener fills it.
        menu.add(new Action("") {
        });
        return menu;
    }

    /** File > Open Case File...: a case's .xmi opens in its library (never as a bare XML file). */
    public static Action openCaseFile(IWorkbenchWindow window) {
        Action a = new Action("Open Case &File...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
                dialog.setText("Open Case File");
                dialog.setFilterExtensions(new String[] { "*" + Library.CASE_FILE_SUFFIX });
                dialog.setFilterNames(new String[] { "Case files and library files (*" + Library.CASE_FILE_SUFFIX + ")" });
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                try {
                    Path file = Path.of(chosen);
                    Path folder = LibraryOpening.libraryOf(file);
                    WorkbenchSession s = session();
                    if (s != null && s.folder().equals(folder)) {
                        s.openCase(file.getFileName().toString().replace(Library.CASE_FILE_SUFFIX, ""));
                        return;
                    }
                    if (UnsavedChanges.resolve(s, window.getShell())) {
                        LibraryOpening.openCaseFile(file, window.getShell().getDisplay());
                    }
                } catch (IllegalArgumentException e) {
                    MessageDialog.openError(window.getShell(), "Open Case File", e.getMessage());
                }
            }
        };
        a.setId("org.coprod.ui.openCaseFile");
        return a;
    }

    public static Action newCase(IWorkbenchWindow window) {
        Action a = new Action("New &Case...") {
            @Override
            public void run() {
                try {
                    LibraryNavigator navigator = (LibraryNavigator) window.getActivePage().showView(LibraryNavigator.ID);
                    navigator.newCase();
                } catch (PartInitException e) {
                    ErrorDialog.openError(window.getShell(), "New Case", e.getMessage(), e.getStatus());
                }
            }
        };
        a.setId("org.coprod.ui.newCase");
        return a;
    }
}
