package org.coprod.export;

/**
 * A figure the product draws for a brief: a PNG at {@link Png#DPI} dots per inch, the size it takes on the page, and
 * the text that stands for it where an image cannot be seen (Word's alternative text, Markdown's image description).
 *
 * @param name the figure's short file name ("grid", "pays"): a Markdown brief writes it beside the .md as
 *             {@code <brief>-<name>.png}
 */
public record Figure(String name, byte[] png, double widthCm, double heightCm, String alt) {

    public Figure {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    /** The PNG's size in bytes, without copying it. */
    public int size() {
        return png.length;
    }
}
