package de.kommunalmesse.testsupport;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher's mail server for development (never production): GreenMail takes every mail over SMTP and keeps it
 * in memory; a developer reads it over IMAP (any address as login, any password) or on a small web page that lists
 * all mails, newest first, and shows one with its headers and source.
 * <p>
 * {@code LocalMailServer <smtp port> <imap port> <web port>}, all on 127.0.0.1.
 */
public final class LocalMailServer {

    private static final String HOST = "127.0.0.1";

    private LocalMailServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int smtp = args.length > 0 ? Integer.parseInt(args[0]) : 3025;
        int imap = args.length > 1 ? Integer.parseInt(args[1]) : 3143;
        int web = args.length > 2 ? Integer.parseInt(args[2]) : 8025;
        GreenMail greenMail = new GreenMail(new ServerSetup[] { new ServerSetup(smtp, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, HOST, ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        HttpServer http = HttpServer.create(new InetSocketAddress(HOST, web), 0);
        http.createContext("/", exchange -> page(exchange, greenMail));
        http.start();
        System.out.printf("Mail server: SMTP %s:%d, IMAP %s:%d, web http://%s:%d/%n", HOST, smtp, HOST, imap, HOST, web);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            greenMail.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static void page(HttpExchange exchange, GreenMail greenMail) throws IOException {
        MimeMessage[] mails = greenMail.getReceivedMessages();
        String query = exchange.getRequestURI().getQuery();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Kommunalmesse development mailbox</title></head><body><main>");
        try {
            if (query != null && query.startsWith("mail=")) {
                int index = Integer.parseInt(query.substring(5));
                MimeMessage mail = mails[index];
                html.append("<h1>").append(escape(mail.getSubject())).append("</h1><p><a href=\"/\">All mails</a></p>")
                        .append("<pre>").append(escape(GreenMailUtil.getWholeMessage(mail))).append("</pre>");
            } else {
                html.append("<h1>Development mailbox (").append(mails.length).append(" mails)</h1><table><thead><tr>")
                        .append("<th scope=\"col\">Received</th><th scope=\"col\">To</th><th scope=\"col\">Subject</th>")
                        .append("</tr></thead><tbody>");
                for (int i = mails.length - 1; i >= 0; i--) {
                    MimeMessage mail = mails[i];
                    html.append("<tr><td>").append(mail.getReceivedDate() == null ? "" : mail.getReceivedDate())
                            .append("</td><td>").append(escape(Arrays.toString(mail.getAllRecipients())))
                            .append("</td><td><a href=\"/?mail=").append(i).append("\">").append(escape(mail.getSubject()))
                            .append("</a></td></tr>");
                }
                html.append("</tbody></table>");
            }
        } catch (MessagingException | RuntimeException e) {
            html.append("<p>").append(escape(String.valueOf(e.getMessage()))).append("</p>");
        }
        byte[] body = html.append("</main></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
