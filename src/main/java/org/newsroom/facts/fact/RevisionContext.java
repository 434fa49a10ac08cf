package org.newsroom.facts.fact;


import jakarta.enterprise.context.RequestScoped;

/** What the change being made in this request is (CREATED, EDITED, ...) and its note, for the revision it makes. */
@RequestScoped
public class RevisionContext {

    private RevisionAction action;
    private String note;

    /** Declares the change before making it. */
    public void declare(RevisionAction action, String note) {
        this.action = action;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    public RevisionAction action() {
        return action;
    }

    public String note() {
        return note;
    }
}
