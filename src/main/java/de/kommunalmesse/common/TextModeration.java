package de.kommunalmesse.common;

/**
 * The chat's rules for what people write, offered to features that take free text from visitors (talk
 * feedback). The chat implements it, so that a comment passes exactly the checks a chat message passes and
 * the features above need not depend on the chat (the pattern of {@code stage.ViewerCounts}).
 */
public interface TextModeration {

    /**
     * The text as the chat would store it: line breaks normalised, control characters and bidi overrides
     * removed, trimmed; refused with problem+json when it is empty or longer than the chat allows (400), or
     * when the user is muted or banned everywhere or in the chat of this stage (403).
     *
     * @param username the author's login
     * @param stageKey the edition-qualified key of the stage whose chat's sanctions apply ({@code <edition>/<key>}),
     *                 or {@code null} for platform-wide sanctions only
     */
    String moderate(String username, String stageKey, String text);
}
