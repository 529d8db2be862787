package de.kommunalmesse.fair;

/**
 * Fired synchronously inside the transaction that creates an edition from an earlier one, so that the
 * features above the programme frame (stages) copy their part in the same transaction: all or nothing.
 *
 * @param fromEditionId the edition copied from
 * @param toEditionId the new edition
 */
public record EditionCopy(long fromEditionId, long toEditionId) {
}
