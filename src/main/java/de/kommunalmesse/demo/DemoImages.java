package de.kommunalmesse.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo fair, drawn at start-up: illustrated portraits (no photos of real persons), the key
 * visual, logos and stage pictures. Shapes only, no text, so that nothing depends on the fonts of the machine;
 * what a picture shows is said in its alternative text.
 */
final class DemoImages {

    private static final Color[] BACKGROUNDS = { new Color(0xdde8f0), new Color(0xf3e3d3), new Color(0xe2efe0),
        new Color(0xece2f1), new Color(0xf6efcf), new Color(0xdfe9ea) };
    private static final Color[] SKIN = { new Color(0xf1c9a5), new Color(0xe0ac7e), new Color(0xc68a5b),
        new Color(0x8d5a3b), new Color(0xf5d7c0), new Color(0xa86f4c) };
    private static final Color[] HAIR = { new Color(0x2b1d14), new Color(0x6b4a2b), new Color(0xb8914f),
        new Color(0x8a8a8a), new Color(0x1c1c1c), new Color(0xa0522d) };
    private static final Color[] CLOTHES = { new Color(0x003a5c), new Color(0x8a1538), new Color(0x2f5d3a),
        new Color(0x4b3a78), new Color(0x5c5c5c), new Color(0x00566e) };

    private DemoImages() {
    }

    /** A square head-and-shoulders illustration, varied by {@code seed}. */
    static byte[] portrait(int seed) {
        Random random = new Random(seed * 7919L);
        int size = 320;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(BACKGROUNDS[random.nextInt(BACKGROUNDS.length)]);
        g.fillRect(0, 0, size, size);
        Color hair = HAIR[random.nextInt(HAIR.length)];
        boolean longHair = random.nextBoolean();
        if (longHair) {
            g.setColor(hair);
            g.fill(new RoundRectangle2D.Double(92, 78, 136, 170, 60, 60));
        }
        g.setColor(CLOTHES[random.nextInt(CLOTHES.length)]);
        g.fill(new Ellipse2D.Double(50, 218, 220, 200));
        Color skin = SKIN[random.nextInt(SKIN.length)];
        g.setColor(skin.darker());
        g.fillRect(140, 190, 40, 40);
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(104, 84, 112, 132));
        g.setColor(hair);
        Path2D top = new Path2D.Double();
        top.moveTo(100, 140);
        top.curveTo(96, 60, 224, 60, 220, 140);
        top.curveTo(200, 100, 130, 96, 100, 140);
        g.fill(top);
        if (random.nextInt(3) == 0) {
            g.setColor(new Color(0x333333));
            g.setStroke(new BasicStroke(4));
            g.draw(new Ellipse2D.Double(124, 140, 30, 22));
            g.draw(new Ellipse2D.Double(166, 140, 30, 22));
        }
        g.dispose();
        return png(image);
    }

    /** The key visual: a wide banner of overlapping "booth" shapes in the fair's colours. */
    static byte[] keyVisual() {
        int width = 1600;
        int height = 560;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0x003a5c), width, height, new Color(0x00566e)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(2026);
        Color[] tones = { new Color(0x1d6f8f), new Color(0x2c8aa8), new Color(0xf2b233), new Color(0xffffff),
            new Color(0x8a1538) };
        for (int i = 0; i < 28; i++) {
            Color tone = tones[random.nextInt(tones.length)];
            g.setColor(new Color(tone.getRed(), tone.getGreen(), tone.getBlue(), 60 + random.nextInt(120)));
            int w = 80 + random.nextInt(220);
            int x = random.nextInt(width);
            int y = 180 + random.nextInt(height - 180);
            g.fill(new RoundRectangle2D.Double(x, y - w / 2.0, w, w * 0.7, 18, 18));
        }
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(6));
        for (int i = 0; i < 6; i++) {
            int x = 120 + i * 240;
            g.drawLine(x, 120, x + 80, 60);
            g.drawLine(x + 80, 60, x + 160, 120);
        }
        g.dispose();
        return png(image);
    }

    /** A logo mark: a coloured tile with a simple figure, one shape per {@code seed}. */
    static byte[] logo(int seed, Color colour) {
        int width = 360;
        int height = 160;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fill(new RoundRectangle2D.Double(20, 20, 120, 120, 24, 24));
        g.setColor(Color.WHITE);
        switch (seed % 4) {
            case 0 -> g.fill(new Ellipse2D.Double(50, 50, 60, 60));
            case 1 -> g.fillPolygon(new int[] { 80, 120, 40 }, new int[] { 40, 120, 120 }, 3);
            case 2 -> g.fillRect(50, 50, 60, 60);
            default -> g.fillPolygon(new int[] { 80, 120, 80, 40 }, new int[] { 36, 80, 124, 80 }, 4);
        }
        g.setColor(colour);
        for (int i = 0; i < 3; i++) {
            g.fill(new RoundRectangle2D.Double(160, 44 + i * 30, 170 - i * 40, 16, 8, 8));
        }
        g.dispose();
        return png(image);
    }

    /** A stage: a podium with a screen and rows of seats, lit in a colour per {@code seed}. */
    static byte[] stage(int seed) {
        int width = 1200;
        int height = 675;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Color light = seed % 2 == 0 ? new Color(0x1d6f8f) : new Color(0x6b3a8a);
        g.setPaint(new GradientPaint(0, 0, light, 0, height, new Color(0x111822)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xf5f7fa));
        g.fillRect(330, 90, 540, 300);
        g.setColor(light.brighter());
        g.fillRect(350, 110, 500, 260);
        g.setColor(new Color(0x3b2a1e));
        g.fillRect(200, 420, 800, 60);
        g.setColor(new Color(0x5a4331));
        g.fillRect(560, 330, 80, 100);
        g.setColor(new Color(0x222a35));
        for (int row = 0; row < 3; row++) {
            for (int seat = 0; seat < 14; seat++) {
                g.fill(new Ellipse2D.Double(80 + seat * 76 + (row % 2) * 30, 520 + row * 48, 46, 46));
            }
        }
        g.dispose();
        return png(image);
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo image could not be drawn", e);
        }
    }
}
