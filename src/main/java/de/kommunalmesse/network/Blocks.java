package de.kommunalmesse.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Whether one of two visitors blocked the other: asked by the directory, the requests and the chat. */
@ApplicationScoped
public class Blocks {

    @Inject
    EntityManager em;

    /** True when either blocked the other. */
    public boolean between(String one, String other) {
        if (one == null || other == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM network_block WHERE blocker = ?1 AND blocked = ?2"
                + " OR blocker = ?2 AND blocked = ?1").setParameter(1, one).setParameter(2, other).getSingleResult();
        return count.longValue() > 0;
    }
}
