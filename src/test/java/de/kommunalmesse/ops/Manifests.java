package de.kommunalmesse.ops;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import de.kommunalmesse.ops.KeycloakOperatorModel.Keycloak;
import de.kommunalmesse.ops.KeycloakOperatorModel.KeycloakRealmImport;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of a rendered overlay, each read into its typed model strictly: a field the model does not
 * know fails the parse, as {@code kubectl apply --validate=strict} would refuse it. Kubernetes' own kinds
 * use the fabric8 model; the Keycloak Operator's {@code Keycloak} and {@code KeycloakRealmImport} use
 * {@link KeycloakOperatorModel}, whose realm is Keycloak's own {@code RealmRepresentation}.
 */
public final class Manifests {

    /** Custom resources of the Keycloak Operator and their model classes. */
    private static final Map<String, Class<? extends HasMetadata>> KEYCLOAK_KINDS = Map.of(
            "Keycloak", Keycloak.class,
            "KeycloakRealmImport", KeycloakRealmImport.class);
    private static final String KEYCLOAK_API_VERSION = "k8s.keycloak.org/v2alpha1";

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper STRICT = strictMapper();

    private final List<HasMetadata> objects;

    private Manifests(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    /** Renders an overlay (its folder under {@code deploy/kubernetes/overlays}) and reads every object. */
    public static Manifests overlay(String name) {
        return parse(Kustomize.build(Kustomize.ROOT.resolve("overlays").resolve(name)));
    }

    /** Reads a multi-document YAML stream; throws on the first object that does not parse strictly. */
    public static Manifests parse(String yaml) {
        return parse(documents(yaml));
    }

    /** Reads parsed documents; throws on the first object that does not parse strictly. */
    public static Manifests parse(List<JsonNode> documents) {
        List<HasMetadata> objects = new ArrayList<>();
        for (JsonNode document : documents) {
            objects.add(strict(document));
        }
        return new Manifests(objects);
    }

    /** An object as a JSON tree, for fields that are simplest to reach by path (custom resources). */
    public static JsonNode tree(HasMetadata object) {
        return STRICT.valueToTree(object);
    }

    /** The documents of a YAML stream as trees, without the empty ones. */
    public static List<JsonNode> documents(String yaml) {
        try (var parser = new YAMLFactory().createParser(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode node = iterator.next();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(node);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Not YAML: " + e.getMessage(), e);
        }
    }

    /** One object in its typed model, refusing unknown kinds and unknown fields. */
    public static HasMetadata strict(JsonNode document) {
        if (!(document instanceof ObjectNode object) || !object.hasNonNull("apiVersion") || !object.hasNonNull("kind")) {
            throw new IllegalArgumentException("Not a Kubernetes object (apiVersion and kind needed): " + document);
        }
        String apiVersion = object.get("apiVersion").asText();
        String kind = object.get("kind").asText();
        Class<? extends HasMetadata> type;
        if (apiVersion.startsWith("k8s.keycloak.org/")) {
            type = KEYCLOAK_API_VERSION.equals(apiVersion) ? KEYCLOAK_KINDS.get(kind) : null;
        } else {
            // fabric8 picks the model class by apiVersion and kind, and falls back to a generic map for
            // anything it does not know
            Object typed = KUBERNETES.unmarshal(object.toString());
            type = typed instanceof HasMetadata known && !(typed instanceof GenericKubernetesResource)
                    ? known.getClass()
                    : null;
        }
        if (type == null) {
            throw new IllegalArgumentException("Unknown kind " + kind + " of " + apiVersion + " ("
                    + name(object) + ")");
        }
        try {
            return STRICT.treeToValue(object, type);
        } catch (IOException e) {
            throw new IllegalArgumentException(kind + " " + name(object) + " does not match the " + apiVersion
                    + " model: " + e.getMessage(), e);
        }
    }

    public List<HasMetadata> all() {
        return objects;
    }

    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    public <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " " + name));
    }

    private static String name(JsonNode object) {
        return Optional.ofNullable(object.path("metadata").get("name")).map(JsonNode::asText).orElse("(no name)");
    }

    /**
     * Jackson with the models' catch-all setters switched off: the fabric8 classes collect unknown fields in
     * a map ({@code additionalProperties}) instead of failing, which would hide a misspelt field.
     */
    private static ObjectMapper strictMapper() {
        SimpleModule noCatchAll = new SimpleModule("no-catch-all");
        noCatchAll.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                    BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                return builder;
            }
        });
        return new ObjectMapper()
                .registerModule(noCatchAll)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }
}
