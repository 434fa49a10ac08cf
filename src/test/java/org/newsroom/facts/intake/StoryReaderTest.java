package org.newsroom.facts.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Unit tests of the story reader: pure logic over the shipped rules, in the team's own sentences. */
class StoryReaderTest {

    static final StoryReader READER = new StoryReader(IntakeRules.load());
    static final LocalDate RAN = LocalDate.of(2025, 3, 12); // a Wednesday

    static List<StoryReader.Proposal> read(String text) {
        return READER.read(text, RAN, "The Test Gazette");
    }

    @Test
    void aDeploymentWithAHedgeAPeriodAndNoAttributionIsTheOutlets() {
        StoryReader.Proposal p = read("Belarus sent some 2,000 troops to Russia last month.").get(0);
        assertEquals("deployment", p.kind());
        assertEquals("BY", p.fields().get("origin"));
        assertEquals("RU", p.fields().get("destination"));
        assertEquals("TROOPS", p.fields().get("personnel"));
        assertEquals(Map.of("value", 2000.0, "approximation", "ABOUT", "unit", "troops"), p.fields().get("headcount"));
        assertEquals(Map.of("start", "2025-02-01", "precision", "MONTH"), p.fields().get("period"));
        assertEquals("The Test Gazette", p.attribution().source());
    }

    @Test
    void rangesWordsAndProjections() {
        List<StoryReader.Proposal> ps = read("Between 10,000 and 12,000 Iranian advisers are in Syria, according to Reuters. "
                + "Turkey's central bank estimated that inflation could reach forty percent by 2027.");
        assertEquals(Map.of("low", 10000.0, "high", 12000.0, "approximation", "RANGE", "unit", "advisers"), ps.get(0).fields().get("value"));
        assertEquals("Reuters", ps.get(0).attribution().source());
        StoryReader.Proposal inflation = ps.get(1);
        assertEquals("TR", inflation.fields().get("country"));
        assertEquals(40.0, ((Map<?, ?>) inflation.fields().get("value")).get("value"));
        assertEquals("PROJECTION", inflation.fields().get("measure"));
        assertEquals("PROJECTED", inflation.fields().get("modality"));
        assertEquals(Map.of("start", "2027-01-01", "precision", "YEAR"), inflation.fields().get("period"));
    }

    @Test
    void aChainAndAReportedRunningTotal() {
        StoryReader.Proposal p = read("The National Intelligence Service reportedly told lawmakers last week that nearly 9,000 North Korean "
                + "workers have been sent to China, according to a report by The Wall Street Journal citing South Korean intelligence.").get(0);
        assertEquals("KP", p.fields().get("origin"));
        assertEquals("CN", p.fields().get("destination"));
        assertEquals("REPORTED", p.fields().get("modality"));
        assertEquals("2025-03-05", p.fields().get("asOf"));
        assertEquals("South Korea's National Intelligence Service", p.attribution().source());
        assertEquals(List.of("South Korean lawmakers"), p.attribution().chain());
        assertEquals("The Wall Street Journal", p.attribution().via());
    }

    @Test
    void claimsAndEventsAndWhatIsNotAFigure() {
        List<StoryReader.Proposal> ps = read("On Monday, Ukrainian officials claimed that Russian forces had withdrawn from Kherson.\n"
                + "Russia launched a new offensive last November. Workers there put in 12-hour days in 2024.");
        assertEquals("claim", ps.get(0).kind());
        assertEquals("Russian forces had withdrawn from Kherson", ps.get(0).fields().get("statement"));
        assertEquals(Map.of("start", "2025-03-10", "precision", "DAY"), ps.get(0).fields().get("claimedOn"));
        assertEquals("ALLEGED", ps.get(0).fields().get("modality"));
        assertEquals("event", ps.get(1).kind());
        assertEquals("OFFENSIVE", ps.get(1).fields().get("kind"));
        assertEquals(Map.of("start", "2024-11-01", "precision", "MONTH"), ps.get(1).fields().get("period"));
        assertEquals(2, ps.size(), "neither '12-hour days' nor the year 2024 is a figure");
    }
}
