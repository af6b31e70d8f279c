package com.musicplayer.library.play;

import com.musicplayer.platform.web.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** The periods the most played songs are counted over: the last 7 days, the last 30 days, all time. */
@NamedInterface("api")
public enum TopPeriod {
    WEEK(Duration.ofDays(7)),
    MONTH(Duration.ofDays(30)),
    ALL(null);

    private final Duration length;

    TopPeriod(Duration length) {
        this.length = length;
    }

    /** {@code week}, {@code month} or {@code all}, in any case; absent: all. */
    public static TopPeriod parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        for (TopPeriod period : values()) {
            if (period.name().equalsIgnoreCase(value.trim())) {
                return period;
            }
        }
        throw new BadRequestException("period must be one of week, month, all");
    }

    /** Where the period starts, seen at {@code now}; {@code null} for all time. */
    Instant since(Instant now) {
        return length == null ? null : now.minus(length);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
