package org.newsroom.facts.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.facts.shared.BadUserInputException;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

/** The registry of the kinds of fact: every {@link FactKind} bean, by entity class and by name. */
@ApplicationScoped
public class FactKinds implements FactRows<FactEntity> {

    private final Map<Class<?>, FactKind<?, ?>> byEntity = new LinkedHashMap<>();
    private final Map<String, FactKind<?, ?>> byName = new LinkedHashMap<>();
    private final Map<String, FactKind<?, ?>> byDiscriminator = new LinkedHashMap<>();
    private final String readColumns;

    FactKinds(@All List<FactKind<?, ?>> kinds) {
        StringBuilder columns = new StringBuilder();
        for (FactKind<?, ?> kind : kinds) {
            byEntity.put(kind.entityType(), kind);
            byName.put(kind.name(), kind);
            byDiscriminator.put(kind.discriminator(), kind);
            columns.append(kind.readColumns());
        }
        this.readColumns = columns.toString();
    }

    /** Every kind's read columns: a row of any kind can be read. */
    @Override
    public String readColumns() {
        return readColumns;
    }

    @Override
    public FactEntity newEntity(String discriminator) {
        FactKind<?, ?> kind = byDiscriminator.get(discriminator);
        if (kind == null) {
            throw new IllegalStateException("no FactKind for " + discriminator);
        }
        return kind.newEntity();
    }

    /** The kind of a fact. */
    @SuppressWarnings("unchecked")
    public <E extends FactEntity> FactKind<E, FactPatch> of(E fact) {
        Class<?> type = org.hibernate.Hibernate.getClass(fact);
        FactKind<?, ?> kind = byEntity.get(type);
        if (kind == null) {
            throw new IllegalStateException("no FactKind for " + type.getSimpleName());
        }
        return (FactKind<E, FactPatch>) kind;
    }

    /** The history paths of every kind's properties ({@link FactKind#historyPaths}), merged. */
    public Map<String, List<String>> historyPaths() {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        byName.values().forEach(kind -> kind.historyPaths().forEach((property, shown) -> paths.merge(property, shown,
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).distinct().toList())));
        return paths;
    }

    /** The kind of that name ({@code deployment}, ...); null when there is none. */
    @SuppressWarnings("unchecked")
    public <E extends FactEntity, P extends FactPatch> FactKind<E, P> named(String name) {
        return (FactKind<E, P>) byName.get(name);
    }

    /** The name of the kind stored as that discriminator ({@code DEPLOYMENT} → {@code deployment}); null when none. */
    public String nameOf(String discriminator) {
        FactKind<?, ?> kind = byDiscriminator.get(discriminator);
        return kind == null ? null : kind.name();
    }

    /** The names of all kinds ({@code deployment}, {@code statistic}, ...), in registration order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The one patch of a set keyed by kind name (a correction's {@code deployment}, {@code statistic}, ...) that fits
     * the fact's kind; BAD_USER_INPUT on the field of another kind's patch. Null when none is given.
     */
    public FactPatch patchFor(FactEntity fact, Map<String, FactPatch> patches, String field) {
        FactKind<?, ?> kind = of(fact);
        for (Map.Entry<String, FactPatch> e : patches.entrySet()) {
            if (e.getValue() != null && !e.getKey().equals(kind.name())) {
                throw new BadUserInputException("the fact is a " + kind.name() + ": give " + kind.name() + ", not " + e.getKey(),
                        field + "." + e.getKey());
            }
        }
        return patches.get(kind.name());
    }
}
