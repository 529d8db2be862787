package de.kommunalmesse.chat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * What the chat tests share: the server's address, a fresh WebSocket connector for every client (a
 * connector is single-use) and the test data.
 */
abstract class ChatTestBase {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Instance<BasicWebSocketConnector> connector;

    @Inject
    ChatTestData data;

    /** A client of {@code /ws/chat} with the token (null: anonymous), connected and welcomed. */
    ChatClient connect(String token) {
        return ChatClient.connect(connector.get(), base, token);
    }

    /** The same with the query of the opening handshake, e.g. {@code v=1&lang=en}. */
    ChatClient connect(String token, String query) {
        return ChatClient.connect(connector.get(), base, token, query);
    }
}
