package org.coprod.ui.editor;

import static org.coprod.model.CoprodPackage.Literals.CASE__ALIASES;
import static org.coprod.model.CoprodPackage.Literals.CASE__CASE_TYPE;
import static org.coprod.model.CoprodPackage.Literals.CASE__CONTEXT;
import static org.coprod.model.CoprodPackage.Literals.CASE__COUNTRIES;
import static org.coprod.model.CoprodPackage.Literals.CASE__CO_PRODUCERS;
import static org.coprod.model.CoprodPackage.Literals.CASE__INITIATOR_MODE;
import static org.coprod.model.CoprodPackage.Literals.CASE__NAME;
import static org.coprod.model.CoprodPackage.Literals.CASE__ONGOING;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_END;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_NOTE;
import static org.coprod.model.CoprodPackage.Literals.CASE__PERIOD_START;
import static org.coprod.model.CoprodPackage.Literals.CASE__PLACES;
import static org.coprod.model.CoprodPackage.Literals.CASE__SCALE;
import static org.coprod.model.CoprodPackage.Literals.CASE__SECTORS;
import static org.coprod.model.CoprodPackage.Literals.CASE__SUMMARY;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.coprod.core.Countries;
import org.coprod.model.Case;
import org.coprod.ui.editor.FieldBinder.Binding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** Overview: what the case is, where and when (name, aliases, countries, places, sectors, period, type, parent, summary). */
public final class OverviewPage {

    private OverviewPage() {
    }

    /** Builds the page; returns the binding of the name field (tests type into it). */
    public static Binding fill(Composite body, CaseForm form) {
        FormToolkit tk = form.toolkit();
        body.setLayout(new GridLayout(4, false));
        Case c = form.theCase();
        Supplier<EObject> owner = () -> c;
        FieldBinder b = form.binder();
        Label id = tk.createLabel(body, Messages.OverviewPage_id);
        id.setLayoutData(new GridData());
        Label idValue = tk.createLabel(body, c.getId());
        idValue.setLayoutData(narrow(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1)));
        Binding name = b.field(body, Messages.OverviewPage_name, owner, CASE__NAME);
        span(name, 3);
        span(b.field(body, Messages.OverviewPage_aliases, owner, CASE__ALIASES), 3);
        b.field(body, Messages.OverviewPage_countriesISOCodes, owner, CASE__COUNTRIES);
        b.field(body, Messages.OverviewPage_places, owner, CASE__PLACES);
        Label namesLabel = tk.createLabel(body, Messages.OverviewPage_countryNames);
        namesLabel.setLayoutData(new GridData());
        Label names = tk.createLabel(body, "");
        names.setLayoutData(narrow(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1)));
        Runnable showNames = () -> {
            if (!names.isDisposed()) {
                // the codes are what the library stores; the names, in the workbench's language, are what users read
                names.setText(c.getCountries().isEmpty() ? Messages.OverviewPage_noCountry : c.getCountries().stream()
                        .map(code -> Countries.label(code, Locale.getDefault())).collect(Collectors.joining(", ")));
            }
        };
        showNames.run();
        form.onRefresh(showNames);
        span(b.field(body, Messages.OverviewPage_sectors, owner, CASE__SECTORS), 3);
        b.field(body, Messages.OverviewPage_periodStart, owner, CASE__PERIOD_START);
        b.field(body, Messages.OverviewPage_periodEnd, owner, CASE__PERIOD_END);
        b.field(body, Messages.OverviewPage_ongoing, owner, CASE__ONGOING);
        b.field(body, Messages.OverviewPage_periodNote, owner, CASE__PERIOD_NOTE);
        b.field(body, Messages.OverviewPage_caseType, owner, CASE__CASE_TYPE);
        b.field(body, Messages.OverviewPage_initiator, owner, CASE__INITIATOR_MODE);
        b.field(body, Messages.OverviewPage_scale, owner, CASE__SCALE);
        b.field(body, Messages.OverviewPage_coProducers, owner, CASE__CO_PRODUCERS);
        Label parentLabel = tk.createLabel(body, Messages.OverviewPage_partOf);
        parentLabel.setLayoutData(new GridData());
        Label parent = tk.createLabel(body, "");
        parent.setLayoutData(narrow(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1)));
        form.onRefresh(() -> {
            if (!parent.isDisposed()) {
                parent.setText(c.getParent() == null ? Messages.OverviewPage_noneSetItIn : Names.of(c.getParent()));
            }
        });
        span(b.field(body, Messages.OverviewPage_summary, owner, CASE__SUMMARY, null, true), 3);
        span(b.field(body, Messages.OverviewPage_context, owner, CASE__CONTEXT, null, true), 3);
        return name;
    }

    /** Long text in a label fills the width it is given instead of widening the form. */
    private static GridData narrow(GridData gd) {
        gd.widthHint = 50;
        return gd;
    }

    private static void span(Binding b, int columns) {
        GridData gd = (GridData) b.control().getLayoutData();
        if (gd == null) {
            gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        }
        gd.horizontalSpan = columns;
        b.control().setLayoutData(gd);
    }
}
