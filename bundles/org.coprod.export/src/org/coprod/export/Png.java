package org.coprod.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Draws a figure off screen at 300 dpi and encodes it as a PNG that says its resolution (a pHYs chunk).
 * <p>
 * The encoding is written here on the JDK's {@link Deflater} rather than left to ImageIO: ImageIO's PNG writer spends
 * about nine tenths of a brief's figure time unpacking each pixel's samples into an array and trying every filter on
 * every row, for an image that is mostly flat colour. Here each row is taken straight from the image's pixels, filtered
 * with "Up" (the row above subtracted: flat areas become zeros) and deflated at the fastest level, bands of rows on
 * all cores at once. The pixels are the same; only the file is a few per cent larger.
 */
final class Png {

    static final int DPI = 300;
    static final double POINTS_PER_CM = 72 / 2.54;
    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int FILTER_UP = 2;
    private static final int ROWS_PER_BAND = 96;

    private Png() {
    }

    /**
     * A PNG of the given size in centimetres; the painter draws in points (1/72 inch) on a white page, so fonts and lines
     * have their print sizes whatever the resolution.
     */
    static byte[] draw(double widthCm, double heightCm, Consumer<Graphics2D> painter) {
        int w = (int) Math.round(widthCm / 2.54 * DPI);
        int h = (int) Math.round(heightCm / 2.54 * DPI);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(DPI / 72.0, DPI / 72.0);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** An 8-bit RGB PNG of the image (any alpha is dropped: figures are drawn on white). */
    static byte[] encode(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        // TYPE_INT_RGB, as draw makes them, is read in place; any other image through getRGB, a row at a time
        int[] pixels = image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt d
                && d.getNumBanks() == 1 && image.getRaster().getParent() == null ? d.getData() : null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(w);
            ihdr.writeInt(h);
            ihdr.write(new byte[] { 8, COLOUR_TYPE_RGB, 0, 0, 0 }); // depth, colour type, deflate, adaptive filters, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "pHYs", resolution());
            chunk(out, "IDAT", pixelData(image, pixels, w, h));
            chunk(out, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    /**
     * The filtered rows as one zlib stream, deflated in bands of rows at once (as pigz does): each band is a run of
     * deflate blocks ended by a sync flush, so the bands joined in order are one valid stream; only references back into
     * the previous band are lost, which costs a few hundred bytes.
     */
    private static byte[] pixelData(BufferedImage image, int[] pixels, int w, int h) {
        int bands = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2, h / ROWS_PER_BAND));
        List<CompletableFuture<Band>> parts = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            int from = h * b / bands;
            int to = h * (b + 1) / bands;
            boolean last = b == bands - 1;
            parts.add(CompletableFuture.supplyAsync(() -> band(image, pixels, w, from, to, last)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        out.write(0x78); // the zlib header: deflate with a 32 KB window, fastest level
        out.write(0x01);
        Adler32 checksum = new Adler32();
        for (CompletableFuture<Band> part : parts) {
            Band band = part.join();
            checksum.update(band.filtered());
            out.writeBytes(band.deflated());
        }
        int adler = (int) checksum.getValue();
        out.writeBytes(new byte[] { (byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler });
        return out.toByteArray();
    }

    /** A band of rows filtered (for the checksum, which runs over the whole stream) and as raw deflate blocks. */
    private record Band(byte[] filtered, byte[] deflated) {
    }

    /** Rows {@code from} to {@code to}, filtered and deflated. */
    private static Band band(BufferedImage image, int[] pixels, int w, int from, int to, boolean last) {
        int stride = 1 + 3 * w;
        byte[] filtered = new byte[(to - from) * stride];
        int[] argb = pixels == null ? new int[w] : null;
        byte[] current = new byte[3 * w];
        byte[] above = new byte[3 * w];
        if (from > 0) {
            samples(image, pixels, argb, w, from - 1, above);
        }
        for (int y = from, o = 0; y < to; y++, o += stride) {
            samples(image, pixels, argb, w, y, current);
            filtered[o] = FILTER_UP;
            for (int i = 0; i < current.length; i++) {
                filtered[o + 1 + i] = (byte) (current[i] - above[i]);
            }
            byte[] swap = above;
            above = current;
            current = swap;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(filtered.length / 16 + 1024);
        byte[] buffer = new byte[64 * 1024];
        try {
            deflater.setInput(filtered);
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length || !deflater.needsInput());
            }
        } finally {
            deflater.end();
        }
        return new Band(filtered, out.toByteArray());
    }

    /** Row y's red, green and blue bytes. */
    private static void samples(BufferedImage image, int[] pixels, int[] argb, int w, int y, byte[] into) {
        int[] source = pixels;
        int offset = y * w;
        if (source == null) {
            source = image.getRGB(0, y, w, 1, argb, 0, w);
            offset = 0;
        }
        for (int x = 0, i = 0; x < w; x++, i += 3) {
            int p = source[offset + x];
            into[i] = (byte) (p >> 16);
            into[i + 1] = (byte) (p >> 8);
            into[i + 2] = (byte) p;
        }
    }

    /** The pHYs chunk's data: pixels per metre on both axes, so viewers and Word show the figure at its size. */
    private static byte[] resolution() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(9);
        DataOutputStream out = new DataOutputStream(bytes);
        int perMetre = (int) Math.round(DPI / 0.0254);
        out.writeInt(perMetre);
        out.writeInt(perMetre);
        out.write(1); // the unit is the metre
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
