package org.newsroom.facts.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;

import graphql.ExecutionResult;

/**
 * Writes the result of an operation without errors with Jackson's streaming generator: graphql-java's result or a plan's
 * ({@link ReadPlans.Filled} objects with their encoded keys) holds only objects, lists, strings, numbers, booleans and
 * nulls (the scalars are serialized already), so each value is written by its type, with no serializer lookup.
 */
final class ResultWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private ResultWriter() {
    }

    static byte[] write(ExecutionResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("data");
            value(json, result.getData());
            if (result.getExtensions() != null && !result.getExtensions().isEmpty()) {
                json.writeFieldName("extensions");
                value(json, result.getExtensions());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof ReadPlans.Filled object) { // a planned answer's object: its keys are encoded once per plan
            json.writeStartObject();
            SerializableString[] names = object.names();
            Object[] values = object.values();
            for (int i = 0; i < names.length; i++) {
                json.writeFieldName(names[i]);
                value(json, values[i]);
            }
            json.writeEndObject();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName((String) e.getKey());
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (int i = 0, n = list.size(); i < n; i++) {
                value(json, list.get(i));
            }
            json.writeEndArray();
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Number n) {
            json.writeNumber(n.toString());
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
