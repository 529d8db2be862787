package de.kommunalmesse.fair;

/**
 * Contrast ratio of two sRGB colours after WCAG 2.2 (relative luminance, 1:1 to 21:1). Text needs at least
 * {@link #TEXT_MINIMUM} (success criterion 1.4.3).
 */
final class Contrast {

    static final double TEXT_MINIMUM = 4.5;

    private Contrast() {
    }

    /** The ratio of two colours written {@code #rrggbb}. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
