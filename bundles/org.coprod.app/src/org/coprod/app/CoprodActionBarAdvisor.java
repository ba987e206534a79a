package org.coprod.app;

import org.coprod.ui.actions.LibraryStatus;
import org.eclipse.jface.action.IStatusLineManager;
import org.coprod.ui.actions.LibraryActions;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menus, with the standard group markers so that other bundles contribute (File > additions and export; Edit >
 * additions). Undo, Redo, Save, Save All and Delete are retargetable: the active view or editor supplies them.
 */
final class CoprodActionBarAdvisor extends ActionBarAdvisor {

    private IAction newLibrary;
    private IAction openLibrary;
    private IAction openCaseFile;
    private IAction newCase;
    private IAction save;
    private IAction saveAll;
    private IAction export;
    private IAction quit;
    private IAction undo;
    private IAction redo;
    private IAction delete;
    private IAction cut;
    private IAction copy;
    private IAction paste;
    private IAction selectAll;
    private IAction preferences;
    private IAction resetPerspective;
    private IAction about;
    private IWorkbenchWindow window;

    CoprodActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        window = w;
        newLibrary = LibraryActions.newLibrary(w);
        openLibrary = LibraryActions.openLibrary(w);
        openCaseFile = LibraryActions.openCaseFile(w);
        newCase = LibraryActions.newCase(w);
        // Key bindings (plugin.xml) reach these actions through their command ids.
        newCase.setActionDefinitionId("org.coprod.app.newCase");
        openLibrary.setActionDefinitionId("org.coprod.app.openLibrary");
        register(newCase);
        register(openLibrary);
        register(save = ActionFactory.SAVE.create(w));
        register(saveAll = ActionFactory.SAVE_ALL.create(w));
        register(export = ActionFactory.EXPORT.create(w));
        register(quit = ActionFactory.QUIT.create(w));
        register(undo = ActionFactory.UNDO.create(w));
        register(redo = ActionFactory.REDO.create(w));
        register(delete = ActionFactory.DELETE.create(w));
        register(cut = ActionFactory.CUT.create(w));
        register(copy = ActionFactory.COPY.create(w));
        register(paste = ActionFactory.PASTE.create(w));
        register(selectAll = ActionFactory.SELECT_ALL.create(w));
        register(preferences = ActionFactory.PREFERENCES.create(w));
        register(resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(w));
        register(about = ActionFactory.ABOUT.create(w));
    }

    @Override
    protected void fillMenuBar(IMenuManager bar) {
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(newLibrary);
        file.add(openLibrary);
        file.add(LibraryActions.openRecent(window));
        file.add(openCaseFile);
        file.add(LibraryActions.closeLibrary(window));
        file.add(new Separator());
        file.add(newCase);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new Separator());
        file.add(save);
        file.add(saveAll);
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(LibraryActions.importCases(window));
        file.add(export);
        file.add(new GroupMarker("export"));
        file.add(new Separator());
        file.add(quit);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(undo);
        edit.add(redo);
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(selectAll);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(resetPerspective);
        windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        windowMenu.add(new Separator());
        windowMenu.add(preferences);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(about);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        bar.add(file);
        bar.add(edit);
        bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        bar.add(windowMenu);
        bar.add(help);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new LibraryStatus());
    }
}
