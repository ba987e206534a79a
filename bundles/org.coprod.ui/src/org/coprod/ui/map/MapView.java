package org.coprod.ui.map;

import java.util.Collection;
import java.util.List;

import org.coprod.ui.LibraryView;
import org.coprod.ui.WorkbenchSession;
import org.coprod.ui.navigator.LibraryNavigator;
import org.coprod.ui.summary.CaseSummary;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;

/**
 * The map as a view: the cases the Library navigator's filter shows, counted per country (in any country, so that
 * choosing one leaves the others shaded); a click keeps the navigator to the country clicked, a click on the sea lets
 * it go. Without a navigator open, every case of the library is counted.
 */
public class MapView extends LibraryView {

    public static final String ID = "org.coprod.ui.mapView";

    private CaseMap map;
    private LibraryNavigator followed;
    private final Runnable recount = this::recount;
    private final IPartListener2 navigatorComesAndGoes = new IPartListener2() {
        @Override
        public void partOpened(IWorkbenchPartReference ref) {
            if (LibraryNavigator.ID.equals(ref.getId())) {
                follow(ref.getPart(false));
                recount();
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (LibraryNavigator.ID.equals(ref.getId())) {
                follow(null);
                recount();
            }
        }
    };

    @Override
    protected void createContent(Composite parent) {
        parent.setLayout(new FillLayout());
        map = new CaseMap(parent);
        map.onCountryClicked(this::keepNavigatorTo);
        getSite().getPage().addPartListener(navigatorComesAndGoes);
        follow(getSite().getPage().findView(LibraryNavigator.ID));
    }

    public CaseMap map() {
        return map;
    }

    private void follow(IWorkbenchPart part) {
        if (followed != null) {
            followed.removeFilterListener(recount);
        }
        followed = part instanceof LibraryNavigator n ? n : null;
        if (followed != null) {
            followed.addFilterListener(recount);
        }
    }

    private void keepNavigatorTo(String country) {
        if (session() == null) {
            return;
        }
        try {
            if (followed == null) {
                follow(getSite().getPage().showView(LibraryNavigator.ID, null, IWorkbenchPage.VIEW_VISIBLE));
            }
            followed.filterByCountry(country);
        } catch (PartInitException e) {
            // the navigator cannot open: nothing to filter, and the map still shows every case
            map.show(map.counts(), null);
        }
    }

    private void recount() {
        if (map == null || map.isDisposed()) {
            return;
        }
        WorkbenchSession s = session();
        Collection<CaseSummary> shown;
        if (s == null) {
            shown = List.of();
        } else if (followed != null) {
            shown = followed.shown(followed.filter().anyCountry());
        } else {
            shown = s.summaries();
        }
        map.show(CountryCounts.of(shown), followed == null ? null : followed.filter().country());
    }

    @Override
    protected void activated(WorkbenchSession session) {
        setContentDescription(session.name());
        recount();
    }

    @Override
    protected void loaded(WorkbenchSession session) {
        recount();
    }

    @Override
    protected void casesChanged(WorkbenchSession session) {
        recount();
    }

    @Override
    protected void closed() {
        setContentDescription("No library open");
        recount();
    }

    @Override
    public void setFocus() {
        map.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(navigatorComesAndGoes);
        follow(null);
        super.dispose();
    }
}
