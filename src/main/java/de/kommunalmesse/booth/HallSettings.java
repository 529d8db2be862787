package de.kommunalmesse.booth;

import de.kommunalmesse.booth.HallViews.HallSettingsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Archive mode: after the series everything stays readable, and admins decide whether exhibitors may
 * still edit and visitors may still send contact requests.
 */
@ApplicationScoped
@Transactional
public class HallSettings {

    static final String EDITING = "hall.editing-enabled";
    static final String CONTACT_REQUESTS = "hall.contact-requests-enabled";

    @Inject
    EntityManager em;

    public HallSettingsView current() {
        return new HallSettingsView(flag(EDITING), flag(CONTACT_REQUESTS));
    }

    public HallSettingsView update(HallSettingsView settings) {
        set(EDITING, settings.editingEnabled());
        set(CONTACT_REQUESTS, settings.contactRequestsEnabled());
        return current();
    }

    public boolean editingEnabled() {
        return flag(EDITING);
    }

    public boolean contactRequestsEnabled() {
        return flag(CONTACT_REQUESTS);
    }

    private boolean flag(String key) {
        Object value = em.createNativeQuery("SELECT setting_value FROM platform_setting WHERE setting_key = ?1")
                .setParameter(1, key).getResultStream().findFirst().orElse("true");
        return Boolean.parseBoolean(value.toString());
    }

    private void set(String key, boolean value) {
        em.createNativeQuery("INSERT INTO platform_setting (setting_key, setting_value) VALUES (?1, ?2) "
                + "ON DUPLICATE KEY UPDATE setting_value = VALUES(setting_value)")
                .setParameter(1, key).setParameter(2, Boolean.toString(value)).executeUpdate();
    }
}
