package de.kommunalmesse.network;

/**
 * Something happened between two visitors that the other one should hear of; observe it with
 * {@code during = TransactionPhase.AFTER_SUCCESS}. A declined request is no event: the sender sees "not accepted" in
 * their list and is told nothing more.
 */
public sealed interface NetworkChanged {

    /** A new contact request waits for the receiver. */
    record Requested(long requestId, String receiver, String senderName) implements NetworkChanged {
    }

    /** The receiver accepted; the sender may write in the conversation it opened. */
    record Accepted(long requestId, String sender, String receiverName, long conversationId) implements NetworkChanged {
    }
}
