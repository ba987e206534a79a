package org.coprod.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A figure the product draws for a brief: a PNG at {@link Png#DPI} dots per inch, the size it takes on the page, and
 * the text that stands for it where an image cannot be seen (Word's alternative text, Markdown's image description).
 * <p>
 * A figure the brief draws itself is drawn and encoded on another core while the rest of the brief is assembled and
 * written: the PNG is only waited for where a writer takes it.
 */
public final class Figure {

    private final String name;
    private final CompletableFuture<byte[]> png;
    private final double widthCm;
    private final double heightCm;
    private final String alt;

    /**
     * @param name the figure's short file name ("grid", "pays"): a Markdown brief writes it beside the .md as
     *             {@code <brief>-<name>.png}
     */
    public Figure(String name, byte[] png, double widthCm, double heightCm, String alt) {
        this(name, CompletableFuture.completedFuture(png.clone()), widthCm, heightCm, alt);
    }

    private Figure(String name, CompletableFuture<byte[]> png, double widthCm, double heightCm, String alt) {
        this.name = name;
        this.png = png;
        this.widthCm = widthCm;
        this.heightCm = heightCm;
        this.alt = alt;
    }

    /** A figure whose PNG the drawing makes in the background, starting now. */
    static Figure drawing(String name, double widthCm, double heightCm, String alt, Supplier<byte[]> drawing) {
        return new Figure(name, CompletableFuture.supplyAsync(drawing), widthCm, heightCm, alt);
    }

    public String name() {
        return name;
    }

    /** The PNG, waiting for its drawing if it is not done yet. */
    public byte[] png() {
        return drawn().clone();
    }

    public double widthCm() {
        return widthCm;
    }

    public double heightCm() {
        return heightCm;
    }

    public String alt() {
        return alt;
    }

    /** The PNG's size in bytes, without copying it. */
    public int size() {
        return drawn().length;
    }

    private byte[] drawn() {
        try {
            return png.join();
        } catch (CompletionException e) {
            // the drawing's own failure, as if it had been drawn here
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }
}
