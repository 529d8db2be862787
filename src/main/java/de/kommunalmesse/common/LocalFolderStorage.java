package de.kommunalmesse.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Materials as files in one folder, named by random keys (never by the uploaded file name). */
@ApplicationScoped
public class LocalFolderStorage implements MaterialStorage {

    @ConfigMapping(prefix = "kommunalmesse.storage")
    public interface StorageConfig {

        /** Folder for uploaded materials; created when missing. */
        @WithDefault("data/materials")
        String directory();
    }

    @Inject
    StorageConfig config;

    @Override
    public String store(Path file) throws IOException {
        Path folder = Files.createDirectories(Path.of(config.directory()));
        String key = UUID.randomUUID().toString();
        Files.copy(file, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return Path.of(config.directory()).resolve(key);
    }
}
