package org.coprod.share.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.coprod.share.Credentials;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Logins for https remotes, by host: held for this session in memory and, when the user asks and Eclipse secure
 * storage works on this machine, kept there (encrypted). Never in the library, its Git configuration or a log.
 */
final class Logins {

    private static final String NODE = "org.coprod.share";
    private static final Map<String, Credentials> SESSION = new ConcurrentHashMap<>();

    private Logins() {
    }

    /** Whether a remote needs a login at all: only https remotes do here. */
    static boolean needed(String remote) {
        return remote != null && remote.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    static String host(String remote) {
        try {
            return URI.create(remote).getHost();
        } catch (IllegalArgumentException e) {
            return remote;
        }
    }

    /** The login known for the remote's host: this session's, or the secure storage's. */
    static Optional<Credentials> known(String remote) {
        String host = host(remote);
        Credentials c = SESSION.get(host);
        if (c != null) {
            return Optional.of(c);
        }
        try {
            ISecurePreferences node = node(host);
            String user = node.get("user", null);
            String token = node.get("token", null);
            if (token != null) {
                Credentials stored = Credentials.of(user, token.toCharArray());
                SESSION.put(host, stored);
                return Optional.of(stored);
            }
        } catch (StorageException | RuntimeException e) {
            // no usable secure storage here: the login is asked for each session
        }
        return Optional.empty();
    }

    /** Keeps a login for this session and, if asked, in the secure storage; says whether the storage took it. */
    static boolean keep(String remote, String user, char[] token, boolean store) {
        String host = host(remote);
        SESSION.put(host, Credentials.of(user, token));
        if (!store) {
            return false;
        }
        try {
            ISecurePreferences node = node(host);
            node.put("user", user, false);
            node.put("token", new String(token), true);
            node.flush();
            return true;
        } catch (StorageException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** Forgets a login the remote refused. */
    static void forget(String remote) {
        String host = host(remote);
        SESSION.remove(host);
        try {
            node(host).removeNode();
        } catch (RuntimeException e) {
            // nothing stored
        }
    }

    private static ISecurePreferences node(String host) {
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(host.getBytes(StandardCharsets.UTF_8));
        return SecurePreferencesFactory.getDefault().node(NODE).node(key);
    }
}
