package de.kommunalmesse.testsupport;

import de.kommunalmesse.stage.StageViews.LiveChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records committed live-state changes of stages, as the push to viewers receives them. */
@ApplicationScoped
public class LiveChangeRecorder {

    private final List<LiveChanged> seen = new CopyOnWriteArrayList<>();

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
        seen.add(change);
    }

    /** A method, not the field: the test talks to a client proxy. */
    public List<LiveChanged> seen() {
        return List.copyOf(seen);
    }
}
