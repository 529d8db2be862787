package de.kommunalmesse.chat.socket;

import de.kommunalmesse.chat.delivery.ChatSession;
import de.kommunalmesse.chat.protocol.ChatProtocol.Auth;
import de.kommunalmesse.chat.protocol.ChatProtocol.ClientFrame;
import de.kommunalmesse.chat.protocol.ChatProtocol.Delete;
import de.kommunalmesse.chat.protocol.ChatProtocol.Duty;
import de.kommunalmesse.chat.protocol.ChatProtocol.Edit;
import de.kommunalmesse.chat.protocol.ChatProtocol.Handler;
import de.kommunalmesse.chat.protocol.ChatProtocol.History;
import de.kommunalmesse.chat.protocol.ChatProtocol.Ping;
import de.kommunalmesse.chat.protocol.ChatProtocol.Read;
import de.kommunalmesse.chat.protocol.ChatProtocol.Send;
import de.kommunalmesse.chat.protocol.ChatProtocol.Subscribe;
import de.kommunalmesse.chat.protocol.ChatProtocol.Unsubscribe;
import de.kommunalmesse.chat.protocol.ChatProtocol.Unwatch;
import de.kommunalmesse.chat.protocol.ChatProtocol.Watch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Routes each frame of a connection to the handler of its area: channels, messages, watching (booth
 * presence, staff duty, talks) and the connection itself. The cheap frames (send, edit, delete: checks in
 * memory, then the writer's queue) stay on the event loop and answer when the writer has committed;
 * everything that reads the database runs on a worker thread. A refusal becomes an {@code error} frame.
 */
@ApplicationScoped
class FrameDispatcher implements Handler<ChatSession, Uni<Void>> {

    @Inject
    ChannelFrames channels;

    @Inject
    MessageFrames messages;

    @Inject
    WatchFrames watching;

    @Inject
    ConnectionFrames connection;

    @Inject
    Replies replies;

    Uni<Void> execute(ChatSession session, ClientFrame frame) {
        try {
            return frame.handleWith(this, session);
        } catch (RuntimeException e) {
            replies.error(session, frame.ref(), e);
            return Replies.done();
        }
    }

    @Override
    public Uni<Void> subscribe(ChatSession session, Subscribe frame) {
        return channels.subscribe(session, frame);
    }

    @Override
    public Uni<Void> unsubscribe(ChatSession session, Unsubscribe frame) {
        return channels.unsubscribe(session, frame);
    }

    @Override
    public Uni<Void> history(ChatSession session, History frame) {
        return channels.history(session, frame);
    }

    @Override
    public Uni<Void> read(ChatSession session, Read frame) {
        return channels.read(session, frame);
    }

    @Override
    public Uni<Void> send(ChatSession session, Send frame) {
        return messages.send(session, frame);
    }

    @Override
    public Uni<Void> edit(ChatSession session, Edit frame) {
        return messages.edit(session, frame);
    }

    @Override
    public Uni<Void> delete(ChatSession session, Delete frame) {
        return messages.delete(session, frame);
    }

    @Override
    public Uni<Void> duty(ChatSession session, Duty frame) {
        return watching.duty(session, frame);
    }

    @Override
    public Uni<Void> watch(ChatSession session, Watch frame) {
        return watching.watch(session, frame);
    }

    @Override
    public Uni<Void> unwatch(ChatSession session, Unwatch frame) {
        return watching.unwatch(session, frame);
    }

    @Override
    public Uni<Void> auth(ChatSession session, Auth frame) {
        return connection.auth(session, frame);
    }

    @Override
    public Uni<Void> ping(ChatSession session, Ping frame) {
        return connection.ping(session, frame);
    }
}
