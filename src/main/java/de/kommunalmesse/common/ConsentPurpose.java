package de.kommunalmesse.common;

/**
 * What the platform asks consent for, with the version of the text it shows when it asks. A new wording
 * gets a new version, so that every record says which text the user agreed to (docs/privacy.md).
 */
public enum ConsentPurpose implements Coded {
    /** Passing name, e-mail address and organisation on to a booth's team with a contact request. */
    CONTACT_REQUEST("kontaktanfrage", "2026-12-07"),
    /** Passing name, e-mail address and the organisation's facts on to a booth's team with a reuse request. */
    REUSE_REQUEST("nachnutzungsanfrage", "2026-12-07"),
    /** Loading a video player of an outside provider (YouTube, Vimeo, PeerTube) on the stage pages. */
    EMBED("einbettung", "2026-12-07");

    private final String code;
    private final String textVersion;

    ConsentPurpose(String code, String textVersion) {
        this.code = code;
        this.textVersion = textVersion;
    }

    @Override
    public String code() {
        return code;
    }

    /** The version of the consent text the web app shows now. */
    public String textVersion() {
        return textVersion;
    }

    public static ConsentPurpose fromCode(String code) {
        return Coded.byCode(ConsentPurpose.class, code);
    }
}
