package org.newsroom.facts.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unit tests of the WHERE part of fact lists: the kind as a literal, and cursors' fingerprints that stay put. */
class FactQueryTest {

    private static FactQuery deploymentsFrom() {
        return new FactQuery("DEPLOYMENT", "origin_code").where(FactQuery.PUBLIC).equal("personnel", "TROOPS");
    }

    @Test
    void theKindIsALiteralSoThatThePartialIndexesServeAGenericPlan() {
        FactQuery q = deploymentsFrom();
        assertTrue(q.sql().startsWith("f.kind = 'DEPLOYMENT' and "), q.sql());
        assertFalse(q.params().containsKey("kind"), q.params().toString());
        assertEquals("TROOPS", q.params().get("personnel"));
    }

    @Test
    void aCursorsFingerprintIsWhatItWasWhenTheKindWasAParameter() {
        // the value the fingerprint had before the kind became a literal: cursors handed out then still page
        assertEquals("1cdcfc7366e8", deploymentsFrom().fingerprint());
        assertEquals("e85240cd36d4", new FactQuery(null, null).where(FactQuery.PUBLIC).fingerprint());
    }

    @Test
    void aKindIsAnIdentifierFromTheCode() {
        assertThrows(IllegalArgumentException.class, () -> new FactQuery("DEPLOYMENT' or true --", null));
    }
}
