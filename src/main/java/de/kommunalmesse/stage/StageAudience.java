package de.kommunalmesse.stage;

import java.time.Instant;
import java.util.Map;

/**
 * Who follows the stages live on one instance, sampled at one instant: for each stage with logged-in viewers, their
 * usernames and display names. The WebSocket side (the chat's connections subscribed to {@code stage:<key>}) fires
 * it asynchronously every {@code kommunalmesse.chat.stage.audience-sample}; the attendance of talks observes it,
 * so that neither knows the other (like {@link ViewerCounts}). Anonymous viewers are not in it.
 *
 * @param viewers edition-qualified stage key ({@code <edition>/<key>}) → username → display name
 */
public record StageAudience(Instant at, Map<String, Map<String, String>> viewers) {
}
