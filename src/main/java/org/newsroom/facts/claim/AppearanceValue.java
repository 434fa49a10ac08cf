package org.newsroom.facts.claim;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored appearance of a claim: a row of {@code claim_appearance}. */
@Embeddable
public class AppearanceValue {

    public String url;

    @Column(name = "outlet_id")
    public Long outletId;

    public String title;

    @Column(name = "appeared_on")
    public LocalDate appearedOn;

    @Column(name = "first_appearance", nullable = false)
    public boolean first;
}
