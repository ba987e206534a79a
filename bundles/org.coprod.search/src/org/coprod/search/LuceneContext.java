package org.coprod.search;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.lucene.codecs.Codec;

/**
 * Makes Lucene's bundle the thread's context class loader for the span of a try-with-resources block. Lucene finds its
 * codecs and analysis factories through {@link java.util.ServiceLoader}; inside OSGi the context class loader of a
 * workbench or Job thread cannot see Lucene's service files, and reading an index then fails with "Could not load
 * codec".
 */
final class LuceneContext implements AutoCloseable {

    /**
     * Lucene logs a warning on every start that it cannot use the JDK's incubating vector API; on a command line that
     * is noise. Held here so the logger (and its level) is not garbage-collected.
     */
    private static final Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");
    private static final ClassLoader LUCENE = Codec.class.getClassLoader();

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

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
