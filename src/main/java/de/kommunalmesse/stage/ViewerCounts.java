package de.kommunalmesse.stage;

/**
 * How many people watch a stage right now. The stage package only asks; the WebSocket side (the chat's
 * connections subscribed to {@code stage:<key>}) answers, so that stages do not depend on the chat.
 */
public interface ViewerCounts {

    /** Distinct connections following the stage, on every instance (as last learned, at most seconds old). */
    int viewers(String stageKey);
}
