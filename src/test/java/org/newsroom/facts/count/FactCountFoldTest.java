package org.newsroom.facts.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Unit tests of folding factCounts' rows (one per group and unit, in no order) into ordered groups with their sums. */
class FactCountFoldTest {

    private static FactCountRepository.Row row(String country, Integer year, String unit, long facts, double total, long figures) {
        Map<FactCountDimension, Object> keys = new LinkedHashMap<>();
        keys.put(FactCountDimension.COUNTRY, country);
        keys.put(FactCountDimension.YEAR, year == null ? null : year.shortValue());
        return new FactCountRepository.Row(keys, unit, facts, total, figures);
    }

    private static List<String> fold(List<FactCountRepository.Row> rows) {
        return FactCountService.fold(new ArrayList<>(rows), (keys, facts, figures) -> keys.get(FactCountDimension.COUNTRY) + " "
                + keys.get(FactCountDimension.YEAR) + " " + facts + " " + figures.stream().map(f -> f.unit() + "=" + f.sum() + "/" + f.count()).toList());
    }

    @Test
    void rowsOfAGroupAreAddedUpAndItsUnitsKeptApart() {
        assertEquals(List.of("KP 2025 5 [troops=12000.0/1, workers=15500.0/3]"), fold(List.of(
                row("KP", 2025, "workers", 3, 15500, 3), row("KP", 2025, "troops", 1, 12000, 1), row("KP", 2025, null, 1, 0, 0))));
    }

    @Test
    void groupsAreOrderedByEachDimensionNumbersAsNumbersAndNullsLast() {
        assertEquals(List.of("KP 999 1 []", "KP 2025 1 []", "KP null 1 []", "RU 2024 1 []", "null 2024 1 []"), fold(List.of(
                row(null, 2024, null, 1, 0, 0), row("RU", 2024, null, 1, 0, 0), row("KP", null, null, 1, 0, 0),
                row("KP", 2025, null, 1, 0, 0), row("KP", 999, null, 1, 0, 0))));
    }

    @Test
    void aUnitWithoutFiguresAddsNoSum() {
        assertEquals(List.of("MH 2024 2 []"), fold(List.of(row("MH", 2024, "people", 2, 0, 0))));
        assertEquals(List.of(), fold(List.of()), "no rows, no groups");
    }
}
