package org.coprod.core;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * XMI resources that find an object by its id in a map rather than by walking the whole file: every reference from
 * a case file into the library file (a segment's document, codes and coder) is resolved so, the first time it is
 * followed, and a case with thousands of segments would otherwise walk library.xmi thousands of times.
 */
final class IndexedXmi extends XMIResourceFactoryImpl {
    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri);
        resource.setIntrinsicIDToEObjectMap(new HashMap<>());
        return resource;
    }
}
