package com.musicplayer.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The fields a list may be sorted by, as the API names them (snake_case) mapped to entity
 * properties. Every sort ends with {@code id} so that pages never overlap or skip.
 */
public final class SortFields {

    private final Map<String, String> fields;
    private final Sort defaultSort;

    private SortFields(Map<String, String> fields, Sort defaultSort) {
        this.fields = fields;
        this.defaultSort = defaultSort;
    }

    /** @param apiToProperty pairs: api name, entity property, api name, entity property … */
    public static SortFields of(String... apiToProperty) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < apiToProperty.length; i += 2) {
            map.put(apiToProperty[i], apiToProperty[i + 1]);
        }
        return new SortFields(map, Sort.by("id"));
    }

    public Sort resolve(String sort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        List<Sort.Order> orders = new ArrayList<>();
        boolean hasId = false;
        for (String token : sort.split(",")) {
            boolean desc = token.startsWith("-");
            String name = desc ? token.substring(1) : token;
            String property = "id".equals(name) ? "id" : fields.get(name);
            if (property == null) {
                throw new BadRequestException(
                        "Cannot sort by '" + name + "'; allowed: " + String.join(", ", fields.keySet()));
            }
            hasId |= "id".equals(property);
            orders.add(desc ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        if (!hasId) {
            orders.add(Sort.Order.asc("id"));
        }
        return Sort.by(orders);
    }
}
