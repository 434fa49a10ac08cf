package org.newsroom.facts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.facts.deployment.DeploymentFilter;
import org.newsroom.facts.deployment.PersonnelKind;
import org.newsroom.facts.fact.Verification;

/** Binding arguments as graphql-java hands them to a fetcher to the annotated method's parameter types (no service). */
class ArgumentBindingTest {

    @Test
    void scalarsDefaultsAndEnums() {
        assertEquals(20, ArgumentBinding.of(Integer.class).apply("20"), "SmallRye's @DefaultValue arrives as text");
        assertEquals(5, ArgumentBinding.of(Integer.class).apply(5));
        assertEquals("en", ArgumentBinding.of(String.class).apply("en"));
        assertEquals(LocalDate.of(2025, 5, 1), ArgumentBinding.of(LocalDate.class).apply("2025-05-01"));
        assertEquals(Verification.CONFIRMED, ArgumentBinding.of(Verification.class).apply("CONFIRMED"));
        assertNull(ArgumentBinding.of(Integer.class).apply(null));
        assertThrows(IllegalArgumentException.class, () -> ArgumentBinding.of(Verification.class).apply("NO_SUCH"));
    }

    @Test
    void anInputObjectByItsPublicFields() throws NoSuchMethodException {
        Map<String, Object> given = new HashMap<>();
        given.put("origin", "KP");
        given.put("personnel", "TROOPS");
        given.put("from", LocalDate.of(2024, 1, 1));
        given.put("destination", null);
        DeploymentFilter filter = (DeploymentFilter) ArgumentBinding.of(DeploymentFilter.class).apply(given);
        assertEquals("KP", filter.origin);
        assertEquals(PersonnelKind.TROOPS, filter.personnel);
        assertEquals(LocalDate.of(2024, 1, 1), filter.from);
        assertNull(filter.destination);
        assertNull(filter.to, "a field left out stays null");
        assertNull(ArgumentBinding.of(DeploymentFilter.class).apply(null), "no filter at all");
    }

    /** A method whose list parameter the binder reads. */
    static void listed(List<Verification> values) {
    }

    @Test
    void listsOfValues() throws NoSuchMethodException {
        java.lang.reflect.Type type = ArgumentBindingTest.class.getDeclaredMethod("listed", List.class).getGenericParameterTypes()[0];
        assertEquals(List.of(Verification.CONFIRMED, Verification.UNVERIFIED), ArgumentBinding.of(type).apply(List.of("CONFIRMED", "UNVERIFIED")));
    }
}
