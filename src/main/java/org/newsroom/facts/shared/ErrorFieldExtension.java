package org.newsroom.facts.shared;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

/** Adds {@code extensions.field} (the input path) to the GraphQL errors of {@link ApiException}s. */
public class ErrorFieldExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "field";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (exception instanceof ApiException api && api.field() != null) {
            return Json.createValue(api.field());
        }
        return null;
    }

    /** Adds {@code extensions.violations}: every broken input rule, not only the first. */
    public static class Violations implements ErrorExtensionProvider {

        @Override
        public String getKey() {
            return "violations";
        }

        @Override
        public JsonValue mapValueFrom(Throwable exception) {
            if (exception instanceof BadUserInputException bad && bad.violations().size() > 1) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                bad.violations().forEach(v -> list.add(Json.createObjectBuilder()
                        .add("field", v.field()).add("message", v.message())));
                return list.build();
            }
            return null;
        }
    }
}
