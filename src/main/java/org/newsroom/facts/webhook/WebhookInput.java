package org.newsroom.facts.webhook;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsroom.facts.shared.Text;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new webhook as a chief enters it. */
@Input("WebhookInput")
@Description("A new webhook: where to POST (http or https; private and loopback addresses are refused in production) and which events.")
public class WebhookInput {

    @Text
    @NonNull
    @NotBlank
    @org.hibernate.validator.constraints.URL(regexp = "^https?:.*", message = "must be an http or https URL")
    @Size(max = 2000)
    @Description("Where the events are POSTed.")
    public String url;

    @NonNull
    @NotNull
    @Size(min = 1, max = 5, message = "must name at least one event")
    @Description("The events it is told of; at least one.")
    public List<@NonNull WebhookEvent> events;
}
