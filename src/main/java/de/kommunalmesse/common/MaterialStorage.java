package de.kommunalmesse.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Where the bytes of uploaded materials live. The default keeps them in a local folder. */
public interface MaterialStorage {

    /** Stores the file under a new key and returns the key. */
    String store(Path file) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the file and everything derived from it. */
    void delete(String key) throws IOException;

    /** A file derived from the one under {@code key} (e.g. a resized image), stored under {@code name}, if made already. */
    Optional<byte[]> openDerived(String key, String name) throws IOException;

    /** Keeps a file derived from the one under {@code key}; a second store of the same name replaces the first. */
    void storeDerived(String key, String name, byte[] content) throws IOException;
}
