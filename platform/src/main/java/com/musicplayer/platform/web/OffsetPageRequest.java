package com.musicplayer.platform.web;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A {@link Pageable} addressed by offset and limit, as the API is, rather than by page number. */
public record OffsetPageRequest(long offset, int limit, Sort sort) implements Pageable {

    public static OffsetPageRequest of(PageParams params, SortFields fields) {
        return new OffsetPageRequest(params.offsetOrDefault(), params.limitOrDefault(), fields.resolve(params.sort()));
    }

    /**
     * For a list that has one natural order (an album's track order, newest like first): a
     * {@code sort} is refused with 400 rather than silently ignored.
     */
    public static OffsetPageRequest inFixedOrder(PageParams params, String order) {
        if (params.sort() != null && !params.sort().isBlank()) {
            throw new BadRequestException("This list is always in " + order + "; 'sort' is not supported");
        }
        return new OffsetPageRequest(params.offsetOrDefault(), params.limitOrDefault(), Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPageRequest(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPageRequest(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetPageRequest(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPageRequest((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
