package de.kommunalmesse.network;

import de.kommunalmesse.booth.OrganisationType;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.common.SqlValues;
import de.kommunalmesse.fair.FairService;
import de.kommunalmesse.fair.FairViews.RegionView;
import de.kommunalmesse.identity.Caller;
import de.kommunalmesse.network.NetworkViews.BlockView;
import de.kommunalmesse.network.NetworkViews.DirectoryView;
import de.kommunalmesse.network.NetworkViews.NewRequest;
import de.kommunalmesse.network.NetworkViews.OwnProfileView;
import de.kommunalmesse.network.NetworkViews.PersonView;
import de.kommunalmesse.network.NetworkViews.ProfileUpdate;
import de.kommunalmesse.network.NetworkViews.RequestView;
import de.kommunalmesse.network.NetworkViews.RequestsView;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Networking between visitors (docs/networking.md): a logged-in visitor opts in with a profile and is then findable
 * in the directory; they ask others for contact, and an accepted request opens a private conversation. Nobody is
 * listed without a profile, leaving deletes it at once, and a block keeps two people apart everywhere: no requests,
 * no messages, neither in the other's directory. Only the two sides of a request (and admins) see it; a third person
 * is told it does not exist.
 */
@ApplicationScoped
@Transactional
public class NetworkService {

    /** How many people one page of the directory and the suggestions hold. */
    static final int PAGE = 50;
    static final int SUGGESTIONS = 6;

    @Inject
    Caller caller;

    @Inject
    FairService fair;

    @Inject
    Blocks blocks;

    @Inject
    PeerConversations conversations;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<NetworkChanged> changed;

    /** The caller's own profile, or {@code findable = false}. */
    public OwnProfileView ownProfile() {
        return own().map(p -> new OwnProfileView(true, view(p, Map.of(), Set.of()))).orElse(new OwnProfileView(false, null));
    }

    /** Opts the caller in, or changes what their profile shows. */
    public OwnProfileView saveProfile(ProfileUpdate update) {
        String region = blankToNull(update.hostRegion());
        if (region != null && !fair.regions().containsKey(region)) {
            throw ProblemException.badRequest("unknownRegion", region).at("hostRegion");
        }
        Set<String> topics = new LinkedHashSet<>(update.topicFields() == null ? List.of() : update.topicFields());
        for (String topic : topics) {
            if (!fair.topicFields().containsKey(topic)) {
                throw ProblemException.badRequest("unknownTopicField", topic).at("topicFields");
            }
        }
        NetworkProfile profile = own().orElseGet(() -> {
            NetworkProfile created = new NetworkProfile();
            created.username = caller.username();
            created.createdAt = clock.instant();
            return created;
        });
        profile.displayName = caller.displayName();
        profile.organisation = update.organisation().strip();
        profile.organisationType = update.organisationType();
        profile.hostRegion = region;
        profile.regionText = blankToNull(update.region());
        profile.role = blankToNull(update.role());
        profile.about = blankToNull(update.about());
        profile.topicFields.clear();
        profile.topicFields.addAll(topics);
        profile.updatedAt = clock.instant();
        if (profile.id == null) {
            profile.persist();
        }
        return new OwnProfileView(true, view(profile, Map.of(), Set.of()));
    }

    /** Leaves the directory: the profile and its topic fields are deleted at once; requests and blocks stay. */
    public void leave() {
        own().ifPresent(NetworkProfile::delete);
    }

    /**
     * The directory: everybody who opted in, but not the caller and nobody blocked either way, filtered by
     * organisation type, host region, topic field and words in name, organisation, role, region and text.
     */
    public DirectoryView directory(String typeCode, String region, String topic, String text) {
        OrganisationType type = typeCode == null || typeCode.isBlank() ? null : organisationType(typeCode);
        StringBuilder where = new StringBuilder("username <> :me and username not in (:hidden)");
        Parameters params = Parameters.with("me", caller.username()).and("hidden", hiddenFor(caller.username()));
        if (type != null) {
            where.append(" and organisationType = :type");
            params.and("type", type);
        }
        if (region != null && !region.isBlank()) {
            where.append(" and hostRegion = :region");
            params.and("region", region);
        }
        if (topic != null && !topic.isBlank()) {
            where.append(" and id in (select o.id from NetworkProfile o join o.topicFields t where t = :topic)");
            params.and("topic", topic);
        }
        int word = 0;
        for (String w : text == null ? new String[0] : text.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (w.isEmpty() || word == 5) {
                continue;
            }
            String name = "w" + word++;
            where.append(" and (lower(displayName) like :").append(name).append(" or lower(organisation) like :").append(name)
                    .append(" or lower(role) like :").append(name).append(" or lower(regionText) like :").append(name)
                    .append(" or lower(about) like :").append(name).append(")");
            params.and(name, "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var query = NetworkProfile.<NetworkProfile>find(where + " order by displayName, id", params);
        List<NetworkProfile> page = query.page(0, PAGE).list();
        Set<String> mine = own().map(p -> p.topicFields).orElse(Set.of());
        return new DirectoryView(page.stream().map(p -> view(p, contacts(), mine)).toList(), query.count());
    }

    /**
     * People with the caller's interests: those sharing the most topic fields first, then those of the same host
     * region; empty until the caller opted in (their profile says what they are interested in).
     */
    public List<PersonView> suggestions() {
        Optional<NetworkProfile> me = own();
        if (me.isEmpty() || me.get().topicFields.isEmpty() && me.get().hostRegion == null) {
            return List.of();
        }
        Set<String> topics = me.get().topicFields;
        String region = me.get().hostRegion;
        Map<String, RequestView> contacts = contacts();
        List<NetworkProfile> candidates = NetworkProfile.<NetworkProfile>find("username <> :me and username not in (:hidden)"
                + " and (hostRegion = :region or id in (select o.id from NetworkProfile o join o.topicFields t"
                + " where t in (:topics)))",
                Parameters.with("me", caller.username()).and("hidden", hiddenFor(caller.username()))
                        .and("region", region == null ? "" : region).and("topics", topics.isEmpty() ? Set.of("") : topics))
                .list();
        return candidates.stream().map(p -> view(p, contacts, topics))
                // Already connected or asked: nothing to suggest
                .filter(p -> "none".equals(p.contact()))
                .sorted(Comparator.comparingInt(PersonView::shared).reversed()
                        .thenComparing(p -> region != null && region.equals(p.hostRegion()) ? 0 : 1)
                        .thenComparing(PersonView::name))
                .limit(SUGGESTIONS).toList();
    }

    /**
     * Asks someone in the directory for contact. The caller must be findable themselves (so that the other sees
     * who asks); one request per pair of people, whoever asked first, and parallel requests get one success.
     */
    public RequestView request(NewRequest draft) {
        NetworkProfile me = own().orElseThrow(() -> ProblemException.conflict("network.profileRequired"));
        NetworkProfile other = NetworkProfile.<NetworkProfile>findByIdOptional(draft.to())
                .filter(p -> !blocks.between(me.username, p.username))
                .orElseThrow(() -> ProblemException.notFound("notFound.networkPerson", draft.to()));
        if (other.username.equals(me.username)) {
            throw ProblemException.conflict("network.self");
        }
        String pair = NetworkRequest.pairKey(me.username, other.username);
        if (NetworkRequest.count("pairKey", pair) > 0) {
            throw ProblemException.conflict("network.alreadyAsked");
        }
        NetworkRequest request = new NetworkRequest();
        request.pairKey = pair;
        request.sender = me.username;
        request.senderName = caller.displayName();
        request.receiver = other.username;
        request.receiverName = other.displayName;
        request.message = blankToNull(draft.message());
        request.status = NetworkRequest.PENDING;
        request.createdAt = clock.instant();
        try {
            request.persistAndFlush();
        } catch (PersistenceException e) {
            // Both asked each other at the same moment: the unique pair key lets one insert win
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw ProblemException.conflict("network.alreadyAsked");
            }
            throw e;
        }
        changed.fire(new NetworkChanged.Requested(request.id, request.receiver, request.senderName));
        return view(request, caller.username());
    }

    /** The caller's requests, received and sent, newest first. */
    public RequestsView requests() {
        String me = caller.username();
        List<RequestView> incoming = NetworkRequest.<NetworkRequest>find("receiver = ?1 order by createdAt desc, id desc", me)
                .stream().map(r -> view(r, me)).toList();
        List<RequestView> outgoing = NetworkRequest.<NetworkRequest>find("sender = ?1 order by createdAt desc, id desc", me)
                .stream().map(r -> view(r, me)).toList();
        return new RequestsView(incoming, outgoing);
    }

    /** One request: its two sides and admins; anybody else learns that there is none. */
    public RequestView requestOf(long id) {
        NetworkRequest request = visible(id);
        return view(request, caller.username());
    }

    /** The receiver accepts: the private conversation opens, and the sender hears of it. */
    public RequestView accept(long id) {
        NetworkRequest request = answerable(id);
        if (blocks.between(request.sender, request.receiver)) {
            throw ProblemException.forbidden("network.blocked");
        }
        request.status = NetworkRequest.ACCEPTED;
        request.answeredAt = clock.instant();
        request.conversationId = conversations.openPeer(request.id, request.sender, request.senderName, request.receiver,
                request.receiverName);
        changed.fire(new NetworkChanged.Accepted(request.id, request.sender, request.receiverName, request.conversationId));
        return view(request, caller.username());
    }

    /** The receiver declines; the sender sees "not accepted" and nothing more. */
    public RequestView decline(long id) {
        NetworkRequest request = answerable(id);
        request.status = NetworkRequest.DECLINED;
        request.answeredAt = clock.instant();
        return view(request, caller.username());
    }

    /** Blocks the person in the directory. */
    public BlockView blockPerson(long profileId) {
        NetworkProfile other = NetworkProfile.<NetworkProfile>findByIdOptional(profileId)
                .filter(p -> !p.username.equals(caller.username()))
                .orElseThrow(() -> ProblemException.notFound("notFound.networkPerson", profileId));
        return block(other.username, other.displayName);
    }

    /** Blocks the other side of a request: a pending one received is declined, their conversation closes. */
    public BlockView blockRequest(long requestId) {
        NetworkRequest request = visibleToSides(requestId);
        String me = caller.username();
        if (NetworkRequest.PENDING.equals(request.status) && me.equals(request.receiver)) {
            request.status = NetworkRequest.DECLINED;
            request.answeredAt = clock.instant();
        }
        return block(request.other(me), request.otherName(me));
    }

    /** The people the caller blocked. */
    public List<BlockView> blocked() {
        return rows("SELECT id, blocked_name, created_at FROM network_block WHERE blocker = ?1 ORDER BY created_at DESC",
                caller.username());
    }

    /** Lifts a block of the caller's; a conversation closed by it can be reopened, a declined request stays declined. */
    public void unblock(long blockId) {
        int removed = em.createNativeQuery("DELETE FROM network_block WHERE id = ?1 AND blocker = ?2")
                .setParameter(1, blockId).setParameter(2, caller.username()).executeUpdate();
        if (removed == 0) {
            throw ProblemException.notFound("notFound.networkBlock", blockId);
        }
    }

    private BlockView block(String other, String otherName) {
        String me = caller.username();
        em.createNativeQuery("INSERT IGNORE INTO network_block (blocker, blocked, blocked_name, created_at)"
                + " VALUES (?1, ?2, ?3, ?4)").setParameter(1, me).setParameter(2, other).setParameter(3, otherName)
                .setParameter(4, clock.instant()).executeUpdate();
        NetworkRequest.<NetworkRequest>find("pairKey", NetworkRequest.pairKey(me, other)).firstResultOptional()
                .map(r -> r.conversationId).ifPresent(conversations::closePeer);
        return rows("SELECT id, blocked_name, created_at FROM network_block WHERE blocker = ?1 AND blocked = ?2", me, other)
                .get(0);
    }

    @SuppressWarnings("unchecked")
    private List<BlockView> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new BlockView(((Number) row[0]).longValue(), (String) row[1],
                        SqlValues.instant(row[2])))
                .toList();
    }

    private NetworkRequest answerable(long id) {
        NetworkRequest request = visibleToSides(id);
        if (!caller.username().equals(request.receiver)) {
            throw ProblemException.forbidden("network.notReceiver");
        }
        if (!NetworkRequest.PENDING.equals(request.status)) {
            throw ProblemException.conflict("network.answered");
        }
        return request;
    }

    private NetworkRequest visible(long id) {
        NetworkRequest request = NetworkRequest.<NetworkRequest>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("notFound.networkRequest", id));
        if (!request.isSide(caller.username()) && !caller.isAdmin()) {
            throw ProblemException.notFound("notFound.networkRequest", id);
        }
        return request;
    }

    private NetworkRequest visibleToSides(long id) {
        NetworkRequest request = visible(id);
        if (!request.isSide(caller.username())) {
            throw ProblemException.notFound("notFound.networkRequest", id);
        }
        return request;
    }

    private Optional<NetworkProfile> own() {
        return NetworkProfile.find("username", caller.username()).firstResultOptional();
    }

    /** The people the user blocked or who blocked them; never empty, so that {@code not in} stays valid. */
    @SuppressWarnings("unchecked")
    private Set<String> hiddenFor(String username) {
        Set<String> hidden = new HashSet<>(em.createNativeQuery("SELECT blocked FROM network_block WHERE blocker = ?1"
                + " UNION SELECT blocker FROM network_block WHERE blocked = ?1").setParameter(1, username).getResultList());
        hidden.add("");
        return hidden;
    }

    /** The caller's requests keyed by the other person's username. */
    private Map<String, RequestView> contacts() {
        String me = caller.username();
        return NetworkRequest.<NetworkRequest>find("sender = ?1 or receiver = ?1", me).stream()
                .collect(Collectors.toMap(r -> r.other(me), r -> view(r, me), (a, b) -> a));
    }

    private PersonView view(NetworkProfile p, Map<String, RequestView> contacts, Set<String> mine) {
        RequestView request = contacts.get(p.username);
        String contact = request == null ? "none"
                : switch (request.status()) {
                    case NetworkRequest.ACCEPTED -> "connected";
                    case NetworkRequest.PENDING -> request.incoming() ? "received" : "sent";
                    default -> "not-accepted";
                };
        String regionName = p.hostRegion == null ? null
                : Optional.ofNullable(fair.regions().get(p.hostRegion)).map(RegionView::name).orElse(null);
        List<String> topics = new ArrayList<>(p.topicFields);
        int shared = (int) topics.stream().filter(mine::contains).count();
        return new PersonView(p.id, p.displayName, p.organisation, p.organisationType, p.hostRegion, regionName,
                p.regionText, p.role, topics, p.about, contact, request == null ? null : request.id(),
                request == null ? null : request.conversationId(), shared);
    }

    private static RequestView view(NetworkRequest r, String me) {
        boolean incoming = me.equals(r.receiver);
        String status = !incoming && NetworkRequest.DECLINED.equals(r.status) ? "not-accepted" : r.status;
        return new RequestView(r.id, incoming, r.otherName(me), r.message, status,
                NetworkRequest.ACCEPTED.equals(r.status) ? r.conversationId : null, r.createdAt);
    }

    private static OrganisationType organisationType(String code) {
        try {
            return OrganisationType.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("badRequest.organisationType", code).at("type");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
