package de.kommunalmesse.common;

/**
 * Fired synchronously inside the transaction that loads the demo fair, so that features add their own demo
 * content (the chat its history) without the demo loader reaching into them.
 *
 * @param pastEdition the slug of the archived edition of the demo, or null when it has none
 */
public record DemoDataLoaded(String pastEdition) {
}
