package de.kommunalmesse.meeting;

/** Example responses for the OpenAPI document. */
final class MeetingApiExamples {

    static final String SLOT_TAKEN = "{\"type\":\"urn:kommunalmesse:problem:meeting\",\"title\":\"Termin nicht möglich\","
            + "\"status\":409,\"detail\":\"Dieser Termin ist leider schon vergeben. Bitte wählen Sie eine andere Zeit.\","
            + "\"instance\":\"/api/meetings\"}";

    static final String OVERLAP = "{\"type\":\"urn:kommunalmesse:problem:meeting\",\"title\":\"Termin nicht möglich\","
            + "\"status\":409,\"detail\":\"Das Zeitfenster überschneidet sich mit bereits angebotenen Terminen derselben Person.\","
            + "\"instance\":\"/api/booths/kreis-soest-umzug/meetings/availability\"}";

    static final String MISCONFIGURED = "{\"type\":\"urn:kommunalmesse:problem:video-provider\","
            + "\"title\":\"Videodienst nicht verfügbar\",\"status\":503,\"detail\":\"Der Videodienst ist nicht vollständig"
            + " eingerichtet (Einstellung kommunalmesse.meetings.video.jitsi.url-template). Bitte wenden Sie sich an den Betrieb.\","
            + "\"instance\":\"/api/meetings\"}";

    private MeetingApiExamples() {
    }
}
