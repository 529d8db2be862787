package de.kommunalmesse.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date only as the API documents it, an ISO text ({@code "2027-01-15"}). Jackson's own reader also takes an
 * array ({@code [2027, 1, 15]}) and reads an empty one as no date, so that {@code "nextDate": []} would clear
 * an optional date silently; with this reader it is a 400 naming the field, like every other wrong shape.
 */
public class IsoDate extends StdScalarDeserializer<LocalDate> {

    public IsoDate() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String text = p.getText().strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not a date of the form YYYY-MM-DD");
        }
    }
}
