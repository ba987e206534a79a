package org.coprod.share;

/**
 * A step that a refusal tells the user to take. Sharing's messages name it as the command line spells it (the command
 * line prints them so); the workbench names its menu action instead, through {@link ShareException#shown}.
 */
public enum NextStep {
    COMMIT("coprod share commit -m MESSAGE"),
    PULL("coprod share pull"),
    RESOLVE("coprod share resolve"),
    CANCEL_PULL("coprod share pull --abort"),
    LIST_BACKUPS("coprod share backups"),
    ADD_REMOTE("coprod share remote URL"),
    SHARE("coprod share init");

    private final String command;

    NextStep(String command) {
        this.command = command;
    }

    /** The command line's command for the step (never translated: it is what one types). */
    public String command() {
        return command;
    }
}
