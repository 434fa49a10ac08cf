package org.newsroom.facts.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        // "On Monday": its month, as the shipped rules date a weekday (the Monday before the story ran is 10 March)
        assertEquals(Map.of("start", "2025-03-01", "precision", "MONTH"), ps.get(0).fields().get("claimedOn"));
        assertEquals("ALLEGED", ps.get(0).fields().get("modality"));
        assertEquals("event", ps.get(1).kind());
        assertEquals("OFFENSIVE", ps.get(1).fields().get("kind"));
        assertEquals(Map.of("start", "2024-11-01", "precision", "MONTH"), ps.get(1).fields().get("period"));
        assertEquals(2, ps.size(), "neither '12-hour days' nor the year 2024 is a figure");
    }

    @Test
    void aNewsroomThatDatesWeekdaysToTheDayGetsTheDay() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode rules = (ObjectNode) json.readTree(IntakeRules.class.getClassLoader().getResource("intake/rules.json"));
        rules.put("weekdayPrecision", "DAY");
        StoryReader reader = new StoryReader(json.treeToValue(rules, IntakeRules.class));
        StoryReader.Proposal p = reader.read("On Monday, Ukrainian officials claimed that Russian forces had withdrawn from Kherson.", RAN, "The Test Gazette").get(0);
        assertEquals(Map.of("start", "2025-03-10", "precision", "DAY"), p.fields().get("claimedOn"));
    }

    @Test
    void passiveAttributionsNameTheAgent() {
        List<StoryReader.Proposal> ps = read("Some 16,000 Indian workers were sent to Israel last year, it was reported by the Indian embassy. "
                + "A shortage of 30,000 construction workers had been estimated by the Israel Builders Association in January. "
                + "Up to 10,000 more Indian workers are expected to be sent this year, Israeli officials were quoted as saying. "
                + "Another 500 Indian workers arrived in Israel in February.");
        assertEquals(List.of("the Indian embassy", "the Israel Builders Association", "Israeli officials", "The Test Gazette"),
                ps.stream().map(p -> p.attribution().source()).toList());
        assertEquals("PROJECTED", ps.get(2).fields().get("modality"));
    }

    @Test
    void reportedlyAndASentenceThatGoesOnCarryTheReportTheStoryFollows() {
        List<StoryReader.Proposal> ps = read("Belarus has sent 1,000 workers to Russia, according to a report by Reuters citing Lithuanian intelligence.\n"
                + "The Lithuanian intelligence service reportedly told lawmakers that 1,000 Belarusian workers had been sent. "
                + "Many of them are thought to work in factories, with official Russian data showing a three-fold increase in Belarusian arrivals in 2024.\n"
                + "Russia's statistics office estimated a shortfall of 2 million workers this year.\n"
                + "The Lithuanian intelligence service told lawmakers that 300 Belarusian students had been sent to Russia.");
        StoryReader.Proposal fold = ps.stream().filter(p -> "CHANGE".equals(p.fields().get("measure"))).findFirst().orElseThrow();
        assertEquals("Official Russian data", fold.attribution().source());
        assertEquals("Reuters", fold.attribution().via(), "the sentence goes on from a reportedly one");
        StoryReader.Proposal shortfall = ps.stream().filter(p -> "RU".equals(p.fields().get("country")) && !"CHANGE".equals(p.fields().get("measure")))
                .findFirst().orElseThrow();
        assertEquals(null, shortfall.attribution().via(), "a named source of its own, in a paragraph of its own, is not the report's");
        StoryReader.Proposal students = ps.stream().filter(p -> "STUDENTS".equals(p.fields().get("personnel"))).findFirst().orElseThrow();
        assertEquals(null, students.attribution().via(), "without 'reportedly' the source is the story's own");
    }

    @Test
    void aStatementInTheStorysOwnVoiceIsTheOutletsClaim() {
        List<StoryReader.Proposal> ps = read("The use of North Korean labour abroad violates UN Security Council resolutions. The weather was mild.");
        assertEquals(1, ps.size(), "only the assertion: " + ps);
        assertEquals("claim", ps.get(0).kind());
        assertEquals("The use of North Korean labour abroad violates UN Security Council resolutions", ps.get(0).fields().get("statement"));
        assertEquals("STATED", ps.get(0).fields().get("modality"));
        assertEquals(List.of("KP"), ps.get(0).fields().get("countries"));
        assertEquals("The Test Gazette", ps.get(0).attribution().source());
    }
}
