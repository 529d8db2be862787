package de.kommunalmesse.meeting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds signed BigBlueButton API calls: every call carries {@code checksum = sha1(callName + queryString +
 * sharedSecret)} in hexadecimal, as the BigBlueButton API documentation describes.
 */
final class BigBlueButtonApi {

    private final String baseUrl;
    private final String secret;

    BigBlueButtonApi(String baseUrl, String secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.secret = secret;
    }

    /** The create call for a meeting room named by its id (BigBlueButton answers it again for an existing room). */
    String createUrl(String meetingId, String name) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("name", name);
        query.put("meetingID", meetingId);
        query.put("record", "false");
        return call("create", query);
    }

    /** The join address for one person: moderators (the booth's team) may run the room. */
    String joinUrl(String meetingId, String fullName, boolean moderator) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fullName", fullName);
        query.put("meetingID", meetingId);
        query.put("role", moderator ? "MODERATOR" : "VIEWER");
        query.put("redirect", "true");
        return call("join", query);
    }

    String call(String name, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return baseUrl + "/" + name + "?" + query + "&checksum=" + checksum(name, query, secret);
    }

    static String checksum(String callName, String queryString, String sharedSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((callName + queryString + sharedSecret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
