package de.kommunalmesse.testsupport;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads the mails delivered to GreenMail ({@link GreenMailTestResource}) over IMAP. GreenMail creates a mailbox
 * for every recipient with the address as login and password.
 */
public final class MailInbox {

    static final String IMAP_PORT_PROPERTY = "kommunalmesse.test.greenmail.imap-port";

    /**
     * One delivered mail, read into plain values.
     *
     * @param text every text part (plain, HTML, attachments) one after the other
     * @param calendars the iCalendar parts ({@code text/calendar}), e.g. meeting invitations
     * @param headers the values of the headers asked for in {@link #HEADERS}, by name
     */
    public record Mail(String subject, String text, List<String> to, List<String> replyTo, List<String> calendars,
            java.util.Map<String, String> headers) {
    }

    /** Headers read into {@link Mail#headers()}. */
    static final List<String> HEADERS = List.of("List-Unsubscribe", "List-Unsubscribe-Post", "Content-Language");

    private MailInbox() {
    }

    /** Waits up to 10 seconds for a mail to {@code address} that matches, and returns it. */
    public static Mail await(String address, Predicate<Mail> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Mail> seen = List.of();
        while (System.nanoTime() < deadline) {
            seen = read(address);
            for (Mail mail : seen) {
                if (matching.test(mail)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No matching mail to " + address + " arrived; got " + seen);
    }

    /** Every mail delivered to {@code address} so far. */
    public static List<Mail> read(String address) {
        int port = ConfigProvider.getConfig().getValue(IMAP_PORT_PROPERTY, Integer.class);
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            try {
                store.connect(GreenMailTestResource.HOST, port, address, address);
            } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
                return List.of();
            }
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    List<String> calendars = new ArrayList<>();
                    calendars(message.getContent(), calendars);
                    mails.add(new Mail(message.getSubject(), text(message.getContent()), addresses(message.getAllRecipients()),
                            addresses(message.getReplyTo()), calendars, headers(message)));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("GreenMail could not be read over IMAP", e);
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof MimeMultipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static void calendars(Object content, List<String> found) throws MessagingException, IOException {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/calendar")) {
                    try (var in = part.getInputStream()) {
                        found.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                } else {
                    calendars(part.getContent(), found);
                }
            }
        }
    }

    private static java.util.Map<String, String> headers(Message message) throws MessagingException {
        java.util.Map<String, String> found = new java.util.TreeMap<>();
        for (String name : HEADERS) {
            String[] values = message.getHeader(name);
            if (values != null && values.length > 0) {
                found.put(name, values[0]);
            }
        }
        return found;
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(a -> a.toString().replaceAll(".*<|>.*", "")).toList();
    }
}
