package de.kommunalmesse.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail, in the test JVM, on free ports), so that the app sends its mail
 * exactly as in production. Tests read what arrived over GreenMail's IMAP port with {@link MailInbox}, as a
 * mail program would.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String HOST = "127.0.0.1";

    private static volatile int imapPort;

    private GreenMail greenMail;

    /** The IMAP port of the running server, for readers outside Quarkus' config (the browser journeys). */
    public static int imapPort() {
        return imapPort;
    }

    @Override
    public Map<String, String> start() {
        int smtp = freePort();
        int imap = freePort();
        greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, HOST, ServerSetup.PROTOCOL_IMAP) });
        greenMail.start();
        imapPort = imap;
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", HOST,
                "quarkus.mailer.port", String.valueOf(smtp),
                "quarkus.mailer.start-tls", "DISABLED",
                MailInbox.IMAP_PORT_PROPERTY, String.valueOf(imap));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
