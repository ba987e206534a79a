package org.coprod.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.coprod.core.Library;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ssh:// remotes through JGit's Apache MINA transport, against an in-process SSH server on the loopback address
 * serving a bare repository; the user's home is a temporary folder with a key and known_hosts in its .ssh.
 */
class SshRemoteTests {

    @TempDir
    Path dir;

    private Clones clones;
    private SshGitServer server;
    private Path ssh;

    @BeforeEach
    void serve() throws Exception {
        clones = new Clones(dir); // Ana shares the library through a bare repository, which the server serves
        server = new SshGitServer(clones.remote);
        Path home = dir.resolve("home");
        ssh = Files.createDirectories(home.resolve(".ssh"));
        try (OutputStream key = Files.newOutputStream(ssh.resolve("id_ecdsa"))) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(server.userKey, "ben@test", null, key);
        }
        SshSessions.useHome(home);
    }

    @AfterEach
    void stop() throws Exception {
        SshSessions.useHome(Path.of(System.getProperty("user.home")));
        server.close();
        clones.close();
    }

    private void knowTheHost() throws Exception {
        String entry = "[127.0.0.1]:" + server.port() + " " + PublicKeyEntry.toString(server.hostKey.getPublic());
        Files.writeString(ssh.resolve("known_hosts"), entry + "\n");
    }

    @Test
    void cloneCommitPushAndPullOverSsh() throws Exception {
        knowTheHost();
        try (SharedLibrary carla = Exchange.clone(server.address(), dir.resolve("carla"), Credentials.NONE, NullProgressMonitor.INSTANCE)) {
            assertEquals("Alpha budget forum", Library.open(carla.folder()).findCase("alpha").orElseThrow().getName());
            Clones.commit(carla, Clones.BEN, "summary over ssh", l -> l.findCase("alpha").orElseThrow().setSummary("Pushed over ssh."));
            Exchange.push(carla, Credentials.NONE, NullProgressMonitor.INSTANCE);
            // Ben (over file://) takes what was pushed over ssh, and pushes a change of his own, which ssh pulls
            assertEquals(List.of("alpha"), Clones.pull(clones.ben, Clones.BEN).changed());
            assertEquals("Pushed over ssh.", Library.open(clones.ben.folder()).findCase("alpha").orElseThrow().getSummary());
            Clones.commit(clones.ben, Clones.BEN, "period", l -> l.findCase("beta").orElseThrow().setPeriodStart(2004));
            Clones.push(clones.ben);
            PullResult pulled = Exchange.pull(carla, Credentials.NONE, Clones.BEN, NullProgressMonitor.INSTANCE);
            assertEquals(List.of("beta"), pulled.changed());
            assertEquals(Integer.valueOf(2004), Library.open(carla.folder()).findCase("beta").orElseThrow().getPeriodStart());
        }
    }

    @Test
    void anUnknownHostIsRefusedWithAClearMessageWhenNobodyIsAsked() throws Exception {
        ShareException e = assertThrows(ShareException.class,
                () -> Exchange.clone(server.address(), dir.resolve("carla"), Credentials.NONE, NullProgressMonitor.INSTANCE));
        assertTrue(e.getMessage().contains("is not known here") && e.getMessage().contains("known_hosts"), e.getMessage());
        assertFalse(Files.exists(ssh.resolve("known_hosts")) && Files.readString(ssh.resolve("known_hosts")).contains("127.0.0.1"),
                "nothing was kept about the host");
    }

    @Test
    void anUnknownHostIsTrustedOnlyWhenTheUserSaysSoAndThenKept() throws Exception {
        List<String> asked = new ArrayList<>();
        CredentialsProvider yes = new CredentialsProvider() {
            @Override
            public boolean isInteractive() {
                return true;
            }

            @Override
            public boolean supports(CredentialItem... items) {
                return true;
            }

            @Override
            public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
                for (CredentialItem item : items) {
                    asked.add(item.getPromptText());
                    if (item instanceof CredentialItem.YesNoType question) {
                        question.setValue(true);
                    }
                }
                return true;
            }
        };
        Exchange.clone(server.address(), dir.resolve("carla"), Credentials.asking(yes), NullProgressMonitor.INSTANCE).close();
        assertTrue(String.join("\n", asked).contains("cannot be established"), String.valueOf(asked));
        assertTrue(Files.readString(ssh.resolve("known_hosts")).contains("127.0.0.1"), "the host's key is kept");
    }
}
