package com.musicplayer.media.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Album covers drawn with Java2D: a gradient, a motif of shapes, the album title and artist. */
final class CoverArt {

    private static final Logger log = LoggerFactory.getLogger(CoverArt.class);
    private static final int SIZE = 500;

    /** The shapes over the gradient. */
    enum Motif {
        SUN,
        WAVES,
        CIRCLES,
        STRIPES,
        MOUNTAINS,
        GRID,
        TILES
    }

    private CoverArt() {}

    /** A 500x500 JPEG; the same arguments give the same bytes (the seed places the shapes). */
    static byte[] jpeg(DemoCatalog.Album album) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, album.from(), SIZE, SIZE, album.to()));
            g.fillRect(0, 0, SIZE, SIZE);
            Random random = new Random(album.title().hashCode());
            switch (album.motif()) {
                case SUN -> sun(g, album);
                case WAVES -> waves(g, random);
                case CIRCLES -> circles(g, random);
                case STRIPES -> stripes(g, random);
                case MOUNTAINS -> mountains(g, album, random);
                case GRID -> grid(g);
                case TILES -> tiles(g, random);
                default -> throw new IllegalStateException(album.motif().name());
            }
            title(g, album);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void sun(Graphics2D g, DemoCatalog.Album album) {
        for (int r = 190; r > 0; r -= 30) {
            g.setColor(translucent(Color.WHITE, 40 + (190 - r) / 3));
            g.fillOval(SIZE / 2 - r, 170 - r, 2 * r, 2 * r);
        }
        g.setColor(translucent(album.from().darker(), 200));
        g.fillRect(0, 300, SIZE, SIZE - 300);
    }

    private static void waves(Graphics2D g, Random random) {
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int line = 0; line < 9; line++) {
            double phase = random.nextDouble() * Math.PI * 2;
            double amplitude = 10 + random.nextInt(25);
            int y0 = 60 + line * 45;
            Path2D path = new Path2D.Double();
            for (int x = 0; x <= SIZE; x += 5) {
                double y = y0 + amplitude * StrictMath.sin(phase + x / 45.0);
                if (x == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(translucent(Color.WHITE, 60 + line * 15));
            g.draw(path);
        }
    }

    private static void circles(Graphics2D g, Random random) {
        for (int i = 0; i < 14; i++) {
            int r = 30 + random.nextInt(110);
            int x = random.nextInt(SIZE);
            int y = random.nextInt(SIZE - 120);
            g.setColor(translucent(Color.getHSBColor(random.nextFloat(), 0.55f, 1f), 110));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static void stripes(Graphics2D g, Random random) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
        for (int i = -SIZE; i < SIZE * 2; i += 40 + random.nextInt(30)) {
            g.setColor(random.nextBoolean() ? Color.WHITE : Color.BLACK);
            g.fillPolygon(new Polygon(
                    new int[] {i, i + 18 + random.nextInt(20), i + SIZE / 2 + 38, i + SIZE / 2},
                    new int[] {0, 0, SIZE, SIZE},
                    4));
        }
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void mountains(Graphics2D g, DemoCatalog.Album album, Random random) {
        for (int layer = 0; layer < 4; layer++) {
            int base = 230 + layer * 60;
            Polygon ridge = new Polygon();
            ridge.addPoint(0, SIZE);
            for (int x = 0; x <= SIZE; x += 50) {
                ridge.addPoint(x, base - random.nextInt(90 - layer * 15));
            }
            ridge.addPoint(SIZE, SIZE);
            float shade = 0.15f + layer * 0.18f;
            g.setColor(blend(album.to(), album.from().darker(), shade));
            g.fillPolygon(ridge);
        }
    }

    /** A synthwave floor: a sun striped by the horizon, a perspective grid. */
    private static void grid(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 60, new Color(0xFFD319), 0, 260, new Color(0xFF2975)));
        g.fillOval(130, 60, 240, 240);
        g.setColor(new Color(0x2B0B3F));
        for (int y = 200; y < 300; y += 18) {
            g.fillRect(120, y, 260, 4 + (y - 200) / 12);
        }
        g.fillRect(0, 280, SIZE, SIZE - 280);
        g.setColor(new Color(0xF222FF));
        g.setStroke(new BasicStroke(2f));
        for (int x = -SIZE; x <= 2 * SIZE; x += 60) {
            g.drawLine(SIZE / 2, 280, x, SIZE);
        }
        for (int i = 0, y = 282; y < SIZE; i++, y += 6 + i * 5) {
            g.drawLine(0, y, SIZE, y);
        }
    }

    /** A mosaic of rounded tiles in many colours: a sampler of everything. */
    private static void tiles(Graphics2D g, Random random) {
        int cell = SIZE / 5;
        for (int row = 0; row < 5; row++) {
            for (int col = 0; col < 5; col++) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                g.setColor(translucent(Color.getHSBColor(random.nextFloat(), 0.6f, 0.95f), 170));
                g.fillRoundRect(col * cell + 8, row * cell + 8, cell - 16, cell - 16, 28, 28);
            }
        }
    }

    /** Title and artist at the bottom; without fonts (a bare container) the cover keeps its shapes. */
    private static void title(Graphics2D g, DemoCatalog.Album album) {
        try {
            g.setColor(translucent(Color.BLACK, 110));
            g.fillRect(0, SIZE - 120, SIZE, 120);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, fitting(g, album.title())));
            g.drawString(album.title(), 28, SIZE - 62);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            g.setColor(translucent(Color.WHITE, 220));
            g.drawString(album.albumArtist().toUpperCase(Locale.ROOT), 30, SIZE - 28);
        } catch (RuntimeException | InternalError e) {
            // the JDK throws these when fontconfig finds no font at all; a cover without text still serves
            log.warn("Demo cover of {} drawn without text: no usable font ({})", album.title(), e.toString());
        }
    }

    private static int fitting(Graphics2D g, String text) {
        int size = 46;
        while (size > 20
                && g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, size)).stringWidth(text) > SIZE - 56) {
            size -= 2;
        }
        return size;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }

    private static Color blend(Color a, Color b, float t) {
        return new Color(
                Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
