package de.kommunalmesse.stage;

import de.kommunalmesse.common.ContentLanguage;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.stage.ProgrammeViews.AgendaFeed;
import de.kommunalmesse.stage.ProgrammeViews.AgendaStart;
import de.kommunalmesse.stage.ProgrammeViews.TalkSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** "Meine Agenda": bookmarked talks, their calendar file and a private subscription address. */
@ApplicationScoped
@Transactional
public class Agenda {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    ContentLanguage language;

    @Inject
    Caller caller;

    @Inject
    ProgrammeService programme;

    @Inject
    FairService fair;

    @Inject
    EditionService editions;

    @Inject
    ProgrammeConfig config;

    public void add(long talkId) {
        programme.find(talkId);
        em.createNativeQuery("INSERT IGNORE INTO agenda_entry (username, talk_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, caller.username()).setParameter(2, talkId).setParameter(3, Instant.now()).executeUpdate();
    }

    public void remove(long talkId) {
        em.createNativeQuery("DELETE FROM agenda_entry WHERE username = ?1 AND talk_id = ?2")
                .setParameter(1, caller.username()).setParameter(2, talkId).executeUpdate();
    }

    public boolean contains(long talkId) {
        return caller.loggedIn() && ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM agenda_entry WHERE username = ?1 AND talk_id = ?2")
                .setParameter(1, caller.username()).setParameter(2, talkId).getSingleResult()).longValue() > 0;
    }

    /** The user's talks in start order. */
    public List<TalkSummary> talks() {
        var topicFields = fair.topicFields();
        return talksOf(caller.username()).stream().map(t -> ProgrammeService.summary(t, topicFields, editions.allById(), language.english())).toList();
    }

    public String ics() {
        return programme.ics("Meine Agenda – Kommunalmesse", talksOf(caller.username()));
    }

    /** A new private feed address for the user; an older one stops working. */
    public AgendaFeed rotateFeed() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("DELETE FROM agenda_feed WHERE username = ?1").setParameter(1, caller.username()).executeUpdate();
        em.createNativeQuery("INSERT INTO agenda_feed (token, username, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, token).setParameter(2, caller.username()).setParameter(3, Instant.now()).executeUpdate();
        return new AgendaFeed(config.publicUrl().replaceAll("/$", "") + "/api/agenda-feeds/" + token + ".ics");
    }

    /** The agenda behind a feed token, for calendar apps that cannot log in; 404 for unknown tokens. */
    public String feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw ProblemException.notFound("notFound.feed");
        }
        @SuppressWarnings("unchecked")
        List<Object> owners = em.createNativeQuery("SELECT username FROM agenda_feed WHERE token = ?1")
                .setParameter(1, token).getResultList();
        if (owners.isEmpty()) {
            throw ProblemException.notFound("notFound.feed");
        }
        Object username = owners.get(0);
        return programme.ics("Meine Agenda – Kommunalmesse", talksOf(username.toString()));
    }

    /** Who has which talk in their agenda that starts after {@code from} and no later than {@code to}, for reminders. */
    public List<AgendaStart> startingBetween(Instant from, Instant to) {
        List<AgendaStart> starts = new java.util.ArrayList<>();
        for (Talk talk : Talk.<Talk>list("select t from Talk t join fetch t.stage where t.startsAt > ?1 and t.startsAt <= ?2",
                from, to)) {
            @SuppressWarnings("unchecked")
            List<String> usernames = em.createNativeQuery("SELECT username FROM agenda_entry WHERE talk_id = ?1")
                    .setParameter(1, talk.id).getResultList();
            usernames.forEach(u -> starts.add(new AgendaStart(u, talk.id, talk.title, talk.stage.name, talk.startsAt)));
        }
        return starts;
    }

    private List<Talk> talksOf(String username) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT talk_id FROM agenda_entry WHERE username = ?1")
                .setParameter(1, username).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return Talk.list("select t from Talk t join fetch t.stage where t.id in ?1 order by t.startsAt",
                ids.stream().map(Number::longValue).toList());
    }
}
