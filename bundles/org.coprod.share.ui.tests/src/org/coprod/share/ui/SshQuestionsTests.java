package org.coprod.share.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An ssh remote's questions, asked from a job's thread in real SWT dialogs, answered by pressing their buttons. */
class SshQuestionsTests {

    private static final String UNKNOWN = "The authenticity of host '127.0.0.1' cannot be established.";
    private Shell shell;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void shell() {
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    @Test
    void anUnknownHostIsTrustedOnlyOnYes() throws Exception {
        URIish uri = new URIish("ssh://ana@127.0.0.1:2222/srv/lib.git");
        CredentialItem.YesNoType trust = new CredentialItem.YesNoType("Accept and store this key, and continue connecting?");
        answerWith("No", null);
        assertTrue(ask(uri, new CredentialItem.InformationalMessage(UNKNOWN), trust));
        assertFalse(trust.getValue(), "No refuses the host");
        assertTrue(shown.get(0).contains(UNKNOWN) && shown.get(0).contains("Accept and store"), shown.get(0));

        answerWith("Yes", null);
        assertTrue(ask(uri, new CredentialItem.InformationalMessage(UNKNOWN), trust));
        assertTrue(trust.getValue());
    }

    @Test
    void aPassphraseIsTypedHiddenAndCancelRefuses() throws Exception {
        URIish uri = new URIish("ssh://ana@127.0.0.1:2222/srv/lib.git");
        CredentialItem.Password passphrase = new CredentialItem.Password("Passphrase for /home/ana/.ssh/id_ed25519");
        answerWith("OK", "s3cret");
        assertTrue(ask(uri, passphrase));
        assertArrayEquals("s3cret".toCharArray(), passphrase.getValue());

        answerWith("Cancel", "typed, then cancelled");
        assertFalse(ask(uri, new CredentialItem.Password("Passphrase")), "Cancel gives no passphrase");
    }

    @Test
    void onlySshRemotesAreAskedSo() {
        assertTrue(SshQuestions.isSsh("ssh://git@example.org/team/lib.git"));
        assertTrue(SshQuestions.isSsh("git@example.org:team/lib.git"));
        assertFalse(SshQuestions.isSsh("https://ana@example.org/team/lib.git"));
        assertFalse(SshQuestions.isSsh("file:///srv/lib.git"));
        assertFalse(SshQuestions.isSsh(null));
    }

    /** Asks from another thread, as a Share job does, running the UI thread's events until the answer comes. */
    private boolean ask(URIish uri, CredentialItem... items) throws Exception {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> new SshQuestions(shell).get(uri, items));
        long until = System.currentTimeMillis() + 30_000;
        while (!answer.isDone() && System.currentTimeMillis() < until) {
            if (!Display.getDefault().readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        return answer.get();
    }

    /** When the next dialog shows, types {@code text} (if any) into its field, which must hide it, and presses {@code button}. */
    private void answerWith(String button, String text) {
        Display display = Display.getDefault();
        display.timerExec(100, new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s != shell && s.isVisible() && s.getText().startsWith("ssh ")) {
                        shown.add(labels(s));
                        Text field = find(s, Text.class);
                        if (text != null) {
                            assertEquals(SWT.PASSWORD, field.getStyle() & SWT.PASSWORD, "a passphrase is typed hidden");
                            field.setText(text);
                        }
                        Button b = button(s, button);
                        b.notifyListeners(SWT.Selection, null);
                        return;
                    }
                }
                display.timerExec(100, this);
            }
        });
    }

    private static String labels(Composite c) {
        StringBuilder all = new StringBuilder();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) {
                all.append(l.getText()).append('\n');
            } else if (child instanceof Composite inner) {
                all.append(labels(inner));
            }
        }
        return all.toString();
    }

    private static <T extends Control> T find(Composite c, Class<T> type) {
        for (Control child : c.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite inner) {
                T found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Button button(Composite c, String label) {
        for (Control child : c.getChildren()) {
            if (child instanceof Button b && b.getText().replace("&", "").equals(label)) {
                return b;
            }
            if (child instanceof Composite inner) {
                Button found = button(inner, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
