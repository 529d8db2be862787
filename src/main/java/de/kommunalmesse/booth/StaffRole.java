package de.kommunalmesse.booth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a member of an exhibitor's staff may do. A lead (Standleitung) edits the booths and does everything staff do;
 * staff (Standpersonal) answer in the booth chat and the conversations and read the inbox, the statistics and the
 * calendar. Admins set the role on "Verwaltung → Aussteller".
 */
public enum StaffRole {
    LEAD, STAFF;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
