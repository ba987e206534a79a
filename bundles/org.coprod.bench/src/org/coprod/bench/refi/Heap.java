package org.coprod.bench.refi;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/** The heap as the JVM's memory pools see it: in use now, and the peak reached since the last reset. */
final class Heap {

    private static final List<MemoryPoolMXBean> POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    private Heap() {
    }

    static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        POOLS.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The time all collectors have spent so far, in milliseconds. */
    static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0).sum();
    }

    /** The sum of each pool's peak: the pools peak at different moments, so this is an upper bound of the true peak. */
    static long peak() {
        return POOLS.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
