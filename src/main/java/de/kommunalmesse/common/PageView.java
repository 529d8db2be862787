package de.kommunalmesse.common;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import java.util.List;
import java.util.function.Function;

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

    /** The page of the query's entities, each as its view; the query counts the entries over all pages. */
    public static <E, T> PageView<T> of(PanacheQuery<E> query, int page, int size, Function<? super E, T> view) {
        List<T> items = query.page(Page.of(page, size)).list().stream().<T>map(view).toList();
        return of(items, page, size, query.count());
    }
}
