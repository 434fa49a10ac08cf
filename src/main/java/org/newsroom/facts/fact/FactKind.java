package org.newsroom.facts.fact;

/**
 * One kind of fact (deployment, statistic, claim, event): a bean per kind, found by {@link FactKinds}. It holds
 * what the generic flows — drafts, corrections, history, search, paging, the reader cache and the lean read path —
 * need to know of the kind, so that none of them branches on it.
 *
 * @param <E> the kind's entity
 * @param <P> the kind's patch (a field left out stays as it is)
 */
public interface FactKind<E extends FactEntity, P extends FactPatch> extends FactRows<E> {

    /** The value of {@code fact.kind}: {@code DEPLOYMENT}. */
    String discriminator();

    /** The kind's name in inputs and messages: the field of {@code CorrectionInput} that carries its patch. */
    String name();

    /** The kind's entity class. */
    Class<E> entityType();

    /** A new, transient entity of the kind: a draft to fill, or a row to read. */
    E newEntity();

    @Override
    default E newEntity(String discriminator) {
        return newEntity();
    }

    /** The kind's patch class, as stored with a correction. */
    Class<P> patchType();

    /** The kind's input class of a new fact (create&lt;Kind&gt;), as story intake fills it. */
    Class<? extends FactInput<P>> inputType();

    /** editor, chief: a new draft of the kind, as create&lt;Kind&gt; makes it (the demo dataset's loader too). */
    Fact create(FactInput<P> input);

    /**
     * Applies a patch to a fact of the kind — fields left out stay as they are — then checks the whole fact; the
     * errors name input paths below {@code field} ({@code input.headcount.value}). The fields every kind has
     * (modality, as-of date, notes) are applied before, by the caller.
     */
    void apply(E fact, P patch, String field);

    /** Called when a chief publishes a draft of the kind, before it is saved (a claim's verdict is published with it). */
    default void published(E fact, String by) {
    }

    /**
     * The kind's own properties of its entity (as Envers names them in its modified flags) by the input paths their
     * values are shown under in the history ({@code originCode} → {@code origin}).
     */
    default java.util.Map<String, java.util.List<String>> historyPaths() {
        return java.util.Map.of();
    }

    /** The kind's printable summary of a fact: one English sentence. */
    default String summary(E fact) {
        return fact.toView().getSummary();
    }

    /**
     * Columns the kind's views need beyond {@code f.*}, as SQL over the alias {@code f} with a leading comma
     * (a claimant's name); empty by default.
     */
    @Override
    default String readColumns() {
        return "";
    }

    /**
     * Where a fact of the kind is, as keys (for {@code similar…} checks): facts sharing a key are about the same
     * countries. {@link #whereKeysSql} gives the same keys of a stored row. None by default.
     */
    default java.util.List<String> whereKeys(E fact) {
        return java.util.List.of();
    }

    /** The keys of {@link #whereKeys} as SQL over the alias {@code f}: a text[] expression. */
    default String whereKeysSql() {
        return "cast(array[] as text[])";
    }

    /** The words a fact of the kind states, compared by similarity (a claim's statement); null by default. */
    default String statement(E fact) {
        return null;
    }

    /** The kind's own reasons why a stored fact is like a new one ("same claimant", "already fact-checked: FALSE"); none by default. */
    default java.util.List<String> alike(E probe, E found) {
        return java.util.List.of();
    }
}
