package de.kommunalmesse.common;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the entries of this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param totalItems entries over all pages
 * @param totalPages pages in all
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
