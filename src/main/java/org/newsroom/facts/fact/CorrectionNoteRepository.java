package org.newsroom.facts.fact;


import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of public correction notes, by fact. */
@ApplicationScoped
public class CorrectionNoteRepository implements PanacheRepositoryBase<CorrectionNoteEntity, Long> {

}
