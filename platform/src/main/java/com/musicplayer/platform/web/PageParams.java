package com.musicplayer.platform.web;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * The paging query every list takes: {@code limit} (1–200, default 50), {@code offset} (≥ 0),
 * {@code sort} (comma-separated fields, {@code -} for descending) and {@code after} (keyset paging
 * in the default order). Bind with {@code @Valid @ParameterObject}; turn into a {@link ListQuery}
 * with the list's {@link SortFields}.
 */
public record PageParams(
        @Parameter(description = "Page size, 1-200 (default 50)") @Min(1) @Max(MAX_LIMIT)
        Integer limit,

        @Parameter(description = "Items to skip (default 0)") @Min(0) @Max(Integer.MAX_VALUE)
        Long offset,

        @Parameter(description = "Sort fields, comma-separated; prefix '-' for descending, e.g. 'artist,-created_at'")
        @Pattern(
                regexp = "^-?[a-z_]{1,40}(,-?[a-z_]{1,40}){0,4}$",
                message = "must be fields separated by commas, each optionally prefixed with '-'")
        String sort,

        @Parameter(
                description = "Keyset paging in the default order (by id): the items after this id, as the `next`"
                        + " link gives it; not with `sort` or `offset`")
        @Min(0)
        Long after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    public long offsetOrDefault() {
        return offset == null ? 0 : offset;
    }
}
