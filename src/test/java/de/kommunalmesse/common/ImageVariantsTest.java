package de.kommunalmesse.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import de.kommunalmesse.testsupport.TestData;
import de.kommunalmesse.testsupport.TestFiles;
import de.kommunalmesse.testsupport.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Smaller copies of uploaded images: sizes, orientation, no metadata, types, caching and who may read them. */
@QuarkusTest
class ImageVariantsTest {

    @Inject
    TestData data;

    private static long fairImage(String fileName, byte[] bytes) {
        return given().auth().oauth2(TestUsers.admin()).multiPart("file", fileName, bytes, "application/octet-stream")
                .post("/api/images").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static BufferedImage decoded(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "the variant decodes");
        return image;
    }

    @Test
    void photoIsTurnedUprightShrunkAndLosesItsGpsPosition() throws Exception {
        byte[] photo = jpegWithExif(landscapeRedLeftBlueRight(2000, 1000), 6);
        Metadata uploaded = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertNotNull(uploaded.getFirstDirectoryOfType(GpsDirectory.class), "the test photo carries a GPS block");
        long id = fairImage("kamera.jpg", photo);

        byte[] webp = given().get("/api/images/" + id + "/variants/640.webp").then().statusCode(200)
                .contentType("image/webp")
                .header("Cache-Control", containsString("immutable"))
                .header("ETag", notNullValue())
                .extract().asByteArray();
        BufferedImage upright = decoded(webp);
        // Stored 2000 × 1000 with "turn 90° clockwise": shown 1000 × 2000, so 640 wide is 1280 high
        assertEquals(640, upright.getWidth());
        assertEquals(1280, upright.getHeight());
        assertTrue(reddish(upright.getRGB(320, 100)), "the stored left half (red) is on top after turning");
        assertFalse(reddish(upright.getRGB(320, 1180)), "the stored right half (blue) is at the bottom");

        byte[] jpeg = given().get("/api/images/" + id + "/variants/320").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        assertEquals(320, decoded(jpeg).getWidth());
        Metadata served = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
        assertNull(served.getFirstDirectoryOfType(GpsDirectory.class), "no GPS position in the served image");
        assertNull(served.getFirstDirectoryOfType(ExifIFD0Directory.class), "no EXIF block at all");
        assertFalse(new String(webp, StandardCharsets.ISO_8859_1).contains("EXIF"), "no EXIF chunk in the WebP");
    }

    @Test
    void smallImageIsNeverEnlargedAndKeepsItsTransparency() throws Exception {
        BufferedImage logo = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0, 90, 140));
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        long id = fairImage("logo.png", png(logo));

        byte[] full = given().get("/api/images/" + id + "/variants/1280").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage same = decoded(full);
        assertEquals(400, same.getWidth(), "never wider than the original");
        assertEquals(200, same.getHeight());
        assertEquals(0, same.getRGB(300, 100) >>> 24, "the transparent half stays transparent");

        BufferedImage small = decoded(given().get("/api/images/" + id + "/variants/320").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(320, small.getWidth());
        assertEquals(160, small.getHeight());
    }

    @Test
    void variantIsAnsweredWith304WhileItsEtagStillNamesIt() {
        long id = fairImage("bild.png", TestFiles.png(40, 30));
        String etag = given().get("/api/images/" + id + "/variants/320.webp").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/images/" + id + "/variants/320.webp").then().statusCode(304);
        given().header("If-None-Match", etag).get("/api/images/" + id + "/variants/640.webp").then().statusCode(200);
    }

    @Test
    void widthNotOfferedIsA400AndUnknownImageA404() {
        long id = fairImage("bild.png", TestFiles.png(40, 30));
        for (String name : new String[] { "500", "640.avif", "gross", "0", "99999999999" }) {
            given().header("Accept-Language", "en").get("/api/images/" + id + "/variants/" + name).then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("320, 640, 1280"));
        }
        given().header("Accept-Language", "de").get("/api/images/" + id + "/variants/500").then()
                .statusCode(400).body("detail", containsString("Breiten 320, 640, 1280"));
        given().get("/api/images/999999999/variants/640").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void variantOfAnUnpublishedBoothLogoOnlyForItsEditors() throws Exception {
        String slug = data.ownBooth();
        long logo = upload(TestUsers.exhibitorSoest(), slug, "logo.jpg", jpegWithExif(landscapeRedLeftBlueRight(800, 400), 1))
                .statusCode(201).extract().jsonPath().getLong("id");
        String url = "/api/booths/" + slug + "/materials/" + logo + "/variants/320.webp";

        given().get(url).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestUsers.visitor()).get(url).then().statusCode(404);
        byte[] own = given().auth().oauth2(TestUsers.exhibitorSoest()).get(url).then().statusCode(200)
                .contentType("image/webp").header("Cache-Control", equalTo("private, max-age=300"))
                .extract().asByteArray();
        assertEquals(160, decoded(own).getHeight());
        given().auth().oauth2(TestUsers.admin()).get(url).then().statusCode(200);

        long pdf = upload(TestUsers.exhibitorSoest(), slug, "flyer.pdf", TestFiles.PDF).statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .get("/api/booths/" + slug + "/materials/" + pdf + "/variants/320").then().statusCode(404);
        given().auth().oauth2(TestUsers.exhibitorSoest())
                .get("/api/booths/" + slug + "/materials/" + logo + "/variants/321").then().statusCode(400);
    }

    private static ValidatableResponse upload(String token, String slug, String fileName, byte[] bytes) {
        return given().auth().oauth2(token).multiPart("file", fileName, bytes, "application/octet-stream")
                .post("/api/booths/" + slug + "/materials").then();
    }

    private static boolean reddish(int rgb) {
        int red = (rgb >> 16) & 0xff;
        int blue = rgb & 0xff;
        return red > 150 && blue < 100;
    }

    private static BufferedImage landscapeRedLeftBlueRight(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 20, 20));
        g.fillRect(0, 0, width / 2, height);
        g.setColor(new Color(20, 20, 200));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A JPEG as a camera writes it: an EXIF block (APP1) right after the start marker with the orientation and a
     * GPS position (51.57° N, the latitude of Soest).
     */
    static byte[] jpegWithExif(BufferedImage image, int orientation) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();

        // TIFF, big-endian: header (8), IFD0 with 2 entries (2 + 24 + 4), GPS IFD with 2 entries (2 + 24 + 4), 3 rationals
        ByteBuffer tiff = ByteBuffer.allocate(8 + 30 + 30 + 24);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(34).putInt(1).putInt(12).putInt(1);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xff);
        out.write(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
