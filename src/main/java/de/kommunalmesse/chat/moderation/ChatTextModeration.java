package de.kommunalmesse.chat.moderation;

import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.message.MessageService;
import de.kommunalmesse.common.TextModeration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The chat's moderation for texts of other features (talk feedback comments): the same cleaning and length
 * rule as a chat message, and the same mutes and bans, those of the stage's chat and the platform-wide ones.
 */
@ApplicationScoped
public class ChatTextModeration implements TextModeration {

    @Inject
    MessageService messages;

    @Override
    public String moderate(String username, String stageKey, String text) {
        String clean = messages.cleanText(text);
        messages.requireNotSilenced(username, stageKey == null ? null : ChannelId.stage(stageKey).toString());
        return clean;
    }
}
