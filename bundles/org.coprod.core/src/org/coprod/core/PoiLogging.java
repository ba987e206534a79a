package org.coprod.core;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Keeps POI's first log call from blocking forever in the product. POI logs through the Log4j API; in the product SPI
 * Fly activates the log4j-api bundle on the start-level thread, and with no Log4j provider installed its activator keeps
 * {@code ProviderUtil}'s startup lock on that thread for good, so the first XWPF class to log (any document part) waits
 * on a lock nobody will release. When that is the case, this picks the provider as Log4j itself would without the lock
 * (its no-op fallback when none is installed) so that no thread ever needs the lock (both Word export and XLSX import
 * use POI, and PDFBox's Commons Logging hands over to the same Log4j API). Where the lock is free (tests, other runtimes)
 * it does nothing. The lasting fix is a Log4j provider in the product (log4j-to-jul or log4j-core; not done yet).
 */
public final class PoiLogging {

    private static volatile boolean checked;

    private PoiLogging() {
    }

    /** Call before the first use of POI in a thread that may be the first to make POI log. */
    public static void unblock() {
        if (checked) {
            return;
        }
        synchronized (PoiLogging.class) {
            if (checked) {
                return;
            }
            checked = true;
            try {
                ClassLoader poi = XSSFWorkbook.class.getClassLoader();
                Class<?> logManager = Class.forName("org.apache.logging.log4j.LogManager", false, poi);
                ClassLoader log4j = logManager.getClassLoader();
                Class<?> providers = Class.forName("org.apache.logging.log4j.util.ProviderUtil", true, log4j);
                Field provider = field(providers, "PROVIDER");
                if (provider.get(null) != null || !(field(providers, "STARTUP_LOCK").get(null) instanceof ReentrantLock lock)
                        || !lock.isLocked() || lock.isHeldByCurrentThread()) {
                    return;
                }
                Class<?> propertiesUtil = Class.forName("org.apache.logging.log4j.util.PropertiesUtil", true, log4j);
                Class<?> logger = Class.forName("org.apache.logging.log4j.Logger", false, log4j);
                Method select = providers.getDeclaredMethod("selectProvider", propertiesUtil, Collection.class, logger);
                select.setAccessible(true);
                Object properties = propertiesUtil.getMethod("getProperties").invoke(null);
                // Log4j would report "could not find a logging provider" at ERROR: not news to a user of the workbench
                Object quiet = Proxy.newProxyInstance(log4j, new Class<?>[] { logger }, (self, method, args) -> {
                    Class<?> r = method.getReturnType();
                    return r == boolean.class ? Boolean.FALSE : r == void.class ? null : r.isPrimitive() ? 0 : null;
                });
                provider.set(null, select.invoke(null, properties, field(providers, "PROVIDERS").get(null), quiet));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // another Log4j version, or no Log4j at all: POI then logs (or not) as it always does
            }
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
