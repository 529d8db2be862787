package de.kommunalmesse.chat.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.chat.protocol.ChatProtocol.ServerFrame;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;

/** Turns server frames into their JSON text, once for all their receivers; absent fields are left out. */
@ApplicationScoped
public class FrameEncoder {

    @Inject
    ObjectMapper objectMapper;

    private ObjectMapper frames;

    @PostConstruct
    void init() {
        frames = objectMapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public String json(ServerFrame frame) {
        try {
            return frames.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The frame as UTF-8, the form in which it is written to the connections. */
    public byte[] utf8(ServerFrame frame) {
        try {
            return frames.writeValueAsBytes(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
