package de.kommunalmesse.network;

/**
 * The private conversation an accepted contact request opens, kept by the chat (which implements this), so that
 * networking needs no part of the chat and the chat learns of blocks through {@link Blocks}.
 */
public interface PeerConversations {

    /**
     * Opens (or reopens) the conversation between the visitor who asked and the one who accepted; returns its id.
     */
    long openPeer(long requestId, String asker, String askerName, String peer, String peerName);

    /** Closes the conversation for good after a block: nobody writes in it any more, reopening is refused. */
    void closePeer(long conversationId);
}
