package com.musicplayer.catalog.song;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * A release date sent as {@code 2020-05-01} or as a date-time ({@code 2020-05-01T10:00:00Z}, with
 * or without an offset). The column is a DATE, so a date-time keeps the calendar date as written.
 */
class DateOrDateTime extends ValueDeserializer<LocalDate> {

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getString().trim();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            // try the date-time forms
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException notWithOffset) {
            // try without an offset
        }
        try {
            return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException ex) {
            return (LocalDate) context.handleWeirdStringValue(
                    LocalDate.class, text, "expected YYYY-MM-DD or an ISO-8601 date-time");
        }
    }
}
