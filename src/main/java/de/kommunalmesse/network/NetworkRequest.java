package de.kommunalmesse.network;

import de.kommunalmesse.common.IdentityEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contact request from one visitor to another ("Kontaktanfrage"); one per pair of people. */
@Entity
@Table(name = "network_request")
public class NetworkRequest extends IdentityEntity {

    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";

    /** Both usernames, the lower first: the unique key that lets two people ask each other only once. */
    public String pairKey;

    public String sender;

    public String senderName;

    public String receiver;

    public String receiverName;

    public String message;

    /** {@link #PENDING}, {@link #ACCEPTED} or {@link #DECLINED}. */
    public String status;

    public Long conversationId;

    public Instant createdAt;

    public Instant answeredAt;

    static String pairKey(String one, String other) {
        return one.compareTo(other) < 0 ? one + "|" + other : other + "|" + one;
    }

    boolean isSide(String username) {
        return username.equals(sender) || username.equals(receiver);
    }

    String other(String username) {
        return username.equals(sender) ? receiver : sender;
    }

    String otherName(String username) {
        return username.equals(sender) ? receiverName : senderName;
    }
}
