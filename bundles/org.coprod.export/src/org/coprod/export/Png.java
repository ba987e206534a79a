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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
    /**
     * The bands are deflated on threads of their own, one per core: the common pool has a single worker on two cores, on
     * which the bands of a brief's figures, encoded at the same time, would wait for each other.
     */
    private static final ExecutorService BANDS = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("coprod-png-", 0).daemon().factory());

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
            // the page is whitened before anti-aliasing is on: the same pixels, without weighing the coverage of each
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            hints(g);
            g.scale(DPI / 72.0, DPI / 72.0);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** Smooth edges and text, and text measured at its exact size, in the PNG and the SVG of a figure alike. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
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
     * the previous band are lost, which costs a few hundred bytes. The stream's checksum is combined from the bands'.
     */
    private static byte[] pixelData(BufferedImage image, int[] pixels, int w, int h) {
        int bands = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors() * 2, h / ROWS_PER_BAND));
        List<CompletableFuture<Band>> parts = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            int from = h * b / bands;
            int to = h * (b + 1) / bands;
            boolean last = b == bands - 1;
            parts.add(CompletableFuture.supplyAsync(() -> band(image, pixels, w, from, to, last), BANDS));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        out.write(0x78); // the zlib header: deflate with a 32 KB window, fastest level
        out.write(0x01);
        int adler = 1;
        for (CompletableFuture<Band> part : parts) {
            Band band = part.join();
            adler = adlerCombine(adler, band.adler(), band.length());
            out.writeBytes(band.deflated());
        }
        out.writeBytes(new byte[] { (byte) (adler >>> 24), (byte) (adler >>> 16), (byte) (adler >>> 8), (byte) adler });
        return out.toByteArray();
    }

    /** A band of rows as raw deflate blocks, with the Adler-32 and the length of its filtered bytes. */
    private record Band(byte[] deflated, int adler, long length) {
    }

    /** Rows {@code from} to {@code to}, filtered and deflated. */
    private static Band band(BufferedImage image, int[] pixels, int w, int from, int to, boolean last) {
        byte[] filtered = new byte[(to - from) * (1 + 3 * w)];
        int[] current = pixels == null ? new int[w] : null;
        int[] above = pixels == null ? new int[w] : null;
        if (pixels == null && from > 0) {
            image.getRGB(0, from - 1, w, 1, above, 0, w);
        }
        int o = 0;
        int rowLength = 1 + 3 * w;
        boolean[] unchanged = new boolean[to - from];
        for (int y = from; y < to; y++) {
            int[] row = pixels;
            int at = y * w;
            int[] up = pixels;
            int upAt = at - w;
            if (pixels == null) {
                row = image.getRGB(0, y, w, 1, current, 0, w);
                at = 0;
                up = above;
                upAt = 0;
            }
            filtered[o++] = FILTER_UP;
            if (y == 0) {
                up(filtered, o, row, at, w);
            } else {
                unchanged[y - from] = up(filtered, o, row, at, up, upAt, w);
            }
            o += 3 * w;
            if (pixels == null) {
                int[] swap = above;
                above = current;
                current = swap;
            }
        }
        int adler = adler(filtered, rowLength, unchanged);
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
        return new Band(out.toByteArray(), adler, filtered.length);
    }

    /**
     * The Adler-32 of the filtered rows. A row that is all zeros after its filter byte (unchanged from the row above:
     * most rows of a figure) has the same checksum as any other, so runs of them are combined in rather than summed byte
     * by byte.
     */
    private static int adler(byte[] filtered, int rowLength, boolean[] unchanged) {
        Adler32 one = new Adler32();
        one.update(FILTER_UP);
        one.update(new byte[rowLength - 1]);
        int zeroRow = (int) one.getValue();
        int adler = 1;
        int row = 0;
        while (row < unchanged.length) {
            int end = row;
            while (end < unchanged.length && unchanged[end] == unchanged[row]) {
                end++;
            }
            if (unchanged[row]) {
                for (int r = row; r < end; r++) {
                    adler = adlerCombine(adler, zeroRow, rowLength);
                }
            } else {
                Adler32 run = new Adler32();
                run.update(filtered, row * rowLength, (end - row) * rowLength);
                adler = adlerCombine(adler, (int) run.getValue(), (long) (end - row) * rowLength);
            }
            row = end;
        }
        return adler;
    }

    /** The first row, filtered against the zeros above the image. */
    private static void up(byte[] filtered, int o, int[] row, int at, int w) {
        for (int x = 0; x < w; x++) {
            int p = row[at + x];
            filtered[o++] = (byte) (p >> 16);
            filtered[o++] = (byte) (p >> 8);
            filtered[o++] = (byte) p;
        }
    }

    /**
     * A row filtered against the row above. A pixel equal to the one above filters to zeros, which the new array holds
     * already: runs of such pixels (most of a figure) are skipped with a vectorised comparison instead of being written.
     * Says whether the whole row filtered to zeros.
     */
    private static boolean up(byte[] filtered, int o, int[] row, int at, int[] up, int upAt, int w) {
        boolean unchanged = true;
        int x = 0;
        while (x < w) {
            int p = row[at + x];
            int q = up[upAt + x];
            if (p == q) {
                int same = Arrays.mismatch(row, at + x, at + w, up, upAt + x, upAt + w);
                if (same < 0) {
                    break;
                }
                x += same;
                continue;
            }
            int i = o + 3 * x;
            filtered[i] = (byte) ((p >> 16) - (q >> 16));
            filtered[i + 1] = (byte) ((p >> 8) - (q >> 8));
            filtered[i + 2] = (byte) (p - q);
            // a pixel that differs in a colour channel's high bits only can still filter to zeros: the bytes decide
            unchanged &= filtered[i] == 0 && filtered[i + 1] == 0 && filtered[i + 2] == 0;
            x++;
        }
        return unchanged;
    }

    /** The Adler-32 of two runs of bytes one after the other, from theirs and the second's length (zlib's adler32_combine). */
    static int adlerCombine(int first, int second, long secondLength) {
        final int base = 65521;
        long rem = secondLength % base;
        long sum1 = first & 0xFFFF;
        long sum2 = rem * sum1 % base;
        sum1 += (second & 0xFFFF) + base - 1;
        sum2 += ((first >>> 16) & 0xFFFF) + ((second >>> 16) & 0xFFFF) + base - rem;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= (long) base << 1) {
            sum2 -= (long) base << 1;
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return (int) (sum1 | sum2 << 16);
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
