package de.kommunalmesse.booth;

/** Example bodies of the hall's responses for the OpenAPI document (German, the default language). */
final class HallApiExamples {

    static final String STALE = "{\"type\":\"urn:kommunalmesse:problem:conflict\",\"title\":\"Konflikt\",\"status\":409,"
            + "\"detail\":\"Der Stand wurde inzwischen geändert (Ihre Version 3, aktuell 4). Bitte laden Sie ihn neu und "
            + "übernehmen Sie Ihre Änderungen.\",\"instance\":\"/api/booths/kreis-soest-umzug/draft\"}";

    static final String VALIDATION = "{\"type\":\"urn:kommunalmesse:problem:validation\",\"title\":\"Eingaben ungültig\","
            + "\"status\":400,\"detail\":\"Einige Angaben sind ungültig. Details stehen bei den einzelnen Feldern.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/draft\",\"errors\":[{\"field\":\"content.name\","
            + "\"message\":\"darf nicht leer sein\"}]}";

    static final String VIDEO_ADDRESS = "{\"type\":\"urn:kommunalmesse:problem:booth-video\",\"title\":\"Video nicht übernommen\","
            + "\"status\":400,\"detail\":\"Das Video braucht eine Adresse mit https:// oder einen Pfad dieser Seite (/…), die auf "
            + ".m3u8 (HLS), .mp4 oder .webm endet.\",\"instance\":\"/api/booths/kreis-soest-umzug/draft\","
            + "\"errors\":[{\"field\":\"content.video.url\",\"message\":\"Das Video braucht eine Adresse …\"}]}";

    static final String NO_TRANSCODING = "{\"type\":\"urn:kommunalmesse:problem:unavailable\",\"title\":\"Vorübergehend nicht verfügbar\","
            + "\"status\":503,\"detail\":\"Dieser Server kann keine Videos umwandeln (ffmpeg fehlt). Bitte geben Sie die Adresse "
            + "eines Videos an.\",\"instance\":\"/api/booths/kreis-soest-umzug/video-uploads\"}";

    static final String CAPTIONS_INVALID = "{\"type\":\"urn:kommunalmesse:problem:webvtt\",\"title\":\"Untertitel nicht übernommen\","
            + "\"status\":400,\"detail\":\"Die Untertitel sind keine gültige WebVTT-Datei (erster Fehler in Zeile 3, 1 Fehler "
            + "insgesamt); nichts wurde gespeichert.\",\"instance\":\"/api/booths/kreis-soest-umzug/video-captions\","
            + "\"errors\":[{\"line\":3,\"message\":\"„00:01 --> 00:04“ ist keine Zeitangabe der Form „Beginn --> Ende“.\"}]}";

    static final String NOT_STAFF = "{\"type\":\"urn:kommunalmesse:problem:forbidden\",\"title\":\"Keine Berechtigung\","
            + "\"status\":403,\"detail\":\"Nur das Standteam von „kreis-soest-umzug“ und die Administration dürfen das.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/draft\"}";

    static final String ARCHIVE = "{\"type\":\"urn:kommunalmesse:problem:forbidden\",\"title\":\"Keine Berechtigung\","
            + "\"status\":403,\"detail\":\"Die Messe ist im Archivmodus: Stände können derzeit nicht bearbeitet werden.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/draft\"}";

    static final String TOO_LARGE = "{\"type\":\"urn:kommunalmesse:problem:payload-too-large\",\"title\":\"Anfrage zu groß\","
            + "\"status\":413,\"detail\":\"Die Datei ist größer als 25 MB.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/materials\"}";

    static final String WRONG_TYPE = "{\"type\":\"urn:kommunalmesse:problem:unsupported-media-type\","
            + "\"title\":\"Falscher Inhaltstyp\",\"status\":415,\"detail\":\"„setup.pdf“ ist keine PDF-, Bild- oder "
            + "Foliendatei (PDF, PNG, JPEG, WebP, GIF, PPTX, ODP). Maßgeblich ist der Inhalt, nicht die Dateiendung.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/materials\"}";

    static final String NOT_SUBMITTED = "{\"type\":\"urn:kommunalmesse:problem:conflict\",\"title\":\"Konflikt\","
            + "\"status\":409,\"detail\":\"Für den Stand „kreis-soest-umzug“ ist keine Änderung eingereicht.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/approve\"}";

    static final String REASON_MISSING = "{\"type\":\"urn:kommunalmesse:problem:reason-required\","
            + "\"title\":\"Begründung fehlt\",\"status\":400,\"detail\":\"Bitte geben Sie für die Ablehnung eine "
            + "Begründung an.\",\"instance\":\"/api/booths/kreis-soest-umzug/reject\"}";

    static final String SAVE_DRAFT = "{\"version\":3,\"content\":{\"name\":\"Digitaler Umzugsservice\","
            + "\"tagline\":\"Ummelden in fünf Minuten\",\"description\":\"Der **Umzugsservice** des Kreises ...\","
            + "\"topicFields\":[\"bauen-wohnen\"],\"tags\":[\"EfA\"],\"links\":[],\"services\":[],\"experts\":[],"
            + "\"materials\":[]}}";

    static final String DECISION = "{\"version\":4,\"reason\":\"Bitte ergänzen Sie die Lizenz des Angebots.\"}";

    private HallApiExamples() {
    }
}
