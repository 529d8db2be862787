package de.kommunalmesse.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where the bytes of uploaded materials live. The default keeps them in a local folder. */
public interface MaterialStorage {

    /** Stores the file under a new key and returns the key. */
    String store(Path file) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
