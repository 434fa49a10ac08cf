package org.newsroom.facts.fact;

/** How rows of {@code fact} are read into transient entities: by one kind, or by the kind each row names ({@link FactKinds}). */
public interface FactRows<E extends FactEntity> {

    /** Columns the views need beyond {@code f.*}, as SQL over the alias {@code f} with a leading comma; may be empty. */
    String readColumns();

    /** A new, transient entity for a row of the given discriminator. */
    E newEntity(String discriminator);
}
