package de.kommunalmesse.common;

/**
 * A new notification waits for the user: fired by the notification centre inside its transaction and observed
 * {@code during = TransactionPhase.AFTER_SUCCESS} by whoever delivers it live (the chat's connections of that user on
 * every instance), so that the notification feature knows no transport and the chat no notification.
 */
public record UserNotified(String username) {
}
