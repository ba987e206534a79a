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
        Label id = tk.createLabel(body, "Id");
        id.setLayoutData(new GridData());
        Label idValue = tk.createLabel(body, c.getId());
        idValue.setLayoutData(narrow(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1)));
        Binding name = b.field(body, "Name", owner, CASE__NAME);
        span(name, 3);
        span(b.field(body, "Aliases", owner, CASE__ALIASES), 3);
        b.field(body, "Countries (ISO codes)", owner, CASE__COUNTRIES);
        b.field(body, "Places", owner, CASE__PLACES);
        Label namesLabel = tk.createLabel(body, "Country names");
        namesLabel.setLayoutData(new GridData());
        Label names = tk.createLabel(body, "");
        names.setLayoutData(narrow(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1)));
        Runnable showNames = () -> {
            if (!names.isDisposed()) {
                // the codes are what the library stores; the names, in the workbench's language, are what users read
                names.setText(c.getCountries().isEmpty() ? "(none)" : c.getCountries().stream()
                        .map(code -> Countries.label(code, Locale.getDefault())).collect(Collectors.joining(", ")));
            }
        };
        showNames.run();
        form.onRefresh(showNames);
        span(b.field(body, "Sectors", owner, CASE__SECTORS), 3);
        b.field(body, "Period start", owner, CASE__PERIOD_START);
        b.field(body, "Period end", owner, CASE__PERIOD_END);
        b.field(body, "Ongoing", owner, CASE__ONGOING);
        b.field(body, "Period note", owner, CASE__PERIOD_NOTE);
        b.field(body, "Case type", owner, CASE__CASE_TYPE);
        b.field(body, "Initiator", owner, CASE__INITIATOR_MODE);
        b.field(body, "Scale", owner, CASE__SCALE);
        b.field(body, "Co-producers", owner, CASE__CO_PRODUCERS);
        Label parentLabel = tk.createLabel(body, "Part of");
        parentLabel.setLayoutData(new GridData());
        Label parent = tk.createLabel(body, "");
        parent.setLayoutData(narrow(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1)));
        form.onRefresh(() -> {
            if (!parent.isDisposed()) {
                parent.setText(c.getParent() == null ? "(none; set it in the Properties view)" : Names.of(c.getParent()));
            }
        });
        span(b.field(body, "Summary", owner, CASE__SUMMARY, null, true), 3);
        span(b.field(body, "Context", owner, CASE__CONTEXT, null, true), 3);
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
