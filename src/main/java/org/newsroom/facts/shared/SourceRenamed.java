package org.newsroom.facts.shared;

/**
 * Fired (synchronously, inside the writing transaction) when a source's printed name changes, so that the facts that
 * print it record the change.
 */
public record SourceRenamed(long sourceId, String oldName, String newName) {
}
