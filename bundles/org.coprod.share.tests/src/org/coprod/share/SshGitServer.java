package org.coprod.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * An Apache MINA SSH server on the loopback address that serves one bare repository to one user's key, running Git's
 * upload-pack and receive-pack in process (as JGit's own ssh tests do); no other command is served.
 */
final class SshGitServer implements AutoCloseable {

    final KeyPair hostKey = ecKey();
    final KeyPair userKey = ecKey();
    private final SshServer server = SshServer.setUpDefaultServer();
    private final Path repository;

    SshGitServer(Path bareRepository) throws IOException {
        repository = bareRepository.toAbsolutePath();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, userKey.getPublic()));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new GitCommand(command));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    /** The remote's ssh:// address. */
    String address() {
        return "ssh://ana@127.0.0.1:" + port() + repository.toUri().getPath();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    static KeyPair ecKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime makes P-256 keys", e);
        }
    }

    private final class GitCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback exit) {
            this.exit = exit;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread serve = new Thread(this::serve, "ssh git " + command);
            serve.setDaemon(true);
            serve.start();
        }

        private void serve() {
            String path = command.substring(command.indexOf(' ') + 1).replace("'", "");
            if (!Path.of(path).toAbsolutePath().equals(repository)) {
                exit.onExit(1, "no such repository: " + path);
                return;
            }
            try (Repository repo = new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build()) {
                if (command.startsWith("git-upload-pack ")) {
                    new UploadPack(repo).upload(in, out, err);
                } else if (command.startsWith("git-receive-pack ")) {
                    new ReceivePack(repo).receive(in, out, err);
                } else {
                    exit.onExit(1, "not served: " + command);
                    return;
                }
                out.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the serving thread ends with its streams
        }
    }
}
