package org.coprod.share;

import java.util.Arrays;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A user name and access token for an https remote, held in memory only: never written into the library, its Git
 * configuration or a message. {@link #NONE} serves file:// remotes and remotes that need no login.
 */
public final class Credentials {

    public static final Credentials NONE = new Credentials(null, null);

    private final String user;
    private final char[] token;

    private Credentials(String user, char[] token) {
        this.user = user;
        this.token = token;
    }

    public static Credentials of(String user, char[] token) {
        return new Credentials(user, token.clone());
    }

    public boolean isEmpty() {
        return token == null;
    }

    CredentialsProvider provider() {
        return token == null ? null : new UsernamePasswordCredentialsProvider(user == null ? "" : user, token);
    }

    /** Forgets the token (the caller's copy is its own to clear). */
    public void clear() {
        if (token != null) {
            Arrays.fill(token, '\0');
        }
    }

    /** Never the token: a credentials object that reaches a message or a log shows only who it is for. */
    @Override
    public String toString() {
        return isEmpty() ? "no credentials" : "credentials of " + user;
    }
}
