package org.coprod.core;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * Serialises the case files of a save on every core. Each case is a resource of its own, and saving one reads its own
 * objects and, of the objects it refers to in other files, only their ids: EMF writes a reference as it finds it and
 * resolves no proxy, so nothing another thread reads is changed (saving changes only the resource's own modified flag
 * and error lists). The library file, which every case refers into, is not written by these threads.
 */
final class SaveThreads {

    /** Below this many files a save is done on the calling thread: starting threads would cost more than it saves. */
    static final int PARALLEL_FROM = 64;

    interface Work<R> {
        R apply(Resource resource) throws IOException;
    }

    private SaveThreads() {
    }

    /**
     * {@code work} applied to every resource, the results in the order of {@code resources}; the calling thread works
     * too. The first failure stops the others (those under way finish their file) and is thrown.
     */
    static <R> List<R> each(List<Resource> resources, Work<R> work) throws IOException {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), 8);
        List<R> results = new ArrayList<>(resources.size());
        if (threads < 2 || resources.size() < PARALLEL_FROM) {
            for (Resource r : resources) {
                results.add(work.apply(r));
            }
            return results;
        }
        Object[] out = new Object[resources.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable worker = () -> {
            for (int i; failed.get() == null && (i = next.getAndIncrement()) < out.length;) {
                try {
                    out[i] = work.apply(resources.get(i));
                } catch (IOException | RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            started.add(Thread.ofPlatform().daemon().name("coprod-save-" + t).start(worker));
        }
        worker.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the other threads stop at their next file only when one fails: wait for them
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failed.get();
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error err) {
            throw err;
        }
        for (Object o : out) {
            @SuppressWarnings("unchecked")
            R r = (R) o;
            results.add(r);
        }
        return results;
    }
}
