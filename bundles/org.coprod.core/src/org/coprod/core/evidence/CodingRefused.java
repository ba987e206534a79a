package org.coprod.core.evidence;

/** Why a coding, or a change to the codebook, cannot be made; its message is meant for the user. */
public final class CodingRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public CodingRefused(String message) {
        super(message);
    }
}
