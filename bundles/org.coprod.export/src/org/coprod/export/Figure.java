package org.coprod.export;

import java.awt.Graphics2D;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A figure the product draws for a brief: a PNG at {@link Png#DPI} dots per inch, the same drawing as SVG where the
 * brief drew it itself, the size it takes on the page, and the text that stands for it where an image cannot be seen
 * (Word's alternative text, Markdown's image description).
 * <p>
 * A figure the brief draws itself is drawn and encoded on other cores while the rest of the brief is assembled and
 * written: the PNG and the SVG are only waited for where a writer takes them.
 */
public final class Figure {

    /**
     * Figures are drawn on threads of their own, as many as there are cores: the common pool has one worker fewer than
     * the cores (a single one on two), which would draw a brief's figures one after the other.
     */
    private static final ExecutorService DRAWING = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("coprod-figure-", 0).daemon().factory());

    private final String name;
    private final CompletableFuture<byte[]> png;
    private final CompletableFuture<byte[]> svg;
    private final double widthCm;
    private final double heightCm;
    private final String alt;

    /**
     * A figure drawn elsewhere, as a PNG only.
     *
     * @param name the figure's short file name ("grid", "pays"): a Markdown brief writes it beside the .md as
     *             {@code <brief>-<name>.png}
     */
    public Figure(String name, byte[] png, double widthCm, double heightCm, String alt) {
        this(name, CompletableFuture.completedFuture(png.clone()), CompletableFuture.completedFuture(null), widthCm, heightCm,
                alt);
    }

    private Figure(String name, CompletableFuture<byte[]> png, CompletableFuture<byte[]> svg, double widthCm,
            double heightCm, String alt) {
        this.name = name;
        this.png = png;
        this.svg = svg;
        this.widthCm = widthCm;
        this.heightCm = heightCm;
        this.alt = alt;
    }

    /**
     * A figure the painter draws, in points on a page of the given size, starting now in the background: the PNG and the
     * SVG at once, on two threads, so the painter must keep no state between calls (a chart is built inside it).
     */
    static Figure drawing(String name, double widthCm, double heightCm, String alt, Consumer<Graphics2D> painter) {
        CompletableFuture<byte[]> png = CompletableFuture.supplyAsync(() -> Png.draw(widthCm, heightCm, painter), DRAWING);
        CompletableFuture<byte[]> svg = CompletableFuture.supplyAsync(() -> Svg.draw(widthCm, heightCm, painter), DRAWING);
        return new Figure(name, png, svg, widthCm, heightCm, alt);
    }

    /** The same drawing with other alternative text. */
    Figure withAlt(String text) {
        return new Figure(name, png, svg, widthCm, heightCm, text);
    }

    public String name() {
        return name;
    }

    /** The PNG, waiting for its drawing if it is not done yet. */
    public byte[] png() {
        return drawn(png).clone();
    }

    /** The SVG (UTF-8), waiting for its drawing if it is not done yet; null for a figure drawn as a PNG only. */
    public byte[] svg() {
        byte[] s = drawn(svg);
        return s == null ? null : s.clone();
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
        return drawn(png).length;
    }

    private static byte[] drawn(CompletableFuture<byte[]> drawing) {
        try {
            return drawing.join();
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
