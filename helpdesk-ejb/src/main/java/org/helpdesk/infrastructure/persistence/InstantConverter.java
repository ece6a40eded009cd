package org.helpdesk.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants in {@code TIMESTAMP WITH TIME ZONE} columns as UTC {@link OffsetDateTime}s, which EclipseLink maps
 * on H2 and PostgreSQL alike (it has no mapping of its own for {@code Instant}).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
