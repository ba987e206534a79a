package org.coprod.share.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.share.LibraryStatus;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the navigator and the status line say of a shared library, against libraries where the opposite holds. */
class ShareMarksTests {

    private static final Path FOLDER = Path.of("/tmp/lib");

    @AfterEach
    void forget() {
        ShareMarks.publish(new ShareMarks.Marks(null, null));
        flush();
    }

    private static void flush() {
        while (Display.getDefault().readAndDispatch()) {
            // let the published marks reach the listeners
        }
    }

    private static LibraryStatus status(int ahead, int behind, String... changedIds) {
        List<LibraryStatus.ChangedCase> cases = new ArrayList<>();
        for (String id : changedIds) {
            cases.add(new LibraryStatus.ChangedCase(id, id, LibraryStatus.Kind.CHANGED));
        }
        return new LibraryStatus(cases, false, List.of(), ahead, behind, false);
    }

    private static List<String> prefixes(Object element) {
        List<String> added = new ArrayList<>();
        IDecoration decoration = (IDecoration) Proxy.newProxyInstance(IDecoration.class.getClassLoader(),
                new Class<?>[] {IDecoration.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("addPrefix")) {
                        added.add((String) args[0]);
                    }
                    return null;
                });
        new ChangedCaseDecorator().decorate(element, decoration);
        return added;
    }

    private static CaseSummary summary(String id) {
        return CaseSummary.ofCells(id, id, List.of(), List.of(), null, null, null, List.of());
    }

    @Test
    void onlyCasesChangedSinceTheLastCommitAreMarked() {
        ShareMarks.publish(new ShareMarks.Marks(FOLDER, status(0, 0, "alpha")));
        assertEquals(List.of(ChangedCaseDecorator.MARK), prefixes(summary("alpha")));
        assertEquals(List.of(), prefixes(summary("beta")));
    }

    @Test
    void nothingIsMarkedWhileTheStatusIsUnknown() {
        ShareMarks.publish(new ShareMarks.Marks(FOLDER, null));
        assertEquals(List.of(), prefixes(summary("alpha")));
        assertEquals("", ShareMarks.statusText(ShareMarks.current()), "unknown is not shown as clean");
    }

    @Test
    void theStatusLineSaysAheadAndBehindAsRead() {
        assertEquals("Shared: 2 ahead, 0 behind the remote (as of the last pull or push)",
                ShareMarks.statusText(new ShareMarks.Marks(FOLDER, status(2, 0))));
        assertEquals("Shared: 1 case uncommitted; 0 ahead, 3 behind the remote (as of the last pull or push)",
                ShareMarks.statusText(new ShareMarks.Marks(FOLDER, status(0, 3, "alpha"))));
        assertEquals("Shared: no remote branch yet", ShareMarks.statusText(new ShareMarks.Marks(FOLDER, status(-1, -1))));
    }
}
