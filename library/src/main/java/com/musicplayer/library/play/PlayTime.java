package com.musicplayer.library.play;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A time a song can have been played at: not before {@link #EARLIEST} (an epoch-zero or year-1
 * timestamp is a client's bug, not a play) and not in the future — up to {@link #CLOCK_SKEW} ahead
 * passes, since a player's clock may run a little fast ({@link Plays} takes such a time as now).
 * {@code null} is valid (absent: now).
 */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlayTime.Validator.class)
@NamedInterface("api")
public @interface PlayTime {

    /** Before this, nobody kept count of plays (and a timestamp this old is a client's bug). */
    Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** How far ahead of the server's clock a player's may be. */
    Duration CLOCK_SKEW = Duration.ofMinutes(1);

    String message() default "must be a time between 2000-01-01T00:00:00Z and now";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlayTime, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null
                    || !value.isBefore(EARLIEST) && !value.isAfter(Instant.now().plus(CLOCK_SKEW));
        }
    }
}
