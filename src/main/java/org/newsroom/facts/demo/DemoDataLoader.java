package org.newsroom.facts.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.newsroom.facts.country.CountryService;
import org.newsroom.facts.fact.DisputeInput;
import org.newsroom.facts.fact.Fact;
import org.newsroom.facts.fact.FactAccess;
import org.newsroom.facts.fact.FactDisputes;
import org.newsroom.facts.fact.FactKind;
import org.newsroom.facts.fact.FactKinds;
import org.newsroom.facts.fact.FactPatch;
import org.newsroom.facts.fact.FactPublishing;
import org.newsroom.facts.place.PlaceInput;
import org.newsroom.facts.place.PlaceService;
import org.newsroom.facts.shared.CurrentUser;
import org.newsroom.facts.source.SourceInput;
import org.newsroom.facts.source.SourceService;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Loads the story's facts (a JSON file of editor inputs with symbolic keys) into an empty database through the
 * same services the API uses, as a chief called {@code demo-data}, and publishes them; each step is its own
 * transaction and revision, as if an editor had made it. A list of the file is a kind's when its name is the kind's
 * name in the plural ({@code deployments}): a new kind's demo facts need no code here.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final String LOADER = "demo-data";

    @Inject
    DemoDataConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    FactAccess facts;

    @Inject
    SourceService sources;

    @Inject
    PlaceService places;

    @Inject
    FactKinds kinds;

    @Inject
    FactDisputes disputes;

    @Inject
    FactPublishing publishing;

    @ActivateRequestContext
    void onStart(@Observes @Priority(CountryService.STARTUP_PRIORITY + 10) StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        if (facts.anyStored()) {
            LOG.debug("The database holds facts already: demo data not loaded");
            return;
        }
        int loaded = load(read(config.location()));
        LOG.infof("Loaded the demo dataset: %d facts from %s", loaded, config.location());
    }

    /** Enters and publishes every fact of the dataset; returns how many. */
    int load(JsonNode data) {
        user.actAs(LOADER, CurrentUser.CHIEF);
        ObjectMapper mapper = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Map<String, String> sourceIds = new HashMap<>();
        Map<String, String> placeIds = new HashMap<>();
        for (JsonNode s : data.path("sources")) {
            sourceIds.put(s.get("key").asText(), sources.findOrCreate(mapper.convertValue(s, SourceInput.class)).id());
        }
        for (JsonNode p : data.path("places")) {
            placeIds.put(p.get("key").asText(), places.findOrCreate(mapper.convertValue(p, PlaceInput.class)).id());
        }
        Map<String, String> factIds = new HashMap<>();
        int count = 0;
        for (var list : data.properties()) { // in the file's order: events name facts listed before them
            FactKind<?, FactPatch> kind = kinds.named(list.getKey().replaceFirst("s$", "")); // "deployments": the kind deployment
            for (JsonNode entry : kind == null ? List.<JsonNode> of() : list.getValue()) {
                ObjectNode input = resolve((ObjectNode) entry.deepCopy(), sourceIds, placeIds, factIds);
                count += keep(factIds, entry, publish(kind.create(mapper.convertValue(input, kind.inputType())), entry, sourceIds, mapper));
            }
        }
        return count;
    }

    /** Remembers the id of a fact the dataset names by a key (events refer to related facts by key); counts it. */
    private static int keep(Map<String, String> factIds, JsonNode entry, Fact fact) {
        if (entry.hasNonNull("key")) {
            factIds.put(entry.get("key").asText(), fact.getId());
        }
        return 1;
    }

    private Fact publish(Fact fact, JsonNode entry, Map<String, String> sourceIds, ObjectMapper mapper) {
        Fact current = fact;
        for (JsonNode d : entry.path("disputes")) {
            ObjectNode input = d.deepCopy();
            input.put("sourceId", key(sourceIds, input.remove("source").asText()));
            current = disputes.addDispute(current.getId(), mapper.convertValue(input, DisputeInput.class));
        }
        return publishing.publish(current.getId(), current.getVersion());
    }

    /**
     * Replaces the symbolic keys by ids: of places, of citations' sources, of a claim's claimant and its appearances'
     * outlets, of an event's actors and related facts.
     */
    private static ObjectNode resolve(ObjectNode fact, Map<String, String> sourceIds, Map<String, String> placeIds,
            Map<String, String> factIds) {
        fact.remove("disputes");
        fact.remove("key");
        JsonNode claimant = fact.remove("claimant");
        if (claimant != null) {
            fact.put("claimantId", key(sourceIds, claimant.asText()));
        }
        for (JsonNode a : fact.path("appearances")) {
            JsonNode outlet = ((ObjectNode) a).remove("outlet");
            if (outlet != null) {
                ((ObjectNode) a).put("outletId", key(sourceIds, outlet.asText()));
            }
        }
        keys(fact, "actorIds", sourceIds);
        keys(fact, "relatedFactIds", factIds);
        JsonNode placeKeys = fact.remove("placeIds");
        if (placeKeys != null) {
            ArrayNode ids = fact.putArray("placeIds");
            placeKeys.forEach(p -> ids.add(key(placeIds, p.asText())));
        }
        JsonNode placeKey = fact.remove("placeId");
        if (placeKey != null) {
            fact.put("placeId", key(placeIds, placeKey.asText()));
        }
        for (JsonNode c : fact.path("citations")) {
            ObjectNode citation = (ObjectNode) c;
            citation.put("sourceId", key(sourceIds, citation.remove("source").asText()));
            JsonNode via = citation.remove("via");
            if (via != null) {
                citation.put("viaSourceId", key(sourceIds, via.asText()));
            }
            JsonNode chain = citation.remove("chain");
            if (chain != null) {
                ArrayNode ids = citation.putArray("chainSourceIds");
                chain.forEach(k -> ids.add(key(sourceIds, k.asText())));
            }
        }
        return fact;
    }

    private static void keys(ObjectNode fact, String field, Map<String, String> ids) {
        JsonNode keys = fact.remove(field);
        if (keys != null) {
            ArrayNode resolved = fact.putArray(field);
            keys.forEach(k -> resolved.add(key(ids, k.asText())));
        }
    }

    private static String key(Map<String, String> ids, String key) {
        String id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("The demo data names an unknown key: " + key);
        }
        return id;
    }

    private JsonNode read(String location) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("No demo data at " + location);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
