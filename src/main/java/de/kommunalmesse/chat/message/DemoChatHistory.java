package de.kommunalmesse.chat.message;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.chat.ChannelId;
import de.kommunalmesse.chat.channel.ChannelService;
import de.kommunalmesse.chat.channel.ChatChannel;
import de.kommunalmesse.common.DemoDataLoaded;
import de.kommunalmesse.fair.EditionService;
import de.kommunalmesse.fair.EditionViews.EditionRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The public chat history of the demo's archived edition ({@code demo/chat-history.json}): what visitors asked
 * at its booths and stages last year, readable in the archive.
 */
@ApplicationScoped
class DemoChatHistory {

    static final String RESOURCE = "demo/chat-history.json";

    @Inject
    ObjectMapper json;

    @Inject
    EditionService editions;

    @Inject
    ChannelService channels;

    /** One channel's messages; {@code channel} names the booth or stage without the edition. */
    record ChannelHistory(String channel, List<Entry> messages) {
    }

    /** A message on the edition's day {@code day} (0: the first) at {@code time} (Europe/Berlin). */
    record Entry(String author, String name, String role, int day, String time, String text) {
    }

    void load(@Observes DemoDataLoaded loaded) {
        if (loaded.pastEdition() == null) {
            return;
        }
        EditionRef edition = editions.bySlug(loaded.pastEdition()).orElseThrow();
        for (ChannelHistory thread : read()) {
            ChannelId id = ChannelId.parse(thread.channel()).orElseThrow().withEdition(edition.slug());
            ChatChannel channel = channels.ensure(id);
            for (Entry entry : thread.messages()) {
                ChatMessage message = new ChatMessage();
                message.channelId = channel.id;
                message.seq = ++channel.lastSeq;
                message.rev = message.seq;
                message.clientMsgId = "demo-" + message.seq;
                message.author = entry.author();
                message.authorName = entry.name();
                message.authorRole = entry.role();
                message.body = entry.text();
                message.createdAt = edition.startsOn().plusDays(entry.day()).atTime(LocalTime.parse(entry.time()))
                        .atZone(ZoneId.of("Europe/Berlin")).toInstant();
                message.persist();
            }
        }
    }

    private List<ChannelHistory> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return json.readValue(in, new TypeReference<List<ChannelHistory>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Demo chat history in " + RESOURCE + " cannot be read", e);
        }
    }
}
