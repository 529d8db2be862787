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
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Materials as files in one folder, named by random keys (never by the uploaded file name); what is derived from a
 * file (resized images) sits in {@code derived/<key>/}.
 */
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
        Path derived = derivedFolder(key);
        if (Files.isDirectory(derived)) {
            try (Stream<Path> files = Files.walk(derived)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Override
    public Optional<byte[]> openDerived(String key, String name) throws IOException {
        Path file = derivedFolder(key).resolve(derivedName(name));
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public void storeDerived(String key, String name, byte[] content) throws IOException {
        Path folder = Files.createDirectories(derivedFolder(key));
        // Written aside and moved: a reader at the same moment sees the whole file or none
        Path part = Files.write(folder.resolve(UUID.randomUUID() + ".part"), content);
        Files.move(part, folder.resolve(derivedName(name)), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private Path derivedFolder(String key) {
        resolve(key);
        return Path.of(config.directory()).resolve("derived").resolve(key);
    }

    private static String derivedName(String name) {
        if (!name.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("Not a name of a derived file: " + name);
        }
        return name;
    }

    private Path resolve(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return Path.of(config.directory()).resolve(key);
    }
}
