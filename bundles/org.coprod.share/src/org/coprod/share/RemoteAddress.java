package org.coprod.share;

import java.net.URISyntaxException;

import org.eclipse.jgit.transport.URIish;

/**
 * A remote's address as the user typed it, split into the address Git keeps (in {@code .git/config}) and the secret,
 * which is never kept: {@code https://ana:TOKEN@host/lib.git} is stored as {@code https://ana@host/lib.git} and the
 * token serves this session only.
 */
record RemoteAddress(URIish kept, Credentials typed) {

    static RemoteAddress of(String typed) throws ShareException {
        URIish uri;
        try {
            uri = new URIish(typed);
        } catch (URISyntaxException e) {
            throw new ShareException("'" + shown(typed) + "' is not a Git address (file://, https://, ssh:// or a folder): "
                    + e.getReason());
        }
        if (uri.getPass() == null) {
            return new RemoteAddress(uri, Credentials.NONE);
        }
        return new RemoteAddress(uri.setPass(null), Credentials.of(uri.getUser(), uri.getPass().toCharArray()));
    }

    /** An address fit for a message: any secret in it is replaced. */
    static String shown(String address) {
        return address == null ? null : address.replaceAll("(://[^/@:]*):[^/@]*@", "$1:***@");
    }
}
