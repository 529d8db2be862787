package de.kommunalmesse.booth;

import de.kommunalmesse.booth.BoothContent.Service;
import de.kommunalmesse.common.Problem.FieldError;
import de.kommunalmesse.common.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * publiccode.yml both ways (docs/reuse.md): a file of version 0.4 or later becomes a service of the working copy,
 * with every problem named by line and key and every key that has no place in a service listed; a published
 * service becomes a file valid under version 0.4, its {@code usedBy} from the confirmed adopters.
 */
final class PublicCode {

    /** Versions read: 0.4 up to the newest published one. */
    static final Pattern VERSION = Pattern.compile("0\\.([4-7])(\\.\\d+)?");
    private static final Pattern URL = Pattern.compile(BoothContent.WEB_URL);
    private static final Set<String> MAPPED = Set.of("publiccodeYmlVersion", "name", "url", "developmentStatus",
            "description", "legal", "maintenance", "usedBy", "dependsOn", "landingURL");
    private static final Set<String> DEVELOPMENT_STATUS = Set.of("concept", "development", "beta", "stable", "obsolete");
    private static final Set<String> MAINTENANCE_TYPES = Set.of("internal", "contract", "community", "none");
    private static final int MAX_BYTES = 512 * 1024;

    /** A service read from a file, and the keys (dotted paths) that were not taken over. */
    record Imported(Service service, List<String> unmapped) {
    }

    /** Looks up a problem text by key and arguments in the caller's language. */
    interface Texts extends BiFunction<String, Object[], String> {
    }

    private PublicCode() {
    }

    /** Reads a publiccode.yml; 400 with every problem by line and key when it cannot be taken over as it is. */
    static Imported read(String yaml, Texts texts) {
        if (yaml == null || yaml.isBlank()) {
            throw ProblemException.badRequest("publiccode.empty");
        }
        if (yaml.length() > MAX_BYTES) {
            throw ProblemException.badRequest("publiccode.tooLarge", MAX_BYTES / 1024);
        }
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(false).build()).composeString(yaml)
                    .orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new ProblemException(400, "publiccode.yaml", List.of(new FieldError(line, null, e.getProblem())), line);
        } catch (YamlEngineException e) {
            throw new ProblemException(400, "publiccode.yaml", List.of(new FieldError(1, null, e.getMessage())), 1);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw new ProblemException(400, "publiccode.notMapping", List.of(new FieldError(1, null,
                    texts.apply("publiccode.notMapping", new Object[0]))));
        }
        Reader reader = new Reader(texts);
        Map<String, NodeTuple> top = reader.entries(mapping);
        String version = reader.scalar(top, "publiccodeYmlVersion", "publiccodeYmlVersion", true);
        if (version != null && !VERSION.matcher(version).matches()) {
            throw new ProblemException(400, "publiccode.version", List.of(new FieldError(line(top.get(
                    "publiccodeYmlVersion").getValueNode()), "publiccodeYmlVersion",
                    texts.apply("publiccode.version", new Object[] {version}))), version);
        }
        String name = reader.scalar(top, "name", "name", true);
        String url = reader.scalar(top, "url", "url", true);
        if (url != null && !URL.matcher(url).matches()) {
            reader.error(top.get("url").getValueNode(), "url", "publiccode.url");
            url = null;
        }
        String status = reader.scalar(top, "developmentStatus", "developmentStatus", true);
        if (status != null && !DEVELOPMENT_STATUS.contains(status)) {
            reader.error(top.get("developmentStatus").getValueNode(), "developmentStatus", "publiccode.developmentStatus");
        }
        String summary = reader.description(top);
        Map<String, NodeTuple> legal = reader.section(top, "legal", true);
        String licence = legal == null ? null : reader.scalar(legal, "license", "legal.license", true);
        if (licence != null && !SpdxLicences.get().isValid(licence)) {
            reader.error(legal.get("license").getValueNode(), "legal.license", "publiccode.license", licence);
        }
        Map<String, NodeTuple> maintenance = reader.section(top, "maintenance", true);
        String contact = maintenance == null ? null : reader.contact(maintenance);
        String maintenanceType = maintenance == null ? null : reader.scalar(maintenance, "type", "maintenance.type", true);
        if (maintenanceType != null && !MAINTENANCE_TYPES.contains(maintenanceType)) {
            reader.error(maintenance.get("type").getValueNode(), "maintenance.type", "publiccode.maintenanceType");
        }
        // Mandatory in the standard though the service has no place for them: checked, then listed as not taken over
        reader.scalar(top, "softwareType", "softwareType", true);
        if (!top.containsKey("platforms")) {
            reader.errors.add(new FieldError(1, "platforms", texts.apply("publiccode.missing", new Object[] {"platforms"})));
        } else if (reader.strings(top, "platforms").isEmpty()) {
            reader.error(top.get("platforms").getValueNode(), "platforms", "publiccode.notList", "platforms");
        }
        Map<String, NodeTuple> localisation = reader.section(top, "localisation", true);
        if (localisation != null) {
            reader.scalar(localisation, "localisationReady", "localisation.localisationReady", true);
            if (!localisation.containsKey("availableLanguages")) {
                reader.error(top.get("localisation").getValueNode(), "localisation.availableLanguages", "publiccode.missing",
                        "localisation.availableLanguages");
            }
        }
        List<String> usedBy = reader.strings(top, "usedBy");
        String prerequisites = reader.dependencies(top);
        if (!reader.errors.isEmpty()) {
            throw new ProblemException(400, "import.invalid", reader.errors, reader.errors.size());
        }

        List<String> unmapped = new ArrayList<>();
        top.keySet().stream().filter(key -> !MAPPED.contains(key)).forEach(unmapped::add);
        reader.unmappedBelow(top, unmapped);
        ReuseProfile profile = new ReuseProfile(null, null, null, null, null, List.of(),
                SpdxLicences.get().normalise(licence).orElse(null), null, null, null, cut(prerequisites, 2_000),
                cut(contact, 300));
        Service service = new Service(cut(name, 200), cut(summary, 5_000), null, maturity(status),
                ReuseModel.OPEN_SOURCE, null, cut(url, 500), null,
                usedBy.stream().map(adopter -> cut(adopter, 160)).limit(50).toList(), null, profile);
        return new Imported(service, unmapped);
    }

    /**
     * A published service as publiccode.yml 0.4: the mandatory keys from the record, a German description, the
     * booth page as landing page and the confirmed adopters as {@code usedBy}.
     */
    static String write(ReuseOffer offer, String boothUrl, LocalDate published, List<String> adopters) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("publiccodeYmlVersion", "0.4");
        file.put("name", offer.name);
        file.put("url", offer.codeUrl != null ? offer.codeUrl : boothUrl);
        file.put("landingURL", boothUrl);
        file.put("releaseDate", published.toString());
        file.put("platforms", List.of("web"));
        file.put("developmentStatus", switch (offer.maturity) {
            case IDEE -> "concept";
            case PILOT -> "beta";
            case PRODUKTIV -> "stable";
        });
        file.put("softwareType", "standalone/web");
        if (!adopters.isEmpty()) {
            file.put("usedBy", adopters);
        }
        Map<String, Object> german = new LinkedHashMap<>();
        String summary = offer.summary == null ? offer.name : offer.summary;
        german.put("shortDescription", cut(summary.replaceAll("\\s+", " "), 150));
        german.put("longDescription", longDescription(offer, summary));
        german.put("features", List.of(offer.name));
        file.put("description", Map.of("de", german));
        String licence = offer.spdxLicence != null ? offer.spdxLicence : "LicenseRef-unbekannt";
        file.put("legal", Map.of("license", licence));
        Map<String, Object> maintenance = new LinkedHashMap<>();
        maintenance.put("type", "internal");
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", offer.reuseContact != null ? offer.reuseContact
                : offer.contactExpert != null ? offer.contactExpert : offer.booth.exhibitor.name);
        maintenance.put("contacts", List.of(contact));
        file.put("maintenance", maintenance);
        file.put("localisation", Map.of("localisationReady", false, "availableLanguages", List.of("de")));
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(file);
    }

    /** The standard asks for at least 150 characters; a short summary is completed with the record's facts. */
    private static String longDescription(ReuseOffer offer, String summary) {
        StringBuilder text = new StringBuilder(summary.strip());
        if (offer.technology != null) {
            text.append("\n\nTechnik: ").append(offer.technology);
        }
        if (offer.prerequisites != null) {
            text.append("\n\nVoraussetzungen: ").append(offer.prerequisites);
        }
        if (text.length() < 150) {
            text.append("\n\n„").append(offer.name).append("“ wird auf der Kommunalmesse von ")
                    .append(offer.booth.exhibitor.name).append(" zur Nachnutzung durch andere Kommunen angeboten.");
        }
        while (text.length() < 150) {
            text.append(" Weitere Auskünfte gibt das Standteam.");
        }
        return cut(text.toString(), 10_000);
    }

    private static Maturity maturity(String status) {
        if (status == null) {
            return Maturity.IDEE;
        }
        return switch (status) {
            case "concept" -> Maturity.IDEE;
            case "development", "beta" -> Maturity.PILOT;
            default -> Maturity.PRODUKTIV;
        };
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }

    static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    /** Walks the node tree, collecting problems by line and key. */
    private static final class Reader {
        private final Texts texts;
        final List<FieldError> errors = new ArrayList<>();

        Reader(Texts texts) {
            this.texts = texts;
        }

        void error(Node node, String field, String key, Object... args) {
            errors.add(new FieldError(line(node), field, texts.apply(key, args)));
        }

        Map<String, NodeTuple> entries(MappingNode mapping) {
            Map<String, NodeTuple> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.put(key.getValue(), tuple);
                }
            }
            return entries;
        }

        String scalar(Map<String, NodeTuple> entries, String key, String field, boolean required) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                if (required) {
                    errors.add(new FieldError(entries.isEmpty() ? 1 : line(entries.values().iterator().next()
                            .getKeyNode()), field, texts.apply("publiccode.missing", new Object[] {field})));
                }
                return null;
            }
            if (!(tuple.getValueNode() instanceof ScalarNode value) || value.getValue().isBlank()) {
                error(tuple.getValueNode(), field, "publiccode.notText", field);
                return null;
            }
            return value.getValue();
        }

        Map<String, NodeTuple> section(Map<String, NodeTuple> entries, String key, boolean required) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                if (required) {
                    errors.add(new FieldError(1, key, texts.apply("publiccode.missing", new Object[] {key})));
                }
                return null;
            }
            if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
                error(tuple.getValueNode(), key, "publiccode.notSection", key);
                return null;
            }
            return entries(mapping);
        }

        /** The German description if there is one, else the first language's: short and long text. */
        String description(Map<String, NodeTuple> top) {
            Map<String, NodeTuple> languages = section(top, "description", true);
            if (languages == null) {
                return null;
            }
            if (languages.isEmpty()) {
                error(top.get("description").getValueNode(), "description", "publiccode.missing", "description.<sprache>");
                return null;
            }
            String language = languages.containsKey("de") ? "de" : languages.keySet().iterator().next();
            Map<String, NodeTuple> text = section(languages, language, true);
            if (text == null) {
                return null;
            }
            String prefix = "description." + language + ".";
            String shortText = scalar(text, "shortDescription", prefix + "shortDescription", true);
            String longText = scalar(text, "longDescription", prefix + "longDescription", true);
            if (shortText == null) {
                return longText;
            }
            return longText == null ? shortText : shortText.strip() + "\n\n" + longText.strip();
        }

        /** The first contact of the maintenance: name, e-mail and phone. */
        String contact(Map<String, NodeTuple> maintenance) {
            NodeTuple contacts = maintenance.get("contacts");
            if (contacts == null || !(contacts.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()
                    || !(list.getValue().get(0) instanceof MappingNode first)) {
                return null;
            }
            Map<String, NodeTuple> entries = entries(first);
            List<String> parts = new ArrayList<>();
            for (String key : List.of("name", "email", "phone")) {
                Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode)
                        .filter(ScalarNode.class::isInstance).map(node -> ((ScalarNode) node).getValue())
                        .filter(value -> !value.isBlank()).ifPresent(parts::add);
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }

        List<String> strings(Map<String, NodeTuple> entries, String key) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                return List.of();
            }
            if (!(tuple.getValueNode() instanceof SequenceNode list)) {
                error(tuple.getValueNode(), key, "publiccode.notList", key);
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    values.add(scalar.getValue().strip());
                } else {
                    error(item, key, "publiccode.notText", key);
                }
            }
            return values;
        }

        /** dependsOn.open/proprietary/hardware: the names (and versions) as technical prerequisites. */
        String dependencies(Map<String, NodeTuple> top) {
            Map<String, NodeTuple> depends = top.containsKey("dependsOn") ? section(top, "dependsOn", false) : null;
            if (depends == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (NodeTuple group : depends.values()) {
                if (group.getValueNode() instanceof SequenceNode list) {
                    for (Node item : list.getValue()) {
                        if (item instanceof MappingNode dependency) {
                            Map<String, NodeTuple> fields = entries(dependency);
                            String name = scalar(fields, "name", "dependsOn.name", true);
                            String version = fields.containsKey("version") ? scalar(fields, "version", "dependsOn.version", false)
                                    : fields.containsKey("versionMin") ? scalar(fields, "versionMin", "dependsOn.versionMin", false) + "+"
                                    : null;
                            if (name != null) {
                                names.add(version == null ? name : name + " " + version);
                            }
                        }
                    }
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        /** Keys inside mapped sections that have no place in a service, e.g. maintenance.type or legal.mainCopyrightOwner. */
        void unmappedBelow(Map<String, NodeTuple> top, List<String> unmapped) {
            for (String section : List.of("legal", "maintenance")) {
                if (top.get(section) != null && top.get(section).getValueNode() instanceof MappingNode mapping) {
                    entries(mapping).keySet().stream()
                            .filter(key -> !("legal".equals(section) && "license".equals(key))
                                    && !("maintenance".equals(section) && "contacts".equals(key)))
                            .forEach(key -> unmapped.add(section + "." + key));
                }
            }
            if (top.get("description") != null && top.get("description").getValueNode() instanceof MappingNode languages) {
                Map<String, NodeTuple> byLanguage = entries(languages);
                String used = byLanguage.containsKey("de") ? "de" : byLanguage.keySet().stream().findFirst().orElse("");
                for (Map.Entry<String, NodeTuple> language : byLanguage.entrySet()) {
                    if (!language.getKey().equals(used)) {
                        unmapped.add("description." + language.getKey());
                    } else if (language.getValue().getValueNode() instanceof MappingNode text) {
                        entries(text).keySet().stream().filter(key -> !Set.of("shortDescription", "longDescription").contains(key))
                                .forEach(key -> unmapped.add("description." + used + "." + key));
                    }
                }
            }
        }
    }
}
