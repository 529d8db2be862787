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
import de.kommunalmesse.chat.channel.ChannelService;
import de.kommunalmesse.chat.channel.ChatPolicy;
import de.kommunalmesse.chat.channel.ConversationChannels;
import de.kommunalmesse.chat.channel.ConversationChannels.Participants;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.chat.message.MessageService.ReadMark;
import de.kommunalmesse.chat.protocol.ChatProtocol.ConversationInfo;
import de.kommunalmesse.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Private conversations between a visitor and a booth team ("Gespräch mit dem Standteam"). The visitor
 * opens one per booth; every staff member of the exhibitor sees it in the staff console, one of them
 * handles it (the first to answer, or whoever claims it), and staff or the visitor close and reopen it.
 */
@ApplicationScoped
@Transactional
public class ConversationService implements ConversationChannels {

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
        Conversation conversation = Conversation.<Conversation>find("visitor = ?1 and boothSlug = ?2",
                user.username(), boothSlug).firstResultOptional().orElse(null);
        if (conversation == null) {
            conversation = new Conversation();
            conversation.boothSlug = booth.key();
            conversation.boothName = booth.name();
            conversation.exhibitorSlug = booth.exhibitorSlug();
            conversation.exhibitorName = booth.exhibitorName();
            conversation.visitor = user.username();
            conversation.visitorName = user.name();
            conversation.status = Conversation.OPEN;
            conversation.createdAt = clock.instant();
            conversation.updatedAt = conversation.createdAt;
            conversation.persistAndFlush();
            conversationActivity.fire(new ConversationActivity(conversation.boothSlug, ConversationActivity.Kind.OPENED, null));
            announce(conversation);
        } else if (Conversation.CLOSED.equals(conversation.status)) {
            conversation.status = Conversation.OPEN;
            conversation.updatedAt = clock.instant();
            announce(conversation);
        }
        channels.ensure(conversation.channel());
        return view(conversation, user);
    }

    /**
     * Opens the user's conversation with the organiser's support team ("Hilfe"), or returns (and reopens) the existing
     * one. Admins answer it from their console.
     */
    public ConversationView openSupport(ChatUser user) {
        ChatPolicy.requireLogin(user);
        Conversation conversation = Conversation.<Conversation>find("visitor = ?1 and boothSlug = ?2", user.username(),
                Conversation.SUPPORT).firstResultOptional().orElse(null);
        if (conversation == null) {
            conversation = new Conversation();
            conversation.boothSlug = Conversation.SUPPORT;
            conversation.boothName = SUPPORT_NAME;
            conversation.exhibitorSlug = Conversation.SUPPORT;
            conversation.exhibitorName = SUPPORT_NAME;
            conversation.visitor = user.username();
            conversation.visitorName = user.name();
            conversation.status = Conversation.OPEN;
            conversation.createdAt = clock.instant();
            conversation.updatedAt = conversation.createdAt;
            conversation.persistAndFlush();
            announce(conversation);
        } else if (Conversation.CLOSED.equals(conversation.status)) {
            conversation.status = Conversation.OPEN;
            conversation.updatedAt = clock.instant();
            announce(conversation);
        }
        channels.ensure(conversation.channel());
        return view(conversation, user);
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

    /** The conversations the user opened as a visitor, latest activity first. */
    public List<ConversationView> mine(ChatUser user) {
        return Conversation.<Conversation>find("visitor = ?1 order by updatedAt desc", user.username()).stream()
                .map(c -> view(c, user)).toList();
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
        if (!status.equals(conversation.status)) {
            conversation.status = status;
            conversation.updatedAt = clock.instant();
            announce(conversation);
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
        String recipient = byStaff ? conversation.visitor : conversation.handler;
        if (recipient != null && !recipient.equals(author.username())) {
            activity.fire(new ChatActivity.ConversationReply(id, recipient, conversation.boothName, author.name(), byStaff));
        } else if (support && !byStaff) {
            activity.fire(new ChatActivity.SupportRequested(id, author.name()));
        }
    }

    /** Open conversations of the edition that no staff member has answered or claimed yet (the organiser dashboard). */
    public long waitingForStaff(String edition) {
        return Conversation.count("status = ?1 and handler is null and boothSlug like ?2", Conversation.OPEN, edition + "/%");
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
        if (!user.username().equals(conversation.visitor)) {
            policy.requireStaff(user, conversation.boothSlug);
        }
        return conversation;
    }

    private ConversationView view(Conversation c, ChatUser user) {
        String channel = c.channel().toString();
        ReadMark mark = messages.readMark(user.username(), channel);
        long head = channels.head(channel);
        return new ConversationView(c.id, channel, c.boothSlug, c.boothName, c.exhibitorName, c.visitorName, c.status,
                c.handlerName, c.createdAt, c.updatedAt, head, mark.unread());
    }

    @Override
    public Optional<Participants> participants(long conversationId) {
        return Conversation.<Conversation>findByIdOptional(conversationId)
                .map(c -> new Participants(info(c), c.visitor));
    }

    /** What both sides see about a conversation, on the socket. */
    static ConversationInfo info(Conversation c) {
        return new ConversationInfo(c.id, c.channel().toString(), c.boothSlug, c.boothName, c.exhibitorName,
                c.visitorName, c.status, c.handlerName);
    }
}
