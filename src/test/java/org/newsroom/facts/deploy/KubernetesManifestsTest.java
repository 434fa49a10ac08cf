package org.newsroom.facts.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The Kubernetes manifests in deploy/k8s, checked offline: every Kubernetes object (base and overlay patches)
 * loads into the fabric8 Kubernetes model with no field the model does not know (a misspelt or misplaced key
 * fails), and the pieces fit together: selectors, probes, resources, the names the Deployment refers to, the
 * files and patch targets of each kustomization. The CloudNativePG objects are checked against their schema
 * by src/test/node/manifests.test.mjs; yamllint checks the YAML itself (.ci/run).
 */
class KubernetesManifestsTest {

    static final Path K8S = Path.of("deploy/k8s");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Map<String, Class<?>> MODEL = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);
    static final Set<String> CLOUDNATIVE_PG = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/ScheduledBackup");
    static final String KUSTOMIZATION = "kustomize.config.k8s.io/v1beta1/Kustomization";

    @Test
    void everyObjectFitsTheKubernetesModelExactly() throws IOException {
        List<Path> files = yamlFiles();
        assertTrue(files.size() >= 12, "manifests found: " + files);
        for (Path file : files) {
            for (JsonNode doc : documents(file)) {
                String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                if (MODEL.containsKey(type)) {
                    Object object = YAML.treeToValue(doc, MODEL.get(type));
                    List<String> unknown = new ArrayList<>();
                    unknownFields(object, type, unknown, new IdentityHashMap<>());
                    assertEquals(List.of(), unknown, file + ": fields the Kubernetes model does not know");
                } else {
                    assertTrue(CLOUDNATIVE_PG.contains(type) || type.equals(KUSTOMIZATION), file + ": unexpected " + type);
                }
            }
        }
    }

    @Test
    void theServiceIsProbedLimitedAndSelectedConsistently() throws IOException {
        Deployment deployment = one("base/deployment.yaml", Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()));
        Service service = one("base/service.yaml", Service.class);
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()));
        PodDisruptionBudget pdb = one("base/pdb.yaml", PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        HorizontalPodAutoscaler hpa = one("base/hpa.yaml", HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "a PDB with minAvailable 1 needs at least two pods to let nodes drain");

        assertEquals(Boolean.TRUE, deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        probe(container.getStartupProbe(), "/q/health/started");
        probe(container.getReadinessProbe(), "/q/health/ready");
        probe(container.getLivenessProbe(), "/q/health/live");
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(container.getResources().getRequests().get(resource), "request " + resource);
            assertNotNull(container.getResources().getLimits().get(resource), "limit " + resource);
        }
        long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertTrue(grace > 35, "the grace period covers quarkus.shutdown.delay (5 s) + timeout (30 s)");
    }

    @Test
    void theDeploymentRefersOnlyToThingsThatExist() throws IOException {
        Deployment deployment = one("base/deployment.yaml", Deployment.class);
        ConfigMap config = one("base/configmap.yaml", ConfigMap.class);
        String cluster = documents(K8S.resolve("base/postgres-cluster.yaml")).get(0).path("metadata").path("name").asText();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(config.getMetadata().getName(), container.getEnvFrom().get(0).getConfigMapRef().getName());
        for (EnvVar env : container.getEnv()) {
            // CloudNativePG writes the application user's credentials into the secret <cluster>-app
            assertEquals(cluster + "-app", env.getValueFrom().getSecretKeyRef().getName(), env.getName());
        }
        assertTrue(config.getData().get("QUARKUS_DATASOURCE_JDBC_URL").contains("//" + cluster + "-rw:"), "writes go to the primary");
        assertTrue(config.getData().get("NEWSROOM_READ_REPLICA_JDBC_URL").contains("//" + cluster + "-ro:"), "readers to the replicas");
        String jwtSecret = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getSecret() != null).findFirst().orElseThrow().getSecret().getSecretName();
        for (String overlay : List.of("staging", "production")) {
            JsonNode kustomization = documents(K8S.resolve("overlays/" + overlay + "/kustomization.yaml")).get(0);
            assertEquals(jwtSecret, kustomization.path("secretGenerator").get(0).path("name").asText(), overlay + " makes the JWT secret");
        }
    }

    @Test
    void everyKustomizationNamesFilesAndTargetsThatExist() throws IOException {
        for (Path file : yamlFiles().stream().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList()) {
            JsonNode k = documents(file).get(0);
            Path dir = file.getParent();
            for (JsonNode resource : k.path("resources")) {
                assertTrue(Files.exists(dir.resolve(resource.asText())), file + ": resource " + resource.asText());
            }
            for (JsonNode patch : k.path("patches")) {
                Path patchFile = dir.resolve(patch.path("path").asText());
                assertTrue(Files.exists(patchFile), file + ": patch " + patchFile);
                JsonNode target = documents(patchFile).get(0);
                assertTrue(baseHas(target.path("kind").asText(), target.path("metadata").path("name").asText()),
                        patchFile + " patches something the base does not have");
            }
        }
        assertFalse(yamlFiles().stream().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList().isEmpty());
    }

    private static boolean baseHas(String kind, String name) throws IOException {
        for (Path file : yamlFiles()) {
            if (file.startsWith(K8S.resolve("base")) || !file.getFileName().toString().contains("patch")) {
                for (JsonNode doc : documents(file)) {
                    if (kind.equals(doc.path("kind").asText()) && name.equals(doc.path("metadata").path("name").asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void probe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    private static <T> T one(String file, Class<T> type) throws IOException {
        return YAML.treeToValue(documents(K8S.resolve(file)).get(0), type);
    }

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static List<JsonNode> documents(Path file) throws IOException {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll().stream().filter(d -> !d.isNull()).toList();
        }
    }

    /**
     * Collects every key the model did not map to a property: fabric8 keeps those in "additionalProperties"
     * instead of failing.
     */
    private static void unknownFields(Object object, String path, List<String> found, Map<Object, Boolean> seen) {
        if (object == null || seen.put(object, Boolean.TRUE) != null) {
            return;
        }
        if (object instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", found, seen);
            }
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, found, seen));
            return;
        }
        if (!object.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = getter.invoke(object);
                if (getter.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> found.add(path + "." + k));
                    }
                } else {
                    unknownFields(value, path + "." + getter.getName().substring(3), found, seen);
                }
            } catch (ReflectiveOperationException e) {
                fail(e);
            }
        }
    }
}
