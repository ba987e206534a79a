package org.coprod.share;

import java.util.Arrays;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * A user name and access token for an https remote, held in memory only: never written into the library, its Git
 * configuration or a message; or, for an ssh remote, who to ask what its transport needs ({@link #asking}).
 * {@link #NONE} serves file:// remotes and remotes that need no login, and asks nothing.
 */
public final class Credentials {

    public static final Credentials NONE = new Credentials(null, null, null);

    private final String user;
    private final char[] token;
    private final CredentialsProvider questions;

    private Credentials(String user, char[] token, CredentialsProvider questions) {
        this.user = user;
        this.token = token;
        this.questions = questions;
    }

    public static Credentials of(String user, char[] token) {
        return new Credentials(user, token.clone(), null);
    }

    /**
     * No token, but someone to ask what an ssh remote needs: a key's passphrase, or whether to trust a host that
     * {@code ~/.ssh/known_hosts} does not know (the question shows the host's key fingerprints).
     */
    public static Credentials asking(CredentialsProvider questions) {
        return new Credentials(null, null, questions);
    }

    public boolean isEmpty() {
        return token == null;
    }

    CredentialsProvider provider() {
        return token == null ? questions : new UsernamePasswordCredentialsProvider(user == null ? "" : user, token);
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
