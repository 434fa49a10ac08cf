package org.newsroom.facts.shared;

/** Fired (synchronously) after a GraphQL mutation method returned or failed, its transaction already ended. */
public record MutationCompleted(String mutation) {
}
