package de.kommunalmesse.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The invariants of a rendered overlay. Each rule returns what breaks it, in words an operator
 * understands; an empty list means the rule holds. {@code KubernetesManifestTest} runs them on the
 * overlays and proves on broken copies that each one notices.
 */
public final class ManifestRules {

    /** The app's objects share this name. */
    public static final String APP = "kommunalmesse";
    public static final String HTTP_PORT_VARIABLE = "QUARKUS_HTTP_PORT";

    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startup", "/q/health/started",
            "readiness", "/q/health/ready",
            "liveness", "/q/health/live");
    /** name:tag or name@sha256:digest, where the tag is not "latest". */
    private static final Pattern PINNED_IMAGE = Pattern.compile(
            "^[^@\\s]+(@sha256:[0-9a-f]{64}|:(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[0-9a-f]{64})?)$");

    private final Manifests manifests;

    public ManifestRules(Manifests manifests) {
        this.manifests = manifests;
    }

    /** Every rule at once, for a quick overall verdict. */
    public List<String> all(AppSettings settings, List<String> readmeVariables) {
        List<String> broken = new ArrayList<>();
        broken.addAll(appRunsSeveralInstancesWithRedisFanOut());
        broken.addAll(probesUseTheHealthEndpoints());
        broken.addAll(imagesArePinned());
        broken.addAll(resourcesAreSet());
        broken.addAll(podsRunAsNonRoot());
        broken.addAll(environmentIsWhatTheAppReads(settings));
        broken.addAll(settingsOfTheReadmeAreConfigured(readmeVariables));
        broken.addAll(referencesResolve());
        broken.addAll(trafficReachesTheApp());
        broken.addAll(uploadsLandOnTheSharedVolume());
        return broken;
    }

    /** At least two instances, also under the autoscaler, and then the chat fans out through Redis. */
    public List<String> appRunsSeveralInstancesWithRedisFanOut() {
        List<String> broken = new ArrayList<>();
        Deployment app = manifests.get(Deployment.class, APP);
        int replicas = Optional.ofNullable(app.getSpec().getReplicas()).orElse(1);
        if (replicas < 2) {
            broken.add("Deployment " + APP + " runs " + replicas + " replica(s); at least 2 are needed");
        }
        List<HorizontalPodAutoscaler> scalers = manifests.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                        && APP.equals(h.getSpec().getScaleTargetRef().getName()))
                .toList();
        if (scalers.isEmpty()) {
            broken.add("No HorizontalPodAutoscaler scales Deployment " + APP);
        }
        for (HorizontalPodAutoscaler scaler : scalers) {
            int min = Optional.ofNullable(scaler.getSpec().getMinReplicas()).orElse(1);
            if (min < 2) {
                broken.add("HorizontalPodAutoscaler " + scaler.getMetadata().getName() + " may scale down to " + min);
            }
            if (scaler.getSpec().getMaxReplicas() < min) {
                broken.add("HorizontalPodAutoscaler " + scaler.getMetadata().getName() + " has maxReplicas below minReplicas");
            }
        }
        if (replicas >= 2 || !scalers.isEmpty()) {
            Map<String, String> env = appEnvironment();
            if (!"true".equalsIgnoreCase(env.get("KOMMUNALMESSE_CHAT_REDIS_ENABLED"))) {
                broken.add("Several instances without KOMMUNALMESSE_CHAT_REDIS_ENABLED=true split the chat");
            }
            String hosts = env.get("QUARKUS_REDIS_HOSTS");
            if (hosts == null || hosts.isBlank()) {
                broken.add("Several instances without QUARKUS_REDIS_HOSTS have no Redis to fan out through");
            } else {
                for (String host : hosts.split(",")) {
                    String service = URI.create(host.trim()).getHost();
                    if (service != null && !service.contains(".") && manifests.find(Service.class, service).isEmpty()) {
                        broken.add("QUARKUS_REDIS_HOSTS names " + service + ", but no such Service is rendered");
                    }
                }
            }
        }
        return broken;
    }

    /** The app's container is probed on Quarkus' started/ready/live endpoints, on its HTTP port. */
    public List<String> probesUseTheHealthEndpoints() {
        List<String> broken = new ArrayList<>();
        Container app = appContainer();
        String port = appEnvironment().getOrDefault(HTTP_PORT_VARIABLE, "8080");
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("startup", app.getStartupProbe());
        probes.put("readiness", app.getReadinessProbe());
        probes.put("liveness", app.getLivenessProbe());
        probes.forEach((kind, probe) -> {
            String expected = PROBE_PATHS.get(kind);
            HTTPGetAction get = probe == null ? null : probe.getHttpGet();
            if (get == null) {
                broken.add("The app has no HTTP " + kind + " probe (expected GET " + expected + ")");
                return;
            }
            if (!expected.equals(get.getPath())) {
                broken.add("The " + kind + " probe asks " + get.getPath() + " instead of " + expected);
            }
            if (!port.equals(portNumber(app, get.getPort()))) {
                broken.add("The " + kind + " probe asks port " + get.getPort().getValue() + ", the app listens on " + port);
            }
        });
        return broken;
    }

    /** Every image names an exact tag (not latest) or a digest. */
    public List<String> imagesArePinned() {
        List<String> broken = new ArrayList<>();
        forEachContainer((owner, container) -> {
            String image = container.getImage();
            if (image == null || !PINNED_IMAGE.matcher(image).matches()) {
                broken.add(owner + " container " + container.getName() + " uses image " + image
                        + ": pin an exact tag or a digest, never latest or none");
            }
        });
        for (HasMetadata keycloak : customResources("Keycloak")) {
            JsonNode image = Manifests.tree(keycloak).path("spec").path("image");
            if (image.isTextual() && !PINNED_IMAGE.matcher(image.asText()).matches()) {
                broken.add("Keycloak " + keycloak.getMetadata().getName() + " uses image " + image.asText());
            }
        }
        return broken;
    }

    /** Every container requests CPU and memory and has a memory limit (Keycloak too). */
    public List<String> resourcesAreSet() {
        List<String> broken = new ArrayList<>();
        forEachContainer((owner, container) -> {
            ResourceRequirements resources = container.getResources();
            boolean complete = resources != null
                    && resources.getRequests() != null && resources.getRequests().containsKey("cpu")
                    && resources.getRequests().containsKey("memory")
                    && resources.getLimits() != null && resources.getLimits().containsKey("memory");
            if (!complete) {
                broken.add(owner + " container " + container.getName() + " lacks CPU and memory requests or a memory limit");
            }
        });
        for (HasMetadata keycloak : customResources("Keycloak")) {
            JsonNode resources = Manifests.tree(keycloak).path("spec").path("resources");
            if (resources.path("requests").path("memory").isMissingNode()
                    || resources.path("limits").path("memory").isMissingNode()) {
                broken.add("Keycloak " + keycloak.getMetadata().getName() + " lacks memory requests or limits");
            }
        }
        return broken;
    }

    /** No container may run as root or gain privileges. */
    public List<String> podsRunAsNonRoot() {
        List<String> broken = new ArrayList<>();
        forEachPod((owner, pod) -> {
            PodSecurityContext podContext = pod.getSecurityContext();
            boolean podNonRoot = podContext != null && Boolean.TRUE.equals(podContext.getRunAsNonRoot())
                    && !Objects.equals(podContext.getRunAsUser(), 0L);
            for (Container container : containers(pod)) {
                SecurityContext context = container.getSecurityContext();
                boolean nonRoot = context != null && context.getRunAsNonRoot() != null
                        ? context.getRunAsNonRoot() && !Objects.equals(context.getRunAsUser(), 0L)
                        : podNonRoot;
                if (!nonRoot) {
                    broken.add(owner + " container " + container.getName() + " may run as root (runAsNonRoot not set)");
                }
                if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
                    broken.add(owner + " container " + container.getName() + " does not forbid privilege escalation");
                }
            }
        });
        return broken;
    }

    /** Each environment variable of the app sets a setting the app reads when it starts. */
    public List<String> environmentIsWhatTheAppReads(AppSettings settings) {
        List<String> broken = new ArrayList<>();
        for (String name : appEnvironment().keySet()) {
            Optional<AppSettings.Setting> setting = settings.forVariable(name);
            if (setting.isEmpty()) {
                broken.add("The app reads no setting " + name);
            } else if (setting.get().phase() != AppSettings.Phase.RUN_TIME) {
                broken.add(name + " (" + setting.get().property() + ") is fixed at build time; setting it here changes nothing");
            }
        }
        for (EnvFromSource source : Optional.ofNullable(appContainer().getEnvFrom()).orElse(List.of())) {
            if (source.getSecretRef() != null) {
                broken.add("envFrom secret " + source.getSecretRef().getName()
                        + " hides its variable names; name each secret variable with secretKeyRef");
            }
        }
        return broken;
    }

    /**
     * Settings of the README's table that stay at the app's own value: a copy in the manifests would go
     * stale when the app changes it (the hashes of KoliBri's style elements change with KoliBri).
     */
    static final Set<String> BUILT_IN_VALUES = Set.of("KOMMUNALMESSE_HTTP_CSP_STYLE_SRC");

    /** Every variable of the README's production table has a value for the app. */
    public List<String> settingsOfTheReadmeAreConfigured(List<String> readmeVariables) {
        Map<String, String> env = appEnvironment();
        return readmeVariables.stream()
                .filter(name -> !env.containsKey(name) && !BUILT_IN_VALUES.contains(name))
                .map(name -> "README's production setting " + name + " is not configured for the app")
                .toList();
    }

    /**
     * ConfigMaps and Secrets that pods name exist in the render, unless they are secrets made outside of
     * git; and no secret value is committed unless the overlay is the demo.
     */
    public List<String> referencesResolve() {
        List<String> broken = new ArrayList<>();
        forEachPod((owner, pod) -> {
            for (Container container : containers(pod)) {
                for (EnvFromSource source : Optional.ofNullable(container.getEnvFrom()).orElse(List.of())) {
                    if (source.getConfigMapRef() != null && manifests.find(ConfigMap.class, source.getConfigMapRef().getName()).isEmpty()) {
                        broken.add(owner + " reads ConfigMap " + source.getConfigMapRef().getName() + ", which is not rendered");
                    }
                }
                for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
                    var from = variable.getValueFrom();
                    if (from != null && from.getConfigMapKeyRef() != null) {
                        String name = from.getConfigMapKeyRef().getName();
                        Optional<ConfigMap> map = manifests.find(ConfigMap.class, name);
                        if (map.isEmpty() || !map.get().getData().containsKey(from.getConfigMapKeyRef().getKey())) {
                            broken.add(owner + " reads " + name + "/" + from.getConfigMapKeyRef().getKey() + ", which is not rendered");
                        }
                    }
                    if (from != null && from.getSecretKeyRef() != null) {
                        Optional<Secret> secret = manifests.find(Secret.class, from.getSecretKeyRef().getName());
                        if (secret.isPresent() && !secretKeys(secret.get()).contains(from.getSecretKeyRef().getKey())
                                && !Boolean.TRUE.equals(from.getSecretKeyRef().getOptional())) {
                            broken.add(owner + " reads secret key " + from.getSecretKeyRef().getName() + "/"
                                    + from.getSecretKeyRef().getKey() + ", which the rendered secret lacks");
                        }
                    }
                }
            }
            for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
                if (volume.getConfigMap() != null && manifests.find(ConfigMap.class, volume.getConfigMap().getName()).isEmpty()) {
                    broken.add(owner + " mounts ConfigMap " + volume.getConfigMap().getName() + ", which is not rendered");
                }
            }
        });
        return broken;
    }

    /** Ingress → Service → the app's port, with a NetworkPolicy that lets the traffic in. */
    public List<String> trafficReachesTheApp() {
        List<String> broken = new ArrayList<>();
        Deployment app = manifests.get(Deployment.class, APP);
        Map<String, String> podLabels = app.getSpec().getTemplate().getMetadata().getLabels();
        Optional<Service> service = manifests.find(Service.class, APP);
        if (service.isEmpty() || !selects(service.get().getSpec().getSelector(), podLabels)) {
            broken.add("No Service " + APP + " selects the app's pods");
            return broken;
        }
        for (ServicePort port : service.get().getSpec().getPorts()) {
            if (portNumber(appContainer(), port.getTargetPort()) == null) {
                broken.add("Service " + APP + " port " + port.getName() + " targets " + port.getTargetPort().getValue()
                        + ", which the app's container does not open");
            }
        }
        List<Ingress> ingresses = manifests.all(Ingress.class);
        if (ingresses.isEmpty()) {
            broken.add("No Ingress publishes the app");
        }
        for (Ingress ingress : ingresses) {
            if (ingress.getSpec().getTls() == null || ingress.getSpec().getTls().isEmpty()) {
                broken.add("Ingress " + ingress.getMetadata().getName() + " has no TLS");
            }
            ingress.getSpec().getRules().stream()
                    .flatMap(rule -> rule.getHttp().getPaths().stream())
                    .map(path -> path.getBackend())
                    .forEach(backend -> broken.addAll(backendExists(ingress, backend)));
        }
        boolean pdb = manifests.all(PodDisruptionBudget.class).stream()
                .anyMatch(b -> b.getSpec().getSelector() != null
                        && selects(b.getSpec().getSelector().getMatchLabels(), podLabels));
        if (!pdb) {
            broken.add("No PodDisruptionBudget covers the app's pods");
        }
        String httpPort = appEnvironment().getOrDefault(HTTP_PORT_VARIABLE, "8080");
        boolean allowed = manifests.all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector().getMatchLabels(), podLabels))
                .flatMap(p -> Optional.ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                .flatMap(rule -> Optional.ofNullable(rule.getPorts()).orElse(List.of()).stream())
                .anyMatch(port -> port.getPort() != null && httpPort.equals(String.valueOf(port.getPort().getValue())));
        if (!allowed) {
            broken.add("No NetworkPolicy lets traffic reach the app's port " + httpPort);
        }
        return broken;
    }

    /** The storage directory is a mounted persistent volume, so uploads survive and every instance sees them. */
    public List<String> uploadsLandOnTheSharedVolume() {
        List<String> broken = new ArrayList<>();
        String directory = appEnvironment().get("KOMMUNALMESSE_STORAGE_DIRECTORY");
        if (directory == null) {
            return List.of("KOMMUNALMESSE_STORAGE_DIRECTORY is not set: uploads would land inside the container");
        }
        PodSpec pod = manifests.get(Deployment.class, APP).getSpec().getTemplate().getSpec();
        Optional<VolumeMount> mount = Optional.ofNullable(appContainer().getVolumeMounts()).orElse(List.of()).stream()
                .filter(m -> directory.equals(m.getMountPath()) || directory.startsWith(m.getMountPath() + "/"))
                .findFirst();
        Optional<Volume> volume = mount.flatMap(m -> pod.getVolumes().stream()
                .filter(v -> v.getName().equals(m.getName())).findFirst());
        if (volume.isEmpty() || volume.get().getPersistentVolumeClaim() == null) {
            broken.add("The storage directory " + directory + " is not on a PersistentVolumeClaim");
        }
        return broken;
    }

    /** The app's environment: its env entries and the keys of the ConfigMaps it reads whole. */
    public Map<String, String> appEnvironment() {
        Container app = appContainer();
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource source : Optional.ofNullable(app.getEnvFrom()).orElse(List.of())) {
            if (source.getConfigMapRef() != null) {
                manifests.find(ConfigMap.class, source.getConfigMapRef().getName())
                        .ifPresent(map -> map.getData().forEach((k, v) ->
                                env.put(Optional.ofNullable(source.getPrefix()).orElse("") + k, v)));
            }
        }
        for (EnvVar variable : Optional.ofNullable(app.getEnv()).orElse(List.of())) {
            // a value from a secret is set, but its content is not known here
            env.put(variable.getName(), variable.getValue() != null ? variable.getValue() : "(from " + describe(variable) + ")");
        }
        return env;
    }

    public Container appContainer() {
        List<Container> containers = manifests.get(Deployment.class, APP).getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(c -> "app".equals(c.getName())).findFirst().orElse(containers.get(0));
    }

    private List<String> backendExists(Ingress ingress, IngressBackend backend) {
        if (backend.getService() == null) {
            return List.of("Ingress " + ingress.getMetadata().getName() + " routes to no Service");
        }
        Optional<Service> service = manifests.find(Service.class, backend.getService().getName());
        boolean port = service.isPresent() && service.get().getSpec().getPorts().stream().anyMatch(p ->
                Objects.equals(p.getName(), backend.getService().getPort().getName())
                        || Objects.equals(p.getPort(), backend.getService().getPort().getNumber()));
        return port ? List.of() : List.of("Ingress " + ingress.getMetadata().getName() + " routes to "
                + backend.getService().getName() + ", which has no such Service port");
    }

    private List<HasMetadata> customResources(String kind) {
        return manifests.all().stream().filter(o -> kind.equals(o.getKind())).toList();
    }

    private interface PodVisitor {
        void visit(String owner, PodSpec pod);
    }

    private interface ContainerVisitor {
        void visit(String owner, Container container);
    }

    private void forEachPod(PodVisitor visitor) {
        for (HasMetadata object : manifests.all()) {
            podTemplate(object).ifPresent(template -> visitor.visit(
                    object.getKind() + " " + object.getMetadata().getName(), template.getSpec()));
        }
    }

    private void forEachContainer(ContainerVisitor visitor) {
        forEachPod((owner, pod) -> containers(pod).forEach(c -> visitor.visit(owner, c)));
    }

    private static List<Container> containers(PodSpec pod) {
        return Stream.concat(Optional.ofNullable(pod.getInitContainers()).orElse(List.of()).stream(),
                pod.getContainers().stream()).toList();
    }

    private static Optional<PodTemplateSpec> podTemplate(HasMetadata object) {
        if (object instanceof Deployment d) {
            return Optional.of(d.getSpec().getTemplate());
        } else if (object instanceof StatefulSet s) {
            return Optional.of(s.getSpec().getTemplate());
        } else if (object instanceof DaemonSet d) {
            return Optional.of(d.getSpec().getTemplate());
        } else if (object instanceof Job j) {
            return Optional.of(j.getSpec().getTemplate());
        } else if (object instanceof CronJob c) {
            return Optional.of(c.getSpec().getJobTemplate().getSpec().getTemplate());
        }
        return Optional.empty();
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** The number of a container port given by name or number, or null if the container has none such. */
    private static String portNumber(Container container, IntOrString port) {
        if (port == null) {
            return null;
        }
        for (ContainerPort open : Optional.ofNullable(container.getPorts()).orElse(List.of())) {
            if (Objects.equals(open.getName(), port.getStrVal()) || Objects.equals(open.getContainerPort(), port.getIntVal())) {
                return String.valueOf(open.getContainerPort());
            }
        }
        return null;
    }

    private static Set<String> secretKeys(Secret secret) {
        Set<String> keys = new HashSet<>();
        Optional.ofNullable(secret.getData()).ifPresent(data -> keys.addAll(data.keySet()));
        Optional.ofNullable(secret.getStringData()).ifPresent(data -> keys.addAll(data.keySet()));
        return keys;
    }

    private static String describe(EnvVar variable) {
        var from = variable.getValueFrom();
        if (from != null && from.getSecretKeyRef() != null) {
            return "secret " + from.getSecretKeyRef().getName() + "/" + from.getSecretKeyRef().getKey();
        }
        return "a reference";
    }
}
