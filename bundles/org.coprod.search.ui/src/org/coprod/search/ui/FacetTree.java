package org.coprod.search.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coprod.core.Countries;
import org.coprod.search.CaseDocument;
import org.coprod.search.SearchResults;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

/**
 * The facets of the Search view: each dimension (country, sector…) with its values and their counts, to tick. Ticked
 * values of one dimension are alternatives and dimensions combine — the search decides that; this tree keeps what is
 * ticked, and every value of a dimension stays listed (the search counts a dimension without its own ticks), so a
 * second country can be added to the first.
 */
final class FacetTree {

    /** A facet value in the tree. */
    record FacetValue(String dimension, String value, int count) {
    }

    /** Ticked facet values, by dimension. */
    private final Map<String, List<String>> ticked = new LinkedHashMap<>();
    private final CheckboxTreeViewer viewer;

    /** @param changed run when a value is ticked or unticked, to search again */
    FacetTree(Composite parent, Runnable changed) {
        viewer = new CheckboxTreeViewer(parent, SWT.BORDER);
        viewer.setContentProvider(new FacetContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof FacetValue v) {
                    // a country by its name in the workbench's language, its code beside
                    String value = v.dimension().equals(CaseDocument.COUNTRY) ? Countries.label(v.value(), Locale.getDefault())
                            : v.value();
                    return value + " — " + v.count();
                }
                return String.valueOf(element);
            }
        });
        viewer.addCheckStateListener(e -> {
            if (e.getElement() instanceof FacetValue v) {
                List<String> values = ticked.computeIfAbsent(v.dimension(), k -> new ArrayList<>());
                if (e.getChecked()) {
                    values.add(v.value());
                } else {
                    values.remove(v.value());
                    if (values.isEmpty()) {
                        ticked.remove(v.dimension());
                    }
                }
                changed.run();
            } else {
                viewer.setChecked(e.getElement(), false); // dimensions are headings, not values
            }
        });
    }

    Tree tree() {
        return viewer.getTree();
    }

    /** The ticked values, by dimension, for a search request. */
    Map<String, List<String>> ticked() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        ticked.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
        return copy;
    }

    /** Shows the counts of a search, with what is ticked still ticked. */
    void show(Map<String, List<SearchResults.FacetCount>> counts) {
        Map<String, List<SearchResults.FacetCount>> shown = withTicked(counts);
        viewer.setInput(shown);
        viewer.expandAll();
        ticked.forEach((dim, values) -> {
            for (String v : values) {
                shown.getOrDefault(dim, List.of()).stream().filter(f -> f.value().equals(v)).findFirst()
                        .ifPresent(f -> viewer.setChecked(new FacetValue(dim, f.value(), f.count()), true));
            }
        });
    }

    /** Shows no facets (for a list of similar cases), keeping what is ticked for the next search. */
    void clear() {
        viewer.setInput(Map.of());
    }

    /** The counts, plus every ticked value that no longer matches (count 0), so that it can still be unticked. */
    private Map<String, List<SearchResults.FacetCount>> withTicked(Map<String, List<SearchResults.FacetCount>> counts) {
        Map<String, List<SearchResults.FacetCount>> all = new LinkedHashMap<>();
        counts.forEach((dim, values) -> all.put(dim, new ArrayList<>(values)));
        ticked.forEach((dim, values) -> {
            List<SearchResults.FacetCount> list = all.computeIfAbsent(dim, k -> new ArrayList<>());
            for (String v : values) {
                if (list.stream().noneMatch(f -> f.value().equals(v))) {
                    list.add(new SearchResults.FacetCount(v, 0));
                }
            }
        });
        return all;
    }

    /** Dimensions at the top, their values with counts below. */
    private static final class FacetContent implements ITreeContentProvider {
        private Map<String, List<SearchResults.FacetCount>> counts = Map.of();

        @SuppressWarnings("unchecked")
        @Override
        public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
            counts = newInput instanceof Map<?, ?> m ? (Map<String, List<SearchResults.FacetCount>>) m : Map.of();
        }

        @Override
        public Object[] getElements(Object input) {
            return counts.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof String dim) {
                return counts.getOrDefault(dim, List.of()).stream().map(f -> new FacetValue(dim, f.value(), f.count()))
                        .toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof FacetValue v ? v.dimension() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }
    }
}
