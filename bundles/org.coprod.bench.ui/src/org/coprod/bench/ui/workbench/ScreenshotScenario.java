package org.coprod.bench.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coprod.model.Case;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.compare.ComparisonView;
import org.coprod.ui.editor.CaseEditor;
import org.coprod.ui.editor.CaseEditorInput;
import org.coprod.ui.navigator.LibraryNavigator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * What {@link ScreenshotApplication} adds to the workbench: once the library has loaded, shows the states that
 * releng/screenshots.sh captures (main window with a case open, the case editor, the matrix, a comparison of three
 * cases, the map), printing {@code COPROD-SCENARIO <state>} when each is on screen and holding it a few seconds, then quits.
 */
final class ScreenshotScenario implements WorkbenchSession.Observer {

    private static final int HOLD_MS = Integer.getInteger("coprod.scenarioHoldMs", 4000);
    private Display display;

    /** Waits for the first library to load; registered before the workbench starts, so that it cannot miss it. */
    void start() {
        WorkbenchSession.addObserver(this);
    }

    @Override
    public void sessionLoaded(WorkbenchSession session) {
        WorkbenchSession.removeObserver(this);
        display = PlatformUI.getWorkbench().getDisplay();
        display.timerExec(1500, () -> run(session));
    }

    private void run(WorkbenchSession session) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        List<Case> cases = new ArrayList<>(session.library().root().getCases());
        if (cases.isEmpty()) {
            announce("empty");
            return;
        }
        cases.sort(Comparator.comparingInt((Case c) -> -c.getCodings().size() - c.getNotes().size() - c.getOutcomes().size()));
        Case featured = cases.stream().filter(c -> c.getId().contains("beacon")).findFirst().orElse(cases.get(0));
        session.openCase(featured);
        LibraryNavigator navigator = (LibraryNavigator) page.findView(LibraryNavigator.ID);
        if (navigator != null && navigator.viewer().getTree().getItemCount() > 0) {
            navigator.viewer().expandToLevel(navigator.viewer().getTree().getItem(0).getData(), 1);
        }
        CaseEditor editor = (CaseEditor) page.findEditor(new CaseEditorInput(session, featured.getId()));
        List<Case> compared = new ArrayList<>();
        compared.add(featured);
        cases.stream().filter(c -> c != featured).limit(2).forEach(compared::add);
        ComparisonView comparison = (ComparisonView) show(page, ComparisonView.ID);
        if (comparison != null) {
            comparison.compare(compared);
        }
        show(page, "org.coprod.ui.problemsView");
        if (editor != null) {
            page.activate(editor);
            // Build every page once (a page is built when first shown), so that the run also checks them all.
            for (String id : new String[] { "overview", "actors", "politics", "resources", "outcomes", "sources", "notes", "coding" }) {
                editor.setActivePage(id);
            }
        }
        step("main", () -> {
            show(page, ComparisonView.ID);
            if (editor != null) {
                editor.setActivePage(System.getProperty("coprod.scenarioPage", "notes"));
                page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
            }
            step("editor", () -> {
                if (editor != null) {
                    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
                }
                IViewPart matrix = show(page, "org.coprod.ui.matrixView");
                maximize(page, matrix);
                step("matrix", () -> {
                    restore(page, matrix);
                    IViewPart view = show(page, ComparisonView.ID);
                    maximize(page, view);
                    step("comparison", () -> {
                        restore(page, view);
                        // The map beside the navigator, kept to Brazil as a click on it keeps it.
                        show(page, "org.coprod.ui.mapView");
                        if (navigator != null) {
                            navigator.filterByCountry("BR");
                        }
                        step("map", () -> {
                            if (navigator != null) {
                                navigator.filterByCountry(null);
                            }
                            announce("done");
                            PlatformUI.getWorkbench().close();
                        });
                    });
                });
            });
        });
    }

    private void step(String state, Runnable next) {
        display.timerExec(800, () -> {
            announce(state);
            display.timerExec(HOLD_MS, next);
        });
    }

    private static IViewPart show(IWorkbenchPage page, String id) {
        try {
            return page.showView(id);
        } catch (PartInitException e) {
            return null;
        }
    }

    private static void maximize(IWorkbenchPage page, IWorkbenchPart part) {
        if (part instanceof IViewPart v) {
            page.setPartState(page.getReference(v), IWorkbenchPage.STATE_MAXIMIZED);
        }
    }

    private static void restore(IWorkbenchPage page, IWorkbenchPart part) {
        if (part instanceof IViewPart v) {
            page.setPartState(page.getReference(v), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void announce(String state) {
        // Keep the pointer off the views so that no tooltip covers them.
        display.setCursorLocation(1270, 795);
        for (Shell s : display.getShells()) {
            s.update();
        }
        System.out.println("COPROD-SCENARIO " + state);
        System.out.flush();
    }
}
