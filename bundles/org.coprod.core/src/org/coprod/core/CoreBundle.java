package org.coprod.core;

import org.coprod.core.validation.CaseValidator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The core bundle's start: the one place the model's validation rules are registered with EMF, so that every
 * {@code Diagnostician} (the editor's field decorations, the Problems view, {@code coprod validate}) applies them. The
 * bundle starts lazily, before the first of its classes is used.
 */
public final class CoreBundle implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        CaseValidator.register();
    }

    @Override
    public void stop(BundleContext context) {
        // The registry outlives the bundle: leaving the rules in it would keep a stopped bundle's classes in use.
        CaseValidator.unregister();
    }
}
