package org.coprod.search;

import org.apache.lucene.codecs.Codec;

/**
 * Makes Lucene's bundle the thread's context class loader for the span of a try-with-resources block. Lucene finds its
 * codecs and analysis factories through {@link java.util.ServiceLoader}; inside OSGi the context class loader of a
 * workbench or Job thread cannot see Lucene's service files, and reading an index then fails with "Could not load
 * codec".
 */
final class LuceneContext implements AutoCloseable {

    private static final ClassLoader LUCENE = Codec.class.getClassLoader();

    private final Thread thread;
    private final ClassLoader previous;

    private LuceneContext() {
        thread = Thread.currentThread();
        previous = thread.getContextClassLoader();
        thread.setContextClassLoader(LUCENE);
    }

    static LuceneContext enter() {
        return new LuceneContext();
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
