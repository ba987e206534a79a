package org.coprod.share;

import java.io.File;
import java.nio.file.Path;

import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.transport.SshSessionFactory;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;
import org.eclipse.jgit.util.FS;

/**
 * ssh:// remotes, through JGit's Apache MINA transport, with the user's own {@code ~/.ssh} as the ssh command uses it
 * (keys, {@code known_hosts}, {@code config}). What the transport must ask, a key's passphrase or whether to trust a
 * host not yet known, goes to the login's questions ({@link Credentials#asking}): the workbench asks in a dialog; the
 * command line asks nothing, so an unknown host is refused with a message that says how to make it known.
 */
final class SshSessions {

    /** Hands every ssh transport of a command the one session factory. */
    static final TransportConfigCallback CALLBACK = transport -> {
        if (transport instanceof SshTransport ssh) {
            ssh.setSshSessionFactory(Sessions.factory());
        }
    };

    private SshSessions() {
    }

    /** Takes the keys and known hosts of {@code home}/.ssh from now on (tests stand a folder of theirs for the user's home). */
    static void useHome(Path home) {
        Sessions.useHome(home);
    }

    /** Loaded with the first ssh:// remote only: file:// and https:// remotes never load the MINA transport. */
    private static final class Sessions {

        private static SshdSessionFactory factory;

        private Sessions() {
        }

        static synchronized SshSessionFactory factory() {
            if (factory == null) {
                factory = build(FS.DETECTED.userHome().toPath());
            }
            return factory;
        }

        static synchronized void useHome(Path home) {
            if (factory != null) {
                factory.close();
            }
            factory = build(home);
        }

        private static SshdSessionFactory build(Path home) {
            File sshDir = home.resolve(".ssh").toFile();
            return new SshdSessionFactoryBuilder().setHomeDirectory(home.toFile()).setSshDirectory(sshDir).build(new JGitKeyCache());
        }
    }
}
