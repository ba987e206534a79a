package org.coprod.search.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coprod.core.Library;
import org.coprod.export.BriefException;
import org.coprod.export.BriefExport;
import org.coprod.export.results.ResultFormat;
import org.coprod.export.results.ResultsExport;
import org.coprod.model.Case;
import org.coprod.search.CaseIndex;
import org.coprod.search.CaseSearch;
import org.coprod.search.QuerySyntaxException;
import org.coprod.search.SearchHit;
import org.coprod.search.SearchRequest;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Exports every case a search request matches (the query and the ticked facets, not only the hits the table shows) to
 * a file, in the background with progress and cancel. Its result says what it wrote, or why it wrote nothing.
 */
final class ResultsExportJob extends Job {

    private static final String PLUGIN = "org.coprod.search.ui";

    private final CaseIndex index;
    private final SearchRequest request;
    private final Library library;
    private final ResultsExport export;
    private final Path file;

    ResultsExportJob(CaseIndex index, SearchRequest request, Library library, Path file, ResultFormat format, boolean overwrite) {
        super("Exporting search results to " + file.getFileName());
        this.index = index;
        this.request = request;
        this.library = library;
        this.file = file;
        this.export = new ResultsExport(format, file, library.folder(), overwrite);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        try {
            export.check();
            List<SearchHit> hits = new CaseSearch(index).all(request);
            progress.worked(3);
            List<Case> cases = new ArrayList<>(hits.size());
            for (SearchHit h : hits) {
                library.findCase(h.id()).ifPresent(cases::add);
            }
            ResultsExport.Result r = export.write(cases, library.root(), progress.split(7));
            return Status.info(r.cases() + (r.cases() == 1 ? " case" : " cases") + " exported to " + r.file());
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (BriefExport.DestinationExistsException e) {
            return error(e.file() + " already exists; nothing was written");
        } catch (BriefException e) {
            return error(e.getMessage() + "; nothing was written");
        } catch (QuerySyntaxException e) {
            return error("The query cannot be read: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return error("Cannot export the search results to " + file + ": " + e.getMessage());
        }
    }

    private static IStatus error(String message) {
        return new Status(IStatus.ERROR, PLUGIN, message);
    }
}
