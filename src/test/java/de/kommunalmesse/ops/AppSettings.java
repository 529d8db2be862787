package de.kommunalmesse.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kommunalmesse.chat.ChatConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

/**
 * Every setting the app reads, with the environment variable that sets it, derived from the code so that
 * it cannot drift from a hand-written list: the app's own {@code @ConfigMapping} interfaces
 * ({@code kommunalmesse.*}) and the configuration model that each Quarkus extension on the classpath
 * ships ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}, with its phase: a setting fixed at
 * build time has no effect when set on a running container).
 */
public final class AppSettings {

    /** When a setting is read. */
    public enum Phase {
        /** Read at start: the environment of the container sets it. */
        RUN_TIME,
        /** Baked into the build; setting it at run time changes nothing. */
        BUILD_TIME
    }

    /** One setting: its property name, the environment variable that sets it, and its phase. */
    public record Setting(String property, String environmentVariable, Phase phase) {
    }

    private static final String QUARKUS_MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final DotName CONFIG_MAPPING = DotName.createSimple(ConfigMapping.class.getName());

    private final Map<String, Setting> byVariable;
    /** Settings with a map key in their name (quarkus.datasource."name".jdbc.url): matched by pattern. */
    private final List<Map.Entry<Pattern, Setting>> patterns;

    private AppSettings(Map<String, Setting> byVariable, List<Map.Entry<Pattern, Setting>> patterns) {
        this.byVariable = Collections.unmodifiableMap(byVariable);
        this.patterns = List.copyOf(patterns);
    }

    /** Reads the settings of the app on the test classpath. */
    public static AppSettings load() {
        Map<String, Setting> byVariable = new TreeMap<>();
        List<Map.Entry<Pattern, Setting>> patterns = new ArrayList<>();
        for (Setting setting : quarkusSettings()) {
            add(setting, byVariable, patterns);
        }
        for (Setting setting : appSettings()) {
            add(setting, byVariable, patterns);
        }
        return new AppSettings(byVariable, patterns);
    }

    /** The profile is read by the configuration system itself, before any extension's settings. */
    private static final Setting PROFILE = new Setting("quarkus.profile", "QUARKUS_PROFILE", Phase.RUN_TIME);

    /** The setting an environment variable sets, if the app reads any. */
    public Optional<Setting> forVariable(String name) {
        if (PROFILE.environmentVariable().equals(name)) {
            return Optional.of(PROFILE);
        }
        Setting exact = byVariable.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return patterns.stream().filter(e -> e.getKey().matcher(name).matches()).map(Map.Entry::getValue).findFirst();
    }

    /** All settings the app's own code defines ({@code kommunalmesse.*}). */
    public List<Setting> own() {
        return byVariable.values().stream().filter(s -> s.property().startsWith("kommunalmesse.")).toList();
    }

    public int size() {
        return byVariable.size() + patterns.size();
    }

    /** How SmallRye Config names the environment variable of a property (MicroProfile Config's rule). */
    static String environmentVariable(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    private static void add(Setting setting, Map<String, Setting> byVariable, List<Map.Entry<Pattern, Setting>> patterns) {
        if (setting.property().contains("\"") || setting.property().contains("*")) {
            patterns.add(Map.entry(variablePattern(setting.property()), setting));
        } else {
            byVariable.merge(setting.environmentVariable(), setting,
                    (a, b) -> a.phase() == Phase.RUN_TIME ? a : b);
        }
    }

    /** A map key in a property name ("name" or *) stands for any run of characters of a variable. */
    private static Pattern variablePattern(String property) {
        StringBuilder regex = new StringBuilder();
        for (String segment : property.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            if (regex.length() > 0) {
                regex.append('_');
            }
            if (segment.startsWith("\"") || segment.equals("*")) {
                regex.append("_?[A-Z0-9_]+_?");
            } else {
                regex.append(Pattern.quote(environmentVariable(segment)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static List<Setting> quarkusSettings() {
        ObjectMapper json = new ObjectMapper();
        List<Setting> settings = new ArrayList<>();
        try {
            Enumeration<URL> models = AppSettings.class.getClassLoader().getResources(QUARKUS_MODEL);
            for (URL model : Collections.list(models)) {
                try (InputStream in = model.openStream()) {
                    collect(json.readTree(in), settings);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.isEmpty()) {
            throw new IllegalStateException("No Quarkus configuration model on the classpath (" + QUARKUS_MODEL + ")");
        }
        return settings;
    }

    private static void collect(JsonNode node, List<Setting> settings) {
        JsonNode path = node.path("path");
        if (path.has("property") && path.has("environmentVariable")) {
            Phase phase = "RUN_TIME".equals(node.path("phase").asText()) ? Phase.RUN_TIME : Phase.BUILD_TIME;
            settings.add(new Setting(path.get("property").asText(), path.get("environmentVariable").asText(), phase));
            for (JsonNode additional : node.path("additionalPaths")) {
                if (additional.has("property") && additional.has("environmentVariable")) {
                    settings.add(new Setting(additional.get("property").asText(),
                            additional.get("environmentVariable").asText(), phase));
                }
            }
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, settings));
        }
    }

    /** The properties of every {@code @ConfigMapping} interface in the app's compiled classes. */
    private static List<Setting> appSettings() {
        List<Setting> settings = new ArrayList<>();
        Index index = indexOfAppClasses();
        for (AnnotationInstance mapping : index.getAnnotations(CONFIG_MAPPING)) {
            String className = mapping.target().asClass().name().toString();
            try {
                Class<?> type = Class.forName(className, false, AppSettings.class.getClassLoader());
                for (String property : ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(type)).keySet()) {
                    settings.add(new Setting(property, environmentVariable(property), Phase.RUN_TIME));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(className, e);
            }
        }
        if (settings.isEmpty()) {
            throw new IllegalStateException("No @ConfigMapping interface found in the app's classes");
        }
        return settings;
    }

    private static Index indexOfAppClasses() {
        Path classes;
        try {
            classes = Path.of(ChatConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indexer.complete();
    }
}
