package de.kommunalmesse.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The smallest files that the upload checks accept by their content, for booth materials and talk slides. */
public final class TestFiles {

    /** A minimal PDF document. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A 1×1 PNG image. */
    public static final byte[] PNG = HexFormat.of().parseHex(
            "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

    private TestFiles() {
    }
}
