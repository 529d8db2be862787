package de.kommunalmesse.chat.channel;

import de.kommunalmesse.booth.BoothService;
import de.kommunalmesse.chat.ChannelState;
import de.kommunalmesse.chat.ChatError;
import de.kommunalmesse.chat.ChatUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may do what in the chat, in one place.
 * <ul>
 * <li>Public channels (booth, stage, lobby): logged-in users read and write; anonymous users read where
 * an admin allowed it for the channel.</li>
 * <li>Conversations: the visitor who opened it, the staff of the booth's exhibitor and admins; between two
 * visitors both of them and admins.</li>
 * <li>Moderation: admins everywhere; staff in their own booth's channel and conversations.</li>
 * <li>A ban takes reading and writing away, a mute writing (see {@link SanctionCache}).</li>
 * </ul>
 */
@ApplicationScoped
public class ChatPolicy {

    /** What a user may do in one channel, decided when they subscribe or call. */
    public record Access(boolean read, boolean write, boolean moderate, String authorRole) {
    }

    @Inject
    BoothService booths;

    @Inject
    SanctionCache sanctions;

    public Access access(ChatUser user, ChannelState channel) {
        boolean staff = !user.isAnonymous() && channel.boothSlug() != null
                && booths.isStaffOf(user.username(), channel.boothSlug());
        boolean admin = user.isAdmin();
        boolean moderate = admin || staff;
        boolean read;
        if (channel.isConversation()) {
            read = moderate || !user.isAnonymous()
                    && (user.username().equals(channel.visitor()) || user.username().equals(channel.peer()));
        } else {
            read = !user.isAnonymous() || channel.settings().anonymousRead();
        }
        if (!user.isAnonymous() && sanctions.banned(user.username(), channel.id().toString()).isPresent()) {
            read = false;
        }
        boolean write = read && !user.isAnonymous() && channel.conversationOpen() && !channel.archived();
        String role = staff ? "staff" : admin ? "admin" : null;
        return new Access(read, write, moderate, role);
    }

    /** Refuses unless the user may read the channel. */
    public Access requireRead(ChatUser user, ChannelState channel) {
        Access access = access(user, channel);
        if (!access.read()) {
            sanctions.banned(user.username(), channel.id().toString()).ifPresent(ban -> {
                throw ChatError.BANNED.exception();
            });
            throw (user.isAnonymous() ? ChatError.LOGIN_REQUIRED : ChatError.READ_FORBIDDEN).exception(channel.id());
        }
        return access;
    }

    /** Refuses unless the user moderates the channel. */
    public Access requireModerate(ChatUser user, ChannelState channel) {
        Access access = access(user, channel);
        if (!access.moderate()) {
            throw (user.isAnonymous() ? ChatError.LOGIN_REQUIRED : ChatError.MODERATE_FORBIDDEN).exception(channel.id());
        }
        return access;
    }

    /** Refuses anonymous users: what follows needs someone to act as (401 {@code login-required}). */
    public static void requireLogin(ChatUser user) {
        if (user.isAnonymous()) {
            throw ChatError.LOGIN_REQUIRED.exception();
        }
    }

    /** Refuses unless the user staffs the booth or is an admin (staff console, duty). */
    public void requireStaff(ChatUser user, String boothSlug) {
        requireLogin(user);
        if (!user.isAdmin() && !booths.isStaffOf(user.username(), boothSlug)) {
            throw ChatError.NOT_STAFF.exception(boothSlug);
        }
    }

    public void requireAdmin(ChatUser user) {
        requireLogin(user);
        if (!user.isAdmin()) {
            throw ChatError.ADMIN_ONLY.exception();
        }
    }
}
