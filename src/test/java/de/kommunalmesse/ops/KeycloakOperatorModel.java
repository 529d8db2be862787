package de.kommunalmesse.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The Keycloak Operator's resources ({@code k8s.keycloak.org/v2alpha1}) as far as the manifests use them.
 * The operator's own model classes are not published to Maven Central, so this model follows the
 * operator's CRD (Keycloak 26) field by field for the parts in use; a field outside them fails the strict
 * parse, also one the operator knows: add it here, with the operator's name and type, when the manifests
 * start to use it. The realm itself is Keycloak's own {@link RealmRepresentation}.
 */
public final class KeycloakOperatorModel {

    private KeycloakOperatorModel() {
    }

    @Group("k8s.keycloak.org")
    @Version("v2alpha1")
    public static class Keycloak extends CustomResource<KeycloakSpec, Void> implements Namespaced {
    }

    @Group("k8s.keycloak.org")
    @Version("v2alpha1")
    public static class KeycloakRealmImport extends CustomResource<RealmImportSpec, Void> implements Namespaced {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeycloakSpec(Integer instances, String image, Boolean startOptimized,
            List<LocalObjectReference> imagePullSecrets, List<ValueOrSecret> additionalOptions,
            List<ValueOrSecret> env, HttpSpec http, IngressSpec ingress, FeatureSpec features, DatabaseSpec db,
            HostnameSpec hostname, ResourceRequirements resources, ProxySpec proxy,
            NetworkPolicySpec networkPolicy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueOrSecret(String name, String value, SecretKeySelector secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HttpSpec(String tlsSecret, Boolean httpEnabled, Integer httpPort, Integer httpsPort) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IngressSpec(Boolean enabled, String className, Map<String, String> annotations, String tlsSecret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FeatureSpec(List<String> enabled, List<String> disabled) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DatabaseSpec(String vendor, String host, Integer port, String database, String schema, String url,
            SecretKeySelector usernameSecret, SecretKeySelector passwordSecret, Integer poolInitialSize,
            Integer poolMinSize, Integer poolMaxSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostnameSpec(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProxySpec(String headers) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NetworkPolicySpec(Boolean enabled, List<NetworkPolicyPeer> http, List<NetworkPolicyPeer> https,
            List<NetworkPolicyPeer> management) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RealmImportSpec(String keycloakCRName, RealmRepresentation realm, ResourceRequirements resources) {
    }
}
