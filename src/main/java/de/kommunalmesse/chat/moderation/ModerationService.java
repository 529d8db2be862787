package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.common.ChatActivity;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatEvent.SanctionLifted;
import de.kommunalmesse.chat.ChatEvent.SettingsChanged;
import de.kommunalmesse.chat.ChatException;
import de.kommunalmesse.chat.ChatUser;
import de.kommunalmesse.chat.ChatViews.LogEntryView;
import de.kommunalmesse.chat.ChatViews.NewSanction;
import de.kommunalmesse.chat.ChatViews.ReportResolution;
import de.kommunalmesse.chat.ChatViews.ReportView;
import de.kommunalmesse.chat.ChatViews.SanctionView;
import de.kommunalmesse.chat.ChatViews.SettingsUpdate;
import de.kommunalmesse.chat.SanctionKind;
import de.kommunalmesse.chat.channel.ChannelService;
import de.kommunalmesse.chat.channel.ChatPolicy;
import de.kommunalmesse.chat.channel.Sanction;
import de.kommunalmesse.chat.channel.SanctionCache;
import de.kommunalmesse.chat.channel.Subscription;
import de.kommunalmesse.chat.delivery.ChatFanOut;
import de.kommunalmesse.chat.message.ChatMessage;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.chat.message.MessageWriter.Written;
import de.kommunalmesse.chat.protocol.ChatProtocol.ChannelSettings;
import de.kommunalmesse.common.PageView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import de.kommunalmesse.fair.EditionService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Moderation: deleting messages of others, mutes and bans, slow mode and anonymous reading, the report
 * queue. Admins moderate everywhere, booth staff in their booth's channel and conversations
 * ({@link ChatPolicy}); every action is written to the moderation log.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    private static final Logger LOG = Logger.getLogger(ModerationService.class);

    static final String MESSAGE_DELETED = "message-deleted";
    static final String USER_MUTED = "user-muted";
    static final String USER_BANNED = "user-banned";
    static final String SANCTION_LIFTED = "sanction-lifted";
    static final String SETTINGS_CHANGED = "settings-changed";
    static final String MESSAGE_REPORTED = "message-reported";
    static final String REPORT_RESOLVED = "report-resolved";
    static final String REPORT_DISMISSED = "report-dismissed";

    @Inject
    EditionService editions;

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

    /** Deletes a message (own, or any as a moderator) and waits until it is stored and logged (REST). */
    public Written deleteMessage(ChatUser actor, ChannelId channel, long seq) {
        ChannelState state = channels.state(channel);
        Written written = await(messages.remove(actor, new Subscription(state, policy.access(actor, state)), seq));
        messageDeleted(actor, written);
        return written;
    }

    /**
     * Deletes a message in a channel the connection subscribed to (WebSocket): checks in memory, then the
     * writer's queue; completes once stored, while the log entry is written on a worker thread.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CompletableFuture<Written> deleteMessage(ChatUser actor, Subscription subscription, Long seq) {
        return messages.remove(actor, subscription, seq).thenApply(written -> {
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    messageDeleted(actor, written);
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Logging the deletion of %s #%d failed", written.channel(), written.seq());
                }
            });
            return written;
        });
    }

    /** Logs a deletion by someone other than the author. */
    void messageDeleted(ChatUser actor, Written written) {
        if (!actor.username().equals(written.author())) {
            log(actor, MESSAGE_DELETED, written.channel(), written.author(), written.seq(), null);
        }
    }

    /** Mutes or bans a user in a channel or, for admins, everywhere. */
    public SanctionView impose(ChatUser actor, NewSanction draft) {
        ChatPolicy.requireLogin(actor);
        String channel = qualified(draft.channel());
        String target;
        String targetName;
        if (draft.seq() != null) {
            if (channel == null) {
                throw ChatError.INVALID_SANCTION.exception();
            }
            ChatMessage message = ChatMessage.<ChatMessage>find("channelId = ?1 and seq = ?2", channel, draft.seq())
                    .firstResultOptional()
                    .orElseThrow(() -> ChatError.MESSAGE_NOT_FOUND.exception(draft.seq()));
            target = message.author;
            targetName = message.authorName;
        } else if (draft.user() != null && !draft.user().isBlank()) {
            target = draft.user().strip().toLowerCase(Locale.ROOT);
            targetName = lastDisplayName(target, channel);
        } else {
            throw ChatError.INVALID_SANCTION.exception();
        }
        requireModeration(actor, channel);
        if (target.equals(actor.username())) {
            throw ChatError.SELF_SANCTION.exception();
        }
        if (draft.kind() == SanctionKind.MUTE && draft.minutes() == null) {
            throw ChatError.INVALID_SANCTION.exception();
        }
        Sanction sanction = new Sanction();
        sanction.username = target;
        sanction.userName = targetName;
        sanction.kind = draft.kind().value();
        sanction.channelId = channel;
        sanction.reason = draft.reason();
        sanction.createdBy = actor.username();
        sanction.createdByName = actor.name();
        sanction.createdAt = clock.instant();
        sanction.expiresAt = draft.minutes() == null ? null : sanction.createdAt.plus(Duration.ofMinutes(draft.minutes()));
        sanction.persist();
        log(actor, draft.kind() == SanctionKind.MUTE ? USER_MUTED : USER_BANNED, channel, target, draft.seq(),
                (draft.minutes() == null ? "unbefristet" : draft.minutes() + " min")
                        + (draft.reason() == null ? "" : ": " + draft.reason()));
        fanOut.publish(SanctionCache.imposedEvent(sanction));
        return view(sanction);
    }

    /** Lifts a mute or ban before it expires. */
    public SanctionView lift(ChatUser actor, long id) {
        ChatPolicy.requireLogin(actor);
        Sanction sanction = Sanction.<Sanction>findByIdOptional(id)
                .orElseThrow(() -> ChatError.SANCTION_NOT_FOUND.exception(id));
        requireModeration(actor, sanction.channelId);
        if (sanction.liftedAt == null) {
            sanction.liftedAt = clock.instant();
            sanction.liftedBy = actor.username();
            log(actor, SANCTION_LIFTED, sanction.channelId, sanction.username, null, sanction.kind);
            fanOut.publish(new SanctionLifted(id));
        }
        return view(sanction);
    }

    /** Sanctions of one channel (its moderators) or of all channels (admins); active ones only if asked. */
    public PageView<SanctionView> sanctions(ChatUser actor, String named, boolean activeOnly, int page, int size) {
        ChatPolicy.requireLogin(actor);
        String channel = qualified(named);
        requireModeration(actor, channel);
        StringBuilder where = new StringBuilder(channel == null ? "1 = 1" : "channelId = :channel");
        Parameters params = new Parameters();
        if (channel != null) {
            params.and("channel", channel);
        }
        if (activeOnly) {
            where.append(" and liftedAt is null and (expiresAt is null or expiresAt > :now)");
            params.and("now", clock.instant());
        }
        PanacheQuery<Sanction> query = Sanction.find(where + " order by createdAt desc, id desc", params);
        return PageView.of(query, page, size, ModerationService::view);
    }

    /** Changes slow mode (moderators) or anonymous reading (admins) of a channel. */
    public ChannelSettings updateSettings(ChatUser actor, ChannelId channel, SettingsUpdate update) {
        ChatPolicy.requireLogin(actor);
        ChannelState state = channels.state(channel);
        policy.requireModerate(actor, state);
        if (update.anonymousRead() != null) {
            policy.requireAdmin(actor);
        }
        if (update.anonymousRead() == null && update.slowModeSeconds() == null) {
            throw ChatError.INVALID_SETTINGS.exception();
        }
        ChannelSettings settings = channels.updateSettings(channel, update.anonymousRead(), update.slowModeSeconds());
        log(actor, SETTINGS_CHANGED, channel.toString(), null, null,
                "anonymousRead=" + settings.anonymousRead() + ", slowModeSeconds=" + settings.slowModeSeconds());
        fanOut.publish(new SettingsChanged(channel.toString(), settings));
        return settings;
    }

    /** A user reports a message to the admins. */
    public ReportView report(ChatUser actor, ChannelId channel, long seq, String reason) {
        ChatPolicy.requireLogin(actor);
        channels.enter(actor, channel);
        ChatMessage message = ChatMessage.<ChatMessage>find("channelId = ?1 and seq = ?2", channel.toString(), seq)
                .firstResultOptional().orElseThrow(() -> ChatError.MESSAGE_NOT_FOUND.exception(seq));
        if (message.deletedAt != null) {
            throw ChatError.MESSAGE_DELETED.exception();
        }
        if (Report.count("channelId = ?1 and messageSeq = ?2 and reporter = ?3", channel.toString(), seq,
                actor.username()) > 0) {
            throw ChatError.ALREADY_REPORTED.exception();
        }
        Report report = new Report();
        report.channelId = channel.toString();
        report.messageSeq = seq;
        report.messageAuthor = message.author;
        report.messageText = message.body;
        report.reporter = actor.username();
        report.reason = reason;
        report.status = Report.OPEN;
        report.createdAt = clock.instant();
        report.persist();
        log(actor, MESSAGE_REPORTED, report.channelId, message.author, seq, reason);
        activity.fire(new ChatActivity.MessageReported(report.id, report.channelId, reason));
        return view(report);
    }

    /** The admins' queue, oldest first; {@code status} open, resolved, dismissed or all. */
    public PageView<ReportView> reports(ChatUser actor, String status, int page, int size) {
        policy.requireAdmin(actor);
        PanacheQuery<Report> query = status == null || "all".equals(status)
                ? Report.find("order by createdAt, id")
                : Report.find("status = ?1 order by createdAt, id", status);
        return PageView.of(query, page, size, ModerationService::view);
    }

    /** Reports waiting for an admin (the organiser dashboard). */
    public long openReports() {
        return Report.count("status", Report.OPEN);
    }

    /** An admin handles a report, optionally deleting the message. */
    public ReportView resolve(ChatUser actor, long id, ReportResolution resolution) {
        policy.requireAdmin(actor);
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ChatError.REPORT_NOT_FOUND.exception(id));
        if (resolution.deleteMessage()) {
            ChannelId channel = ChannelId.parse(report.channelId).orElseThrow();
            try {
                deleteMessage(actor, channel, report.messageSeq);
            } catch (ChatException e) {
                if (e.error() != ChatError.MESSAGE_DELETED) {
                    throw e;
                }
            }
        }
        report.status = resolution.status();
        report.handledBy = actor.username();
        report.handledAt = clock.instant();
        report.note = resolution.note();
        log(actor, Report.RESOLVED.equals(report.status) ? REPORT_RESOLVED : REPORT_DISMISSED, report.channelId,
                report.messageAuthor, report.messageSeq, resolution.note());
        return view(report);
    }

    /** The moderation log, newest first, optionally of one channel (admins). */
    public PageView<LogEntryView> log(ChatUser actor, String named, int page, int size) {
        policy.requireAdmin(actor);
        String channel = qualified(named);
        PanacheQuery<ModerationLogEntry> query = channel == null
                ? ModerationLogEntry.find("order by createdAt desc, id desc")
                : ModerationLogEntry.find("channelId = ?1 order by createdAt desc, id desc", channel);
        return PageView.of(query, page, size, e -> new LogEntryView(e.id, e.actor, e.action, e.channelId, e.targetUser,
                e.messageSeq, e.detail, e.createdAt));
    }

    private void log(ChatUser actor, String action, String channel, String target, Long seq, String detail) {
        ModerationLogEntry entry = new ModerationLogEntry();
        entry.actor = actor.username();
        entry.action = action;
        entry.channelId = channel;
        entry.targetUser = target;
        entry.messageSeq = seq;
        entry.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        entry.createdAt = clock.instant();
        entry.persist();
    }

    /**
     * A channel as the server names it: a booth or stage channel named without its edition (clients before
     * editions) is the current edition's; anything malformed stays as it is and is refused where it is checked.
     */
    private String qualified(String channel) {
        if (channel == null) {
            return null;
        }
        return ChannelId.parse(channel).filter(id -> !id.hasEdition())
                .map(id -> id.withEdition(editions.current().slug()).toString()).orElse(channel);
    }

    /** Channel-scoped actions need its moderators; actions on all channels need an admin. */
    private void requireModeration(ChatUser actor, String channel) {
        if (channel == null) {
            policy.requireAdmin(actor);
            return;
        }
        ChannelId id = ChannelId.parse(channel).orElseThrow(() -> ChatError.INVALID_CHANNEL.exception(channel));
        policy.requireModerate(actor, channels.state(id));
    }

    private static Written await(CompletableFuture<Written> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The name a user last wrote under (names live in the tokens, not in the database); null when they never
     * wrote. In a channel the lookup uses the (channel, author) key; across all channels it walks back from
     * the newest message, once per sanction.
     */
    private static String lastDisplayName(String username, String channel) {
        PanacheQuery<ChatMessage> newest = channel == null
                ? ChatMessage.find("author = ?1 and authorName is not null order by id desc", username)
                : ChatMessage.find("channelId = ?1 and author = ?2 and authorName is not null order by seq desc",
                        channel, username);
        return newest.firstResultOptional().map(m -> m.authorName).orElse(null);
    }

    private static SanctionView view(Sanction s) {
        return new SanctionView(s.id, s.username, s.userName == null ? s.username : s.userName,
                SanctionKind.MUTE.value().equals(s.kind) ? SanctionKind.MUTE : SanctionKind.BAN, s.channelId, s.reason,
                s.createdBy, s.createdByName == null ? s.createdBy : s.createdByName, s.createdAt, s.expiresAt, s.liftedAt,
                s.liftedBy);
    }

    private static ReportView view(Report r) {
        return new ReportView(r.id, r.channelId, r.messageSeq, r.messageAuthor, r.messageText, r.reporter, r.reason,
                r.status, r.createdAt, r.handledBy, r.handledAt, r.note);
    }
}
