package de.kommunalmesse.chat.conversation;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import de.kommunalmesse.booth.BoothViews.BoothRef;
import de.kommunalmesse.common.ChatActivity;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatEvent.ConversationChanged;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.common.ConversationActivity;
import de.kommunalmesse.chat.ChatViews.ConversationView;
import de.kommunalmesse.chat.ChatViews.WaitingConversations;
import de.kommunalmesse.chat.channel.ChannelService;
import de.kommunalmesse.chat.channel.ChatPolicy;
import de.kommunalmesse.chat.channel.ConversationChannels;
import de.kommunalmesse.chat.channel.ConversationChannels.Participants;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.chat.message.MessageService.ReadMark;
import de.kommunalmesse.chat.protocol.ChatProtocol.ConversationInfo;
import de.kommunalmesse.common.Messages;
import de.kommunalmesse.common.ProblemException;
import de.kommunalmesse.meeting.VideoRooms;
import de.kommunalmesse.network.Blocks;
import de.kommunalmesse.network.PeerConversations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Private conversations between a visitor and a booth team ("Gespräch mit dem Standteam"). The visitor
 * opens one per booth; every staff member of the exhibitor sees it in the staff console, one of them
 * handles it (the first to answer, or whoever claims it), and staff or the visitor close and reopen it.
 * An accepted contact request between two visitors ("Vernetzen") opens one too ({@link PeerConversations}); a block
 * closes it for good.
 */
@ApplicationScoped
@Transactional
public class ConversationService implements ConversationChannels, PeerConversations {

    /** How the support team is named in its conversations (the organiser's team, not a booth). */
    static final String SUPPORT_NAME = "Support-Team der Kommunalmesse";

    @Inject
    BoothService booths;

    @Inject
    ChannelService channels;

    @Inject
    ChatPolicy policy;

    @Inject
    MessageService messages;

    @Inject
    ChatFanOut fanOut;

    @Inject
    Clock clock;

    @Inject
    Event<ChatActivity> activity;

    @Inject
    Event<ConversationActivity> conversationActivity;

    @Inject
    Blocks blocks;

    @Inject
    VideoRooms videoRooms;

    @Inject
    Messages texts;

    /** Opens the user's conversation with the booth team, or returns (and reopens) the existing one. */
    public ConversationView open(ChatUser user, String boothSlug) {
        ChatPolicy.requireLogin(user);
        if (booths.editionOfKey(boothSlug).map(EditionRef::archived).orElse(false)) {
            throw ProblemException.forbidden("forbidden.editionArchived", boothSlug.substring(0, boothSlug.indexOf('/')));
        }
        BoothRef booth = booths.publishedBoothRef(boothSlug)
                .orElseThrow(() -> ProblemException.notFound("notFound.booth", boothSlug));
        if (booths.isStaffOf(user.username(), boothSlug)) {
            throw ChatError.OWN_BOOTH.exception();
        }
        Conversation conversation = openOrReopen(user.username(), user.name(), booth.key(), booth.name(),
                booth.exhibitorSlug(), booth.exhibitorName(), null, null);
        return view(conversation, user);
    }

    /**
     * Opens the user's conversation with the organiser's support team ("Hilfe"), or returns (and reopens) the existing
     * one. Admins answer it from their console.
     */
    public ConversationView openSupport(ChatUser user) {
        ChatPolicy.requireLogin(user);
        Conversation conversation = openOrReopen(user.username(), user.name(), Conversation.SUPPORT, SUPPORT_NAME,
                Conversation.SUPPORT, SUPPORT_NAME, null, null);
        return view(conversation, user);
    }

    @Override
    public long openPeer(long requestId, String asker, String askerName, String peer, String peerName) {
        String key = Conversation.PEER_PREFIX + requestId;
        return openOrReopen(asker, askerName, key, peerName, key, peerName, peer, peerName).id;
    }

    @Override
    public void closePeer(long conversationId) {
        Conversation.<Conversation>findByIdOptional(conversationId).filter(Conversation::isPeer)
                .filter(c -> Conversation.OPEN.equals(c.status)).ifPresent(c -> {
                    c.status = Conversation.CLOSED;
                    c.updatedAt = clock.instant();
                    announce(c);
                });
    }

    /** The visitor's conversation under the booth key, created or reopened; booth conversations count as activity. */
    private Conversation openOrReopen(String visitor, String visitorName, String boothKey, String boothName,
            String exhibitorSlug, String exhibitorName, String peer, String peerName) {
        Conversation conversation = Conversation.<Conversation>find("visitor = ?1 and boothSlug = ?2", visitor, boothKey)
                .firstResultOptional().orElse(null);
        if (conversation == null) {
            conversation = new Conversation();
            conversation.boothSlug = boothKey;
            conversation.boothName = boothName;
            conversation.exhibitorSlug = exhibitorSlug;
            conversation.exhibitorName = exhibitorName;
            conversation.visitor = visitor;
            conversation.visitorName = visitorName;
            conversation.peer = peer;
            conversation.peerName = peerName;
            conversation.status = Conversation.OPEN;
            conversation.createdAt = clock.instant();
            conversation.updatedAt = conversation.createdAt;
            conversation.persistAndFlush();
            if (!Conversation.SUPPORT.equals(boothKey) && !conversation.isPeer()) {
                conversationActivity.fire(new ConversationActivity(boothKey, ConversationActivity.Kind.OPENED, null));
            }
            announce(conversation);
        } else if (Conversation.CLOSED.equals(conversation.status)) {
            conversation.status = Conversation.OPEN;
            conversation.updatedAt = clock.instant();
            announce(conversation);
        }
        channels.ensure(conversation.channel());
        return conversation;
    }

    /** The admins' console: the support conversations, latest activity first; {@code status} open, closed or all. */
    public List<ConversationView> support(ChatUser user, String status) {
        policy.requireAdmin(user);
        String filter = status == null || status.isBlank() || "all".equals(status) ? null : status;
        List<Conversation> found = filter == null
                ? Conversation.<Conversation>find("boothSlug = ?1 order by updatedAt desc", Conversation.SUPPORT).list()
                : Conversation.<Conversation>find("boothSlug = ?1 and status = ?2 order by updatedAt desc",
                        Conversation.SUPPORT, filter).list();
        return found.stream().map(c -> view(c, user)).toList();
    }

    /** The conversations the user opened as a visitor or was asked into by another visitor, latest activity first. */
    public List<ConversationView> mine(ChatUser user) {
        return Conversation.<Conversation>find("visitor = ?1 or peer = ?1 order by updatedAt desc", user.username())
                .stream().map(c -> view(c, user)).toList();
    }

    /** The staff console: the booth's conversations with unread counts for the calling staff member. */
    public List<ConversationView> forBooth(ChatUser user, String boothSlug, String status) {
        policy.requireStaff(user, boothSlug);
        String filter = status == null || status.isBlank() || "all".equals(status) ? null : status;
        List<Conversation> found = filter == null
                ? Conversation.<Conversation>find("boothSlug = ?1 order by updatedAt desc", boothSlug).list()
                : Conversation.<Conversation>find("boothSlug = ?1 and status = ?2 order by updatedAt desc", boothSlug,
                        filter).list();
        return found.stream().map(c -> view(c, user)).toList();
    }

    public ConversationView get(ChatUser user, long id) {
        Conversation conversation = participantOnly(user, id);
        return view(conversation, user);
    }

    /** A staff member takes the conversation over. */
    public ConversationView claim(ChatUser user, long id) {
        Conversation conversation = find(id);
        if (conversation.isPeer()) {
            throw ChatError.NOT_STAFF.exception(conversation.boothSlug);
        }
        policy.requireStaff(user, conversation.boothSlug);
        conversation.handler = user.username();
        conversation.handlerName = user.name();
        conversation.updatedAt = clock.instant();
        announce(conversation);
        return view(conversation, user);
    }

    /** Closes (or reopens) the conversation; staff of the booth, admins and the visitor may. */
    public ConversationView setStatus(ChatUser user, long id, boolean open) {
        Conversation conversation = participantOnly(user, id);
        String status = open ? Conversation.OPEN : Conversation.CLOSED;
        if (open && conversation.isPeer() && blocks.between(conversation.visitor, conversation.peer)) {
            throw ProblemException.forbidden("network.blocked");
        }
        if (!status.equals(conversation.status)) {
            conversation.status = status;
            conversation.updatedAt = clock.instant();
            announce(conversation);
        }
        return view(conversation, user);
    }

    /**
     * Starts an instant video meeting from the conversation and posts its room link there as the caller's message:
     * staff of the booth (admins in support conversations) or either visitor of a conversation between visitors.
     * The visitor of a booth conversation may not; with no video service configured it is refused (409).
     */
    public ConversationView startVideo(ChatUser user, long id, Locale language) {
        ChatPolicy.requireLogin(user);
        Conversation conversation = find(id);
        boolean staff;
        if (conversation.isPeer()) {
            if (!conversation.isVisitorSide(user.username())) {
                throw ChatError.READ_FORBIDDEN.exception(conversation.channel());
            }
            staff = false;
        } else {
            policy.requireStaff(user, conversation.boothSlug);
            staff = true;
        }
        if (!Conversation.OPEN.equals(conversation.status)) {
            throw ChatError.CONVERSATION_CLOSED.exception();
        }
        String room = videoRooms.instantRoom("gespraech-" + id + "-" + UUID.randomUUID().toString().substring(0, 8),
                "Kommunalmesse: " + conversation.boothName);
        String text = texts.get(language, "conversation.videoMessage", room);
        Subscription subscription = channels.enter(user, conversation.channel());
        try {
            long seq = messages.post(user, subscription, UUID.randomUUID().toString(), text).get().seq();
            messageStored(id, user, staff, seq);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChatError.UNAVAILABLE.exception();
        }
        return view(conversation, user);
    }

    /**
     * Called after a message was stored in the conversation: the first staff member to answer becomes
     * its handler, and the staff console learns of the new message.
     */
    public void messageStored(long id, ChatUser author, boolean byStaff, long seq) {
        Conversation conversation = Conversation.findById(id);
        if (conversation == null) {
            return;
        }
        conversation.updatedAt = clock.instant();
        // In a support conversation the admins are the team
        boolean support = Conversation.SUPPORT.equals(conversation.boothSlug);
        byStaff = byStaff || support && author.isAdmin() && !author.username().equals(conversation.visitor);
        conversationActivity.fire(new ConversationActivity(conversation.boothSlug, ConversationActivity.Kind.MESSAGE, null));
        if (byStaff && conversation.handler == null) {
            conversation.handler = author.username();
            conversation.handlerName = author.name();
            conversationActivity.fire(new ConversationActivity(conversation.boothSlug, ConversationActivity.Kind.ANSWERED,
                    Duration.between(conversation.createdAt, conversation.updatedAt)));
        }
        ConversationInfo info = info(conversation);
        fanOut.publish(new ConversationChanged(info, seq));
        String recipient = conversation.isPeer()
                ? author.username().equals(conversation.visitor) ? conversation.peer : conversation.visitor
                : byStaff ? conversation.visitor : conversation.handler;
        if (recipient != null && !recipient.equals(author.username())) {
            String about = conversation.isPeer() ? author.name() : conversation.boothName;
            activity.fire(new ChatActivity.ConversationReply(id, recipient, about, author.name(), byStaff));
        } else if (support && !byStaff) {
            activity.fire(new ChatActivity.SupportRequested(id, author.name()));
        }
    }

    /** Open conversations of the edition that no staff member has answered or claimed yet (the organiser dashboard). */
    public long waitingForStaff(String edition) {
        return Conversation.count("status = ?1 and handler is null and boothSlug like ?2", Conversation.OPEN, edition + "/%");
    }

    /**
     * For the header of staff: per published booth of the edition whose exhibitor the caller staffs, the open
     * conversations no staff member has answered or claimed yet (booths without any are left out).
     */
    public List<WaitingConversations> waitingAtMyBooths(ChatUser user, String edition) {
        ChatPolicy.requireLogin(user);
        Map<String, BoothRef> staffed = booths.boothRefs(booths.staffedBoothIds()).stream()
                .filter(booth -> booth.edition().equals(edition))
                .collect(Collectors.toMap(BoothRef::key, booth -> booth, (a, b) -> a));
        if (staffed.isEmpty()) {
            return List.of();
        }
        return Conversation.getEntityManager().createQuery("select c.boothSlug, count(c) from Conversation c"
                        + " where c.status = ?1 and c.handler is null and c.boothSlug in ?2 group by c.boothSlug",
                        Object[].class)
                .setParameter(1, Conversation.OPEN).setParameter(2, staffed.keySet()).getResultStream()
                .map(row -> {
                    BoothRef booth = staffed.get((String) row[0]);
                    return new WaitingConversations(booth.key(), booth.slug(), booth.name(), (Long) row[1]);
                })
                .sorted(Comparator.comparing(WaitingConversations::boothName))
                .toList();
    }

    private void announce(Conversation conversation) {
        fanOut.publish(new ConversationChanged(info(conversation), null));
    }

    private Conversation find(long id) {
        Conversation conversation = Conversation.findById(id);
        if (conversation == null) {
            throw ChatError.CONVERSATION_NOT_FOUND.exception(id);
        }
        return conversation;
    }

    private Conversation participantOnly(ChatUser user, long id) {
        ChatPolicy.requireLogin(user);
        Conversation conversation = find(id);
        if (conversation.isPeer()) {
            if (!conversation.isVisitorSide(user.username())) {
                policy.requireAdmin(user);
            }
        } else if (!user.username().equals(conversation.visitor)) {
            policy.requireStaff(user, conversation.boothSlug);
        }
        return conversation;
    }

    /** Between two visitors each sees the other where a booth conversation names the booth and its exhibitor. */
    private ConversationView view(Conversation c, ChatUser user) {
        String channel = c.channel().toString();
        ReadMark mark = messages.readMark(user.username(), channel);
        long head = channels.head(channel);
        boolean asked = c.isPeer() && user.username().equals(c.peer);
        String counterpart = asked ? c.visitorName : c.boothName;
        return new ConversationView(c.id, channel, c.boothSlug, counterpart, asked ? c.visitorName : c.exhibitorName,
                asked ? c.peerName : c.visitorName, c.status, c.handlerName, c.createdAt, c.updatedAt, head, mark.unread());
    }

    @Override
    public Optional<Participants> participants(long conversationId) {
        return Conversation.<Conversation>findByIdOptional(conversationId)
                .map(c -> new Participants(info(c), c.visitor, c.peer));
    }

    /** What both sides see about a conversation, on the socket. */
    static ConversationInfo info(Conversation c) {
        return new ConversationInfo(c.id, c.channel().toString(), c.boothSlug, c.boothName, c.exhibitorName,
                c.visitorName, c.status, c.handlerName);
    }
}
