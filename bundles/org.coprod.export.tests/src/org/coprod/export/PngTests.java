package org.coprod.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.Inflater;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The PNGs of the figures: read back by ImageIO, they hold exactly the pixels drawn, and say 300 dpi. */
class PngTests {

    /** Text, anti-aliased curves, a gradient and flat colour: every kind of pixel a figure has, and some it has not. */
    private static void paint(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xDE, 0xEB, 0xF7), 120, 40, new Color(0xC0, 0x50, 0x1E)));
        g.fillRect(4, 4, 120, 40);
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Ellipse2D.Double(20, 10, 60, 30));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
        g.drawString("Porto Alegre \u2192 Orangi", 10, 52);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void aDrawnFigureHasItsPrintSizeAt300DpiOnWhite() throws Exception {
        byte[] png = Png.draw(4.5, 2.0, PngTests::paint);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.round(4.5 / 2.54 * 300), read.getWidth());
        assertEquals(Math.round(2.0 / 2.54 * 300), read.getHeight());
        assertEquals(Color.WHITE.getRGB(), read.getRGB(read.getWidth() - 1, read.getHeight() - 1), "drawn on white");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            NodeList phys = root.getElementsByTagName("pHYs");
            assertEquals(1, phys.getLength(), "a pHYs chunk");
            IIOMetadataNode p = (IIOMetadataNode) phys.item(0);
            assertEquals("11811", p.getAttribute("pixelsPerUnitXAxis"), "300 dpi is 11811 pixels per metre");
            assertEquals("11811", p.getAttribute("pixelsPerUnitYAxis"));
            assertEquals("meter", p.getAttribute("unitSpecifier"));
            reader.dispose();
        }
    }

    @Test
    void everyPixelSurvivesTheEncodingWhateverTheKindOfImage() throws Exception {
        for (int type : new int[] { BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_ARGB }) {
            BufferedImage image = new BufferedImage(517, 433, type);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(4, 4);
            paint(g);
            g.dispose();
            for (int x = 0; x < image.getWidth(); x += 7) {
                image.setRGB(x, x % image.getHeight(), 0xFF000000 | x * 0x010203); // isolated pixels: no run to hide behind
            }
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(Png.encode(image)));
            assertArrayEquals(pixels(image), pixels(read), "type " + type);
            // a part of a larger image shares its pixels' array: it must be read as the part, not from the array's start
            BufferedImage part = image.getSubimage(13, 21, 300, 100);
            assertArrayEquals(pixels(part), pixels(ImageIO.read(new ByteArrayInputStream(Png.encode(part)))), "part of type " + type);
        }
    }

    /**
     * The image data inflates with zlib's own check of its Adler-32: flat areas (rows unchanged from the row above, whose
     * checksums are combined in) and drawn ones (summed byte by byte) alternate over several bands.
     */
    @Test
    void theImageDataPassesZlibsChecksumWithUnchangedAndDrawnRows() throws Exception {
        byte[] png = Png.draw(16.5, 7, g -> {
            for (int y = 0; y < 190; y += 23) {
                g.setColor(new Color(0x5B, 0x95, 0xD0));
                g.fillRect(10, y, 400, 9); // unchanged rows inside the bar, changed ones at its edges
                g.setColor(Color.BLACK);
                g.drawString("row " + y, 420, y + 8);
            }
        });
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        byte[] data = null;
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            byte[] chunk = new byte[length];
            in.get(chunk);
            in.getInt();
            if (new String(type, StandardCharsets.US_ASCII).equals("IDAT")) {
                data = chunk;
            }
        }
        Inflater inflater = new Inflater(); // the zlib format: the stream's Adler-32 is checked at its end
        inflater.setInput(data);
        byte[] out = new byte[64 * 1024];
        long total = 0;
        while (!inflater.finished()) {
            int n = inflater.inflate(out); // DataFormatException ("incorrect data check") on a wrong checksum
            assertTrue(n > 0 || !inflater.needsInput(), "the stream ends");
            total += n;
        }
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals((long) read.getHeight() * (1 + 3 * read.getWidth()), total, "every row, with its filter byte");
    }

    @Test
    void theBandsChecksumsCombineIntoTheWholeStreamsChecksum() {
        byte[] bytes = new byte[200_003];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        for (int cut : new int[] { 0, 1, 65_521, 100_000, bytes.length }) {
            Adler32 first = new Adler32();
            first.update(bytes, 0, cut);
            Adler32 second = new Adler32();
            second.update(bytes, cut, bytes.length - cut);
            Adler32 whole = new Adler32();
            whole.update(bytes);
            assertEquals((int) whole.getValue(), Png.adlerCombine((int) first.getValue(), (int) second.getValue(), bytes.length - cut),
                    "cut at " + cut);
        }
    }
}
