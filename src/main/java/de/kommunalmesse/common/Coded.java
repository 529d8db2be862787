package de.kommunalmesse.common;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import java.util.Arrays;

/**
 * An enum whose stable lowercase code (e.g. {@code it-dienstleister}) is what the API and the database
 * carry, independent of the Java constant's name.
 */
public interface Coded {

    @JsonValue
    String code();

    /** The constant with this code; IllegalArgumentException (a 400 at the API edge) when there is none. */
    static <E extends Enum<E> & Coded> E byCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + code));
    }

    /** Stores a coded enum as its code; subclass it once per enum with {@code @Converter(autoApply = true)}. */
    abstract class DbConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

        private final Class<E> type;

        protected DbConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.code();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            return code == null ? null : byCode(type, code);
        }
    }
}
