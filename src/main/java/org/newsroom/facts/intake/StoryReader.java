package org.newsroom.facts.intake;

import java.text.ParsePosition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Reads a story into proposed facts, with no database: ICU4J splits sentences, parses numbers in words and names
 * the countries; {@link IntakeRules} gives every word looked for. Figures become deployments (people of a kind
 * sent from one country to another) or statistics (with their measure: an estimate, a projection, a change);
 * "X claimed that …" becomes a claim; "launched an incursion" an event. Periods are resolved against the day the
 * story ran; modality and attribution (source, chain, via) come from the sentence. Two mentions of one figure
 * are one proposal. Pure logic: unit-tested without the service.
 */
public final class StoryReader {

    /** Who stated a proposed fact, as names in the story (resolved to known names by the aliases). */
    public record Attribution(String source, String via, List<String> chain) {
    }

    /** One proposed fact: its kind's input fields as far as the text allows, where it came from and how sure. */
    public record Proposal(String kind, Map<String, Object> fields, String sentence, int start, int end, double confidence,
            Attribution attribution) {
    }

    private record Mention(int start, int end, String code) {
    }

    private record Figure(int start, int end, Double value, Double low, Double high, String approximation, String unit,
            String phrase, boolean fold, String before) {
    }

    /** What the story has said so far, for a sentence that leaves it out ("of them", "it said", a country named before). */
    private static final class Context {
        String unit;
        String country;
        String origin;
        String destination;
        String source;
        Integer year;
        String report; // the outlet whose report the story follows ("according to a report by …"), for "reportedly"
    }

    private record When(int start, int end, LocalDate from, LocalDate to, String precision, boolean projection, boolean runningTotal,
            boolean baseline) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,-])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s+(thousand|million|billion))?(-fold|-[a-z]+)?(?![\\w])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "\\b((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                    + "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)"
                    + "(?:[\\s-]+(?:and[\\s-]+)?)?)+)(-fold)?",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of("have", "has", "had", "were", "was", "are", "is", "to", "in", "into", "from", "by",
            "for", "that", "who", "which", "since", "this", "last", "and", "with", "on", "at", "as", "would", "will", "could", "compared",
            "potentially", "growing", "so", "thus", "according", "between", "than", "of");
    private static final Pattern YEAR_WORD = Pattern.compile("^(1[89]\\d\\d|20\\d\\d)$");

    /** Every pattern the reader builds from its rules' words, compiled once (the words are a finite set). */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final IntakeRules rules;
    private final List<Map.Entry<String, String>> countryWords;
    private final List<Pattern> countryPatterns;
    private final Set<String> countryWordSet;
    private final RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    public StoryReader(IntakeRules rules) {
        this.rules = rules;
        Map<String, String> words = new LinkedHashMap<>();
        for (String code : ULocale.getISOCountries()) {
            String name = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
            if (!name.isBlank() && !name.equals(code)) {
                words.put(name, code);
            }
        }
        rules.countryNames().forEach((code, names) -> names.forEach(n -> words.put(n, code)));
        words.putAll(rules.demonyms());
        words.putAll(rules.capitals());
        // the longest first: "North Korean" before "Korea"
        this.countryWords = words.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())).toList();
        this.countryWordSet = words.keySet().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.countryPatterns = countryWords.stream()
                .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w.getKey()) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)).toList();
    }

    /** Whether the word names a country (its name, demonym or capital): "Russian" is no place's name of its own. */
    public boolean namesACountry(String word) {
        return countryWordSet.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Pattern re(String regex) {
        return re(regex, 0);
    }

    private static Pattern re(String regex, int flags) {
        return PATTERNS.computeIfAbsent(flags + ":" + regex, k -> Pattern.compile(regex, flags));
    }

    /** The proposals of a story that ran on {@code publishedOn}, printed by {@code outlet}, in the order of the text. */
    public List<Proposal> read(String text, LocalDate publishedOn, String outlet) {
        List<Proposal> out = new ArrayList<>();
        int paragraphStart = 0;
        Context story = new Context();
        for (String paragraph : text.split("\n", -1)) {
            readParagraph(paragraph, paragraphStart, publishedOn, outlet, story, out);
            paragraphStart += paragraph.length() + 1;
        }
        return merge(out);
    }

    private void readParagraph(String paragraph, int offset, LocalDate published, String outlet, Context story, List<Proposal> out) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
        sentences.setText(paragraph);
        When context = null; // the last span of time the paragraph named ("since 2022"), for figures that name none
        Attribution previous = null; // the sentence before's, for one that goes on from it ("Many of them …")
        for (int s = sentences.first(), e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
            String sentence = paragraph.substring(s, e).stripTrailing();
            if (sentence.isBlank()) {
                continue;
            }
            List<When> whens = dates(sentence, published, story);
            Attribution attribution = attribution(sentence, outlet, story, previous);
            previous = attribution;
            List<Figure> figures = figures(sentence);
            List<Mention> countries = countries(sentence);
            int before = out.size();
            readFigures(sentence, offset + s, figures, countries, whens, context, published, attribution, story, out);
            if (out.size() == before) {
                readClaim(sentence, offset + s, countries, whens, out);
                readEvent(sentence, offset + s, countries, whens, out);
            }
            if (out.size() == before && Objects.equals(attribution.source(), outlet)) {
                readAssertion(sentence, offset + s, countries, whens, outlet, out);
            }
            for (When w : whens) {
                if (w.to() != null && !w.from().equals(w.to())) {
                    context = w;
                }
            }
        }
    }

    // ---- figures ----

    private List<Figure> figures(String sentence) {
        List<Figure> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<Double>> m : rules.magnitudes().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Double>> e) -> -e.getKey().length())).toList()) {
            Matcher matcher = re("\\b" + Pattern.quote(m.getKey()) + "(?:\\s+of)?\\b").matcher(lower);
            while (matcher.find()) {
                int start = matcher.start();
                if (found.stream().anyMatch(f -> f.start() <= start && start < f.end())) {
                    continue;
                }
                String phrase = phraseAfter(sentence, matcher.end());
                found.add(new Figure(start, matcher.end(), null, m.getValue().get(0), m.getValue().get(1), "ORDER_OF_MAGNITUDE",
                        unitOf(phrase), phrase, false, sentence.substring(0, start)));
            }
        }
        Matcher n = NUMBER.matcher(sentence);
        while (n.find()) {
            String suffix = n.group(4) == null ? "" : n.group(4).toLowerCase(Locale.ROOT);
            boolean fold = suffix.equals("-fold");
            if (!fold && !suffix.isEmpty()) {
                continue; // "12-hour days"
            }
            String digits = n.group(1);
            if (YEAR_WORD.matcher(digits).matches() && n.group(2) == null && n.group(3) == null) {
                continue; // a year
            }
            double value = Double.parseDouble(digits.replace(",", "") + (n.group(2) == null ? "" : n.group(2)));
            if (n.group(3) != null) {
                value *= rules.scales().get(n.group(3).toLowerCase(Locale.ROOT));
            }
            add(found, sentence, n.start(), n.end(), value, fold);
        }
        Matcher w = NUMBER_WORDS.matcher(sentence);
        while (w.find()) {
            String words = w.group(1).trim().replaceAll("[\\s-]+$", "");
            Number parsed;
            synchronized (spellout) { // ICU's formats are not thread-safe, and one reader serves every request
                parsed = spellout.parse(words.toLowerCase(Locale.ROOT), new ParsePosition(0));
            }
            if (parsed == null || parsed.doubleValue() < 2 || found.stream().anyMatch(f -> f.start() <= w.start() && w.start() < f.end())) {
                continue;
            }
            int end = w.start() + words.length();
            boolean fold = w.group(2) != null || sentence.startsWith("-fold", end);
            add(found, sentence, w.start(), fold ? end + 5 : end, parsed.doubleValue(), fold);
        }
        found.sort(Comparator.comparingInt(Figure::start));
        return ranges(sentence, found);
    }

    private void add(List<Figure> found, String sentence, int start, int end, double value, boolean fold) {
        String before = sentence.substring(0, start);
        String approximation = "EXACT";
        String lowerBefore = before.toLowerCase(Locale.ROOT).stripTrailing();
        int longest = 0;
        for (Map.Entry<String, List<String>> a : rules.approximations().entrySet()) {
            for (String word : a.getValue()) {
                if ((lowerBefore.endsWith(" " + word) || lowerBefore.equals(word)) && word.length() > longest) {
                    approximation = a.getKey();
                    longest = word.length();
                }
            }
        }
        if (fold) {
            found.add(new Figure(start, end, value, null, null, approximation, rules.foldUnit(), phraseAfter(sentence, end), true, before));
            return;
        }
        String phrase = phraseAfter(sentence, end);
        found.add(new Figure(start, end, value, null, null, approximation, unitOf(phrase), phrase, false, before));
    }

    /** "between 10,000 and 12,000 troops", "10,000 to 12,000": two figures joined into a RANGE. */
    private List<Figure> ranges(String sentence, List<Figure> found) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Figure a = found.get(i);
            if (i + 1 < found.size() && a.value() != null && found.get(i + 1).value() != null) {
                Figure b = found.get(i + 1);
                String gap = sentence.substring(a.end(), b.start()).trim().toLowerCase(Locale.ROOT);
                boolean between = a.before().toLowerCase(Locale.ROOT).stripTrailing().endsWith("between");
                if ((between && gap.equals("and")) || gap.equals("to") && a.unit() == null || gap.equals("-") || gap.equals("–")) {
                    double scale = a.value() < b.value() / 100 && b.value() >= 1000 ? scaleOf(sentence.substring(b.start(), b.end())) : 1;
                    out.add(new Figure(a.start(), b.end(), null, a.value() * scale, b.value(), "RANGE", b.unit(), b.phrase(), false, a.before()));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private double scaleOf(String number) {
        String lower = number.toLowerCase(Locale.ROOT);
        return rules.scales().entrySet().stream().filter(e -> lower.endsWith(e.getKey())).mapToDouble(Map.Entry::getValue).findFirst().orElse(1);
    }

    /** The words after a figure up to the first that ends its noun phrase: "North Korean migrant workers". */
    private String phraseAfter(String sentence, int end) {
        String rest = sentence.substring(end);
        Matcher of = re("^\\s+of\\s+(?:the|these|those)\\s+").matcher(rest);
        if (of.find()) {
            rest = " " + rest.substring(of.end()); // "500 of the workers": the workers
        }
        StringBuilder phrase = new StringBuilder();
        Matcher word = re("\\s*([\\p{L}'’-]+)").matcher(rest);
        int at = 0;
        int count = 0;
        while (word.find() && word.start() == at && count < 5) {
            String w = word.group(1);
            if (STOP.contains(w.toLowerCase(Locale.ROOT)) || count > 0 && w.length() > 4 && w.endsWith("ed")) {
                break; // "Russians crossed": the verb ends the noun phrase
            }
            phrase.append(phrase.isEmpty() ? "" : " ").append(w);
            at = word.end();
            count++;
        }
        return phrase.toString();
    }

    private String unitOf(String phrase) {
        if (phrase.isBlank()) {
            return null;
        }
        String[] words = phrase.split(" ");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (rules.notUnits().stream().anyMatch(last::startsWith)) {
            return null;
        }
        // "increase in North Korean arrivals": the thing counted follows "in"
        return last;
    }

    private void readFigures(String sentence, int offset, List<Figure> figures, List<Mention> countries, List<When> whens, When context,
            LocalDate published, Attribution attribution, Context story, List<Proposal> out) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean deployment = contains(lower, rules.deploymentVerbs());
        boolean casualties = contains(lower, rules.casualtyVerbs());
        Figure previous = null;
        Proposal previousDeployment = null;
        Proposal previousStatistic = null;
        for (Figure f : figures) {
            String unit = f.unit() != null ? f.unit() : previous != null && previous.unit() != null ? previous.unit() : story.unit;
            String personnel = personnelOf(unit);
            When when = nearest(sentence, whens, f);
            String modality = modality(sentence, f, attribution);
            Map<String, Object> fields = new LinkedHashMap<>();
            Map<String, Object> quantity = new LinkedHashMap<>();
            if (f.value() != null) {
                quantity.put("value", f.value());
            }
            if (f.low() != null) {
                quantity.put("low", f.low());
                quantity.put("high", f.high());
            }
            quantity.put("approximation", f.approximation());
            quantity.put("unit", unit == null ? "" : unit);
            double confidence = 0.5;
            String kind;
            if (personnel != null && deployment && !casualties && !f.fold()) {
                kind = "deployment";
                String origin = demonymIn(f.phrase());
                if (origin == null) {
                    origin = lastBefore(countries, f.start(), null);
                }
                String destination = firstAfter(countries, f.end(), origin, clauseEnd(sentence, f.end()));
                if (previousDeployment != null && (origin == null || destination == null) && f.unit() == null) {
                    origin = (String) previousDeployment.fields().get("origin");
                    destination = (String) previousDeployment.fields().get("destination");
                }
                if (destination == null) {
                    destination = lastBefore(countries, f.start(), origin); // "Russia has received 1,200 students"
                }
                if (origin == null) {
                    origin = story.origin; // the story's deployment, named before
                }
                if (destination == null && Objects.equals(origin, story.origin)) {
                    destination = story.destination;
                }
                story.origin = origin == null ? story.origin : origin;
                story.destination = destination == null ? story.destination : destination;
                fields.put("origin", origin);
                fields.put("destination", destination);
                fields.put("personnel", personnel);
                fields.put("headcount", quantity);
                confidence += (origin != null ? 0.15 : 0) + (destination != null ? 0.15 : 0);
                if (when != null && when.runningTotal()) {
                    fields.put("asOf", when.from().toString());
                } else if (when != null) {
                    fields.put("period", period(when));
                } else if (lower.matches(".*\\b(have|has) been sent\\b.*|.*\\bso far\\b.*|.*\\bthus far\\b.*")) {
                    fields.put("asOf", published.toString());
                }
            } else {
                kind = "statistic";
                String country = lastBefore(countries, f.start(), null);
                if (country == null) {
                    country = demonymIn(f.phrase());
                }
                if (country == null) {
                    country = firstAfter(countries, f.end(), null, clauseEnd(sentence, f.end())); // "crossed into Georgia"
                }
                if (country == null) {
                    country = story.country; // "Unemployment rose to 5.9 percent": the story's country
                }
                if (country == null) {
                    country = firstAfter(countries, f.end(), null);
                }
                story.country = country == null ? story.country : country;
                fields.put("country", country);
                String indicator = indicator(sentence, f, unit, casualties);
                if (indicator.equals(unit) && previousStatistic != null) {
                    indicator = (String) previousStatistic.fields().get("indicator"); // "…, potentially growing to 2.4 million"
                }
                fields.put("indicator", indicator);
                String measure = f.fold() ? "CHANGE" : measure(lower, f, when);
                fields.put("measure", measure);
                fields.put("value", quantity);
                When period = when != null ? when : context;
                if (period != null && period.runningTotal()) {
                    period = new When(period.start(), period.end(), period.from(), period.to(), "DAY", false, false, false); // "last week"
                }
                if (period == null) {
                    period = new When(0, 0, LocalDate.of(published.getYear(), 1, 1), LocalDate.of(published.getYear(), 12, 31), "YEAR", false, false, false);
                } else {
                    confidence += 0.1;
                }
                fields.put("period", period(period));
                if (f.fold()) {
                    When baseline = whens.stream().filter(When::baseline).findFirst().orElse(null);
                    if (baseline != null) {
                        fields.put("baseline", period(baseline));
                    } else {
                        LocalDate year = LocalDate.parse((String) ((Map<?, ?>) fields.get("period")).get("start"));
                        fields.put("baseline", Map.of("start", year.minusYears(1).toString(), "precision", "YEAR"));
                    }
                }
                if ("PROJECTION".equals(measure) && "STATED".equals(modality)) {
                    modality = "PROJECTED";
                }
                confidence += (country != null ? 0.2 : 0);
            }
            fields.put("modality", modality);
            fields.put("verification", "REPORTED");
            confidence += unit != null ? 0.1 : -0.2;
            confidence += attribution.source() != null && !Objects.equals(attribution.source(), attribution.via()) ? 0.05 : 0;
            Proposal p = new Proposal(kind, fields, sentence, offset + f.start(), offset + f.end(), Math.min(0.95, confidence), attribution);
            story.unit = unit == null ? story.unit : unit;
            if (fields.get("period") instanceof Map<?, ?> period) {
                story.year = LocalDate.parse((String) period.get("start")).getYear();
            }
            out.add(p);
            if (kind.equals("deployment")) {
                previousDeployment = p;
            } else {
                previousStatistic = p;
            }
            previous = new Figure(f.start(), f.end(), f.value(), f.low(), f.high(), f.approximation(), unit, f.phrase(), f.fold(), f.before());
        }
    }

    private String indicator(String sentence, Figure f, String unit, boolean casualties) {
        Matcher of = re("(?:an?|the)\\s+([\\p{L} -]+?)\\s+of\\s*$").matcher(f.before());
        if (of.find()) {
            return of.group(1).trim();
        }
        if (f.fold()) {
            Matcher in = re("^\\s*(?:increase|rise|jump|growth|drop|fall|decrease)\\s+in\\s+(.+?)(?=\\s+(?:in|since|compared|from|over)\\b|[,.]|$)")
                    .matcher(sentence.substring(f.end()));
            if (in.find()) {
                return in.group(1).trim();
            }
        }
        if (casualties && unit != null) {
            String verb = rules.casualtyVerbs().stream().filter(v -> sentence.toLowerCase(Locale.ROOT).contains(v)).findFirst().orElse("");
            return unit + " " + (verb.equals("died") || verb.equals("dead") ? "killed" : verb);
        }
        return unit == null ? "figure" : unit;
    }

    private String measure(String lower, Figure f, When when) {
        if (when != null && when.projection()) {
            return "PROJECTION";
        }
        String clauseBefore = clause(lower, f.start(), true);
        for (String m : List.of("PROJECTION", "ESTIMATE", "SURVEY", "OFFICIAL")) {
            if (contains(clauseBefore, rules.measures().get(m)) || m.equals("ESTIMATE") && contains(lower, rules.measures().get(m))) {
                return m;
            }
        }
        return "ESTIMATE";
    }

    private String modality(String sentence, Figure f, Attribution attribution) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String clause = clause(lower, f.start(), true) + " " + clause(lower, f.end(), false);
        for (String m : List.of("PROJECTED", "ALLEGED", "BELIEVED", "REPORTED")) {
            if (contains(clause, rules.modalities().get(m))) {
                return m;
            }
        }
        // "…, the interior ministry reportedly said": the whole sentence is reported
        return contains(lower, rules.modalities().get("REPORTED")) && lower.matches(".*,[^,]*\\breportedly\\s+\\w+[^,]*$") ? "REPORTED" : "STATED";
    }

    /** The text of the clause before (or after) a position: no ", " between it and the position. */
    private static String clause(String sentence, int at, boolean before) {
        if (before) {
            int comma = sentence.lastIndexOf(", ", at);
            return sentence.substring(comma < 0 ? 0 : comma + 2, at);
        }
        return sentence.substring(at, clauseEnd(sentence, at));
    }

    private String personnelOf(String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        return rules.personnel().entrySet().stream().filter(e -> e.getValue().contains(u)).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    // ---- countries ----

    private List<Mention> countries(String sentence) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < countryWords.size(); i++) {
            Map.Entry<String, String> w = countryWords.get(i);
            Matcher m = countryPatterns.get(i).matcher(sentence);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (!Character.isUpperCase(sentence.charAt(s)) && !w.getKey().startsWith("the")) {
                    continue; // "china" as a word, not the country
                }
                if (found.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    found.add(new Mention(s, e, w.getValue()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private String demonymIn(String phrase) {
        for (Map.Entry<String, String> d : rules.demonyms().entrySet()) {
            if (re("(?<![\\p{L}])" + Pattern.quote(d.getKey()) + "(?![\\p{L}])").matcher(phrase).find()) {
                return d.getValue();
            }
        }
        return null;
    }

    private static String lastBefore(List<Mention> countries, int at, String not) {
        String found = null;
        for (Mention m : countries) {
            if (m.end() <= at && !m.code().equals(not)) {
                found = m.code();
            }
        }
        return found;
    }

    private static String firstAfter(List<Mention> countries, int at, String not) {
        return firstAfter(countries, at, not, Integer.MAX_VALUE);
    }

    private static String firstAfter(List<Mention> countries, int at, String not, int before) {
        return countries.stream().filter(m -> m.start() >= at && m.end() <= before && !m.code().equals(not)).map(Mention::code).findFirst().orElse(null);
    }

    /** Where the clause that holds a position ends: the next ", " or the sentence's end. */
    private static int clauseEnd(String sentence, int at) {
        int comma = sentence.indexOf(", ", at);
        return comma < 0 ? sentence.length() : comma;
    }

    // ---- dates ----

    private List<When> dates(String sentence, LocalDate published, Context story) {
        List<When> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        Matcher since = re("\\bsince\\b[^,.]*?\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(lower);
        while (since.find()) {
            int year = Integer.parseInt(since.group(1));
            found.add(new When(since.start(), since.end(), LocalDate.of(year, 1, 1), LocalDate.of(published.getYear(), 12, 31), "YEAR", false, false, false));
        }
        Matcher year = re("\\b(in|by|during|for|of)\\s+(1[89]\\d\\d|20\\d\\d)\\b").matcher(lower);
        while (year.find()) {
            if (overlaps(found, year.start())) {
                continue;
            }
            int y = Integer.parseInt(year.group(2));
            found.add(new When(year.start(), year.end(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "YEAR",
                    year.group(1).equals("by") && y >= published.getYear(), false, false));
        }
        relative(lower, "\\bthis year\\b", found, LocalDate.of(published.getYear(), 1, 1), "YEAR", false);
        relative(lower, "\\blast year\\b", found, LocalDate.of(published.getYear() - 1, 1, 1), "YEAR", false);
        Matcher previous = re("\\bcompared (?:to|with) (?:the previous year|(1[89]\\d\\d|20\\d\\d))").matcher(lower);
        if (previous.find()) {
            When main = found.stream().filter(w -> "YEAR".equals(w.precision()) && w.start() < previous.start()).reduce((a, b) -> b).orElse(null);
            int y = previous.group(1) != null ? Integer.parseInt(previous.group(1)) : main != null ? main.from().getYear() - 1 : published.getYear() - 1;
            found.add(new When(previous.start(), previous.end(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "YEAR", false, false, true));
        }
        relative(lower, "\\blast month\\b", found, published.minusMonths(1).withDayOfMonth(1), "MONTH", false);
        Matcher month = re("\\blast (january|february|march|april|may|june|july|august|september|october|november|december)\\b").matcher(lower);
        while (month.find()) {
            Month m = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = LocalDate.of(published.getYear(), m, 1);
            if (!d.isBefore(published.withDayOfMonth(1))) {
                d = d.minusYears(1);
            }
            found.add(new When(month.start(), month.end(), d, d.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, false, false));
        }
        Matcher named = re("\\b[Ii]n (January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)")
                .matcher(sentence);
        while (named.find()) {
            Month m = Month.valueOf(named.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = LocalDate.of(published.getYear(), m, 1);
            if (d.isAfter(published)) {
                d = d.minusYears(1); // the latest such month before the story ran
            }
            found.add(new When(named.start(), named.end(), d, d.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, false, false));
        }
        Matcher same = re("\\b(?:in )?the same year\\b").matcher(lower);
        while (same.find() && story.year != null) {
            found.add(new When(same.start(), same.end(), LocalDate.of(story.year, 1, 1), LocalDate.of(story.year, 12, 31), "YEAR", false, false, false));
        }
        Matcher week = re("\\blast week\\b").matcher(lower);
        while (week.find()) {
            LocalDate d = published.minusWeeks(1);
            found.add(new When(week.start(), week.end(), d, d, "DAY", false, true, false));
        }
        Matcher day = re("\\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b").matcher(lower);
        while (day.find()) {
            LocalDate d = published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(day.group(1).toUpperCase(Locale.ROOT))));
            if ("MONTH".equals(rules.weekdayPrecision())) { // the newsroom dates a weekday to its month (intake/rules.json)
                found.add(new When(day.start(), day.end(), d.withDayOfMonth(1), d.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, false, false));
            } else {
                found.add(new When(day.start(), day.end(), d, d, "DAY", false, false, false));
            }
        }
        found.sort(Comparator.comparingInt(When::start));
        return found;
    }

    private static boolean overlaps(List<When> found, int at) {
        return found.stream().anyMatch(w -> w.start() <= at && at < w.end());
    }

    private static void relative(String lower, String regex, List<When> found, LocalDate from, String precision, boolean runningTotal) {
        Matcher m = re(regex).matcher(lower);
        while (m.find()) {
            LocalDate to = precision.equals("YEAR") ? from.with(TemporalAdjusters.lastDayOfYear()) : from.with(TemporalAdjusters.lastDayOfMonth());
            found.add(new When(m.start(), m.end(), from, to, precision, false, runningTotal, false));
        }
    }

    /** The date in the figure's clause nearest to it (not a baseline); null when the clause names none. */
    private static When nearest(String sentence, List<When> whens, Figure f) {
        When best = null;
        int distance = Integer.MAX_VALUE;
        for (When w : whens) {
            if (w.baseline()) {
                continue;
            }
            int from = Math.min(w.end(), f.start());
            int to = Math.max(w.start(), f.end());
            String between = from < to ? sentence.substring(Math.min(from, to), Math.max(from, to)) : "";
            if (between.contains(", ") && !(w.start() < f.start() && !sentence.substring(0, w.start()).contains(", "))) {
                continue; // another clause, unless the date is in the sentence's opening one ("In 2023, …", "By the end of 2022, …")
            }
            int d = Math.abs(w.start() < f.start() ? f.start() - w.end() : w.start() - f.end());
            if (d < distance) {
                best = w;
                distance = d;
            }
        }
        return best;
    }

    private static Map<String, Object> period(When w) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("start", w.from().toString());
        boolean single = switch (w.precision()) {
            case "YEAR" -> w.from().getYear() == w.to().getYear();
            case "MONTH" -> w.from().withDayOfMonth(1).equals(w.to().withDayOfMonth(1));
            default -> w.from().equals(w.to());
        };
        if (!single) {
            p.put("end", w.to().toString());
        }
        p.put("precision", w.precision());
        return p;
    }

    // ---- attribution ----

    private Attribution attribution(String sentence, String outlet, Context story, Attribution previous) {
        Attribution found = attributionOf(sentence, outlet, story);
        if (found.source() != null && !found.source().equals(outlet)) {
            story.source = found.source();
        }
        if (found.via() != null) {
            story.report = found.via();
        }
        if (found.via() == null && found.source() != null && !found.source().equals(outlet)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            String carrier = null;
            if (story.report != null && contains(lower, rules.modalities().get("REPORTED"))) {
                carrier = story.report; // "X reportedly told …": as the report the story follows has it
            } else if (previous != null && previous.via() != null
                    && rules.attribution().get("continuing").stream().anyMatch(w -> re("^" + Pattern.quote(w) + "\\b").matcher(lower).find())) {
                carrier = previous.via(); // "Many of them …, with official data showing …": the sentence before goes on
            }
            if (carrier != null && !carrier.equals(found.source())) {
                found = new Attribution(found.source(), carrier, found.chain());
            }
        }
        return found;
    }

    private Attribution attributionOf(String sentence, String outlet, Context story) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String source = null;
        String via = null;
        List<String> chain = new ArrayList<>();
        for (String according : rules.attribution().get("according")) {
            int at = lower.indexOf(according + " ");
            if (at >= 0) {
                String rest = sentence.substring(at + according.length() + 1);
                String named = upTo(rest, rules.attribution().get("citing"));
                String citing = null;
                for (String c : rules.attribution().get("citing")) {
                    int ci = rest.toLowerCase(Locale.ROOT).indexOf(" " + c + " ");
                    if (ci >= 0) {
                        citing = upTo(rest.substring(ci + c.length() + 2), List.of());
                    }
                }
                if (citing != null) {
                    via = alias(named);
                    source = alias(citing);
                } else {
                    source = alias(named);
                    if (according.contains("report")) {
                        story.report = source; // "according to a report by X": what follows "reportedly" is X's
                    }
                }
                break;
            }
        }
        for (String verb : rules.attribution().get("briefing")) {
            Matcher m = re("^([^,]+?)\\s+(?:reportedly\\s+|recently\\s+)?" + Pattern.quote(verb) + "\\s+(.+?)(?=\\s+(?:last|on|this|that|about|in)\\b|[,.])",
                    Pattern.CASE_INSENSITIVE).matcher(sentence);
            if (m.find() && !rules.attribution().get("pronouns").contains(m.group(1).split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                String told = alias(m.group(2));
                String teller = alias(m.group(1));
                if (source == null) {
                    source = teller;
                }
                chain.add(told);
                break;
            }
        }
        if (source == null) {
            Matcher showing = re("\\bwith\\s+(.+?)\\s+(?:showing|shows|showed)\\b", Pattern.CASE_INSENSITIVE).matcher(sentence);
            if (showing.find()) {
                source = alias(showing.group(1));
            }
        }
        if (source == null) {
            // "…, it was reported by the embassy", "had been estimated by the association in January": the passive's agent
            String passive = String.join("|", rules.attribution().get("passive").stream().map(Pattern::quote).toList());
            Matcher m = re("\\b(?:was|were|is|are|been|being)\\s+(?:reportedly\\s+)?(?:" + passive
                    + ")\\s+by\\s+(.+?)(?=\\s+(?:in|on|last|this|earlier|at|as|to|for|from)\\b|[,.;]|$)", Pattern.CASE_INSENSITIVE).matcher(sentence);
            if (m.find()) {
                source = alias(m.group(1));
            }
        }
        if (source == null) {
            // "…, Israeli officials were quoted as saying": the speaker of a passive quote
            String quoted = String.join("|", rules.attribution().get("quoted").stream().map(Pattern::quote).toList());
            Matcher m = re("(?:^|,\\s+)([^,]{2,60}?)\\s+(?:was|were|is|are|has been|have been)\\s+(?:" + quoted + ")\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(sentence);
            if (m.find()) {
                source = speaker(m.group(1), story);
            }
        }
        String verbs = String.join("|", rules.attribution().get("saying").stream().map(Pattern::quote).toList());
        if (source == null) {
            // "…, the Pentagon said on Monday": the speaker after the statement
            Matcher m = re(",\\s+([^,]{2,60}?)\\s+(?:reportedly\\s+|recently\\s+)?(?:" + verbs + ")\\b[^,]*(?:,|\\.?$)", Pattern.CASE_INSENSITIVE)
                    .matcher(sentence);
            if (m.find()) {
                source = speaker(m.group(1), story);
            }
        }
        if (source == null) {
            // "Russia's Labor Ministry recently estimated …": the speaker opens the sentence
            // a known name first, whole: "Western estimates suggest …" is not "Western" estimating
            String known = rules.sourceAliases().keySet().stream().filter(k -> sentence.regionMatches(true, 0, k, 0, k.length()))
                    .max(Comparator.comparingInt(String::length)).orElse(null);
            String opening = known == null ? "[^,]{3,80}?" : Pattern.quote(known);
            Matcher m = re("^(" + opening + ")\\s+(?:reportedly\\s+|recently\\s+)?(?:" + verbs + ")\\b", Pattern.CASE_INSENSITIVE).matcher(sentence);
            if (!m.find() && known != null) {
                m = re("^([^,]{3,80}?)\\s+(?:reportedly\\s+|recently\\s+)?(?:" + verbs + ")\\b", Pattern.CASE_INSENSITIVE).matcher(sentence);
            }
            if (m.find(0) && Character.isUpperCase(m.group(1).charAt(0))) {
                source = alias(m.group(1));
            }
        }
        if (source == null) {
            return new Attribution(outlet, null, List.of());
        }
        return new Attribution(source, via, chain);
    }

    /** A speaker as named ("the Pentagon"), or the source named before for a pronoun ("it"); null for "their officials". */
    private String speaker(String named, Context story) {
        String who = named.trim();
        String first = who.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!rules.attribution().get("pronouns").contains(first)) {
            return alias(who);
        }
        return who.split("\\s+").length == 1 ? story.source : null;
    }

    private static String upTo(String text, List<String> stops) {
        int end = text.length();
        for (String stop : stops) {
            int at = text.toLowerCase(Locale.ROOT).indexOf(" " + stop + " ");
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        for (String punct : List.of(",", ".", ";")) {
            int at = text.indexOf(punct);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return text.substring(0, end).trim();
    }

    /** The known name of a source the story names ("South Korean intelligence" → the NIS), else the words as given. */
    String alias(String named) {
        String n = named.trim().replaceAll("^(?i)(a report by|reports by)\\s+", "");
        String lower = n.toLowerCase(Locale.ROOT);
        return rules.sourceAliases().entrySet().stream()
                .filter(e -> lower.contains(e.getKey().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue).orElse(n);
    }

    // ---- claims and events ----

    private void readClaim(String sentence, int offset, List<Mention> countries, List<When> whens, List<Proposal> out) {
        for (Map.Entry<String, String> verb : rules.claimVerbs().entrySet()) {
            Matcher m = re("^(.+?)\\s+" + Pattern.quote(verb.getKey()) + "\\s+(.+)$", Pattern.CASE_INSENSITIVE).matcher(sentence);
            if (!m.find()) {
                continue;
            }
            String subject = m.group(1).replaceAll("(?i)^(on \\w+|last \\w+|in \\d{4}),\\s*", "").trim();
            String rest = m.group(2);
            When when = whens.stream().findFirst().orElse(null);
            rest = rest.replaceAll("(?i)^(last \\w+|this \\w+|on \\w+)\\s+", "");
            rest = rest.replaceAll("(?i)^that\\s+", "");
            int end = rest.length();
            for (String stop : rules.claimEnds()) {
                int at = rest.indexOf(stop);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String statement = rest.substring(0, end).replaceAll("[.\\s]+$", "").trim();
            if (statement.isEmpty() || subject.isEmpty() || subject.split("\\s+").length > 8) {
                return;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (Mention c : countries) {
                if (c.start() < m.end(1) || c.start() < m.start(2) + rest.length()) {
                    codes.add(c.code());
                }
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("statement", statement);
            if (when != null) {
                fields.put("claimedOn", period(when));
            }
            fields.put("countries", List.copyOf(codes));
            fields.put("modality", verb.getValue());
            fields.put("verification", "UNVERIFIED");
            String claimant = alias(subject);
            out.add(new Proposal("claim", fields, sentence, offset, offset + sentence.length(), 0.6 + (when != null ? 0.1 : 0),
                    new Attribution(claimant, null, List.of())));
            return;
        }
    }

    /**
     * A statement the story makes in its own voice ("… constitutes a violation of UN resolutions"): a claim by the
     * outlet, STATED, for the desk to decide whether it is a fact of its own.
     */
    private void readAssertion(String sentence, int offset, List<Mention> countries, List<When> whens, String outlet, List<Proposal> out) {
        if (outlet == null || !contains(sentence.toLowerCase(Locale.ROOT), rules.assertions())) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("statement", sentence.replaceAll("[.\\s]+$", "").trim());
        whens.stream().findFirst().ifPresent(w -> fields.put("claimedOn", period(w)));
        fields.put("countries", countries.stream().map(Mention::code).distinct().toList());
        fields.put("modality", "STATED");
        fields.put("verification", "UNVERIFIED");
        out.add(new Proposal("claim", fields, sentence, offset, offset + sentence.length(), 0.5, new Attribution(outlet, null, List.of())));
    }

    private void readEvent(String sentence, int offset, List<Mention> countries, List<When> whens, List<Proposal> out) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> kind : rules.events().entrySet()) {
            for (String noun : kind.getValue()) {
                for (String verb : rules.eventVerbs()) {
                    Matcher m = re("\\b" + Pattern.quote(verb) + "\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(noun) + "\\b").matcher(lower);
                    if (!m.find()) {
                        continue;
                    }
                    String actorCountry = lastBefore(countries, m.start(), null);
                    When when = whens.stream().min(Comparator.comparingInt(w -> Math.abs(w.start() - m.end()))).orElse(null);
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("kind", kind.getKey());
                    String demonym = rules.demonyms().entrySet().stream().filter(d -> d.getValue().equals(actorCountry)).map(Map.Entry::getKey)
                            .findFirst().orElse(null);
                    fields.put("title", (demonym == null ? "" : demonym + " ") + noun);
                    if (when != null) {
                        fields.put("period", period(when));
                    }
                    fields.put("countries", countries.stream().map(Mention::code).distinct().toList());
                    // who did it: the subject of the verb in its clause ("where Ukrainian forces had launched")
                    String subject = clause(sentence, m.start(), true).replaceAll("(?i)^(where|when|which|as|after|before|and)\\s+", "")
                            .replaceAll("(?i)\\s+(had|has|have|was|were|also|then|reportedly)?\\s*$", "").trim();
                    if (!subject.isEmpty() && subject.split("\\s+").length <= 6 && Character.isUpperCase(subject.charAt(0))) {
                        fields.put("actors", List.of(alias(subject)));
                    }
                    fields.put("modality", "STATED");
                    fields.put("verification", "REPORTED");
                    out.add(new Proposal("event", fields, sentence, offset + m.start(), offset + m.end(), 0.5, new Attribution(null, null, List.of())));
                    return;
                }
            }
        }
    }

    // ---- one proposal per fact ----

    /** Two mentions of one deployment (same countries and personnel, the figure within 10 %) become one. */
    private static List<Proposal> merge(List<Proposal> all) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : all) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (sameDeployment(out.get(i), p)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(p);
                continue;
            }
            Proposal q = out.get(same);
            Map<String, Object> fields = new LinkedHashMap<>(q.fields());
            p.fields().forEach((k, v) -> {
                if (v != null) {
                    fields.put(k, v);
                }
            });
            if ("STATED".equals(p.fields().get("modality"))) {
                fields.put("modality", q.fields().get("modality"));
            }
            Attribution a = q.attribution();
            Attribution b = p.attribution();
            List<String> chain = new ArrayList<>(b.chain());
            a.chain().stream().filter(c -> !chain.contains(c)).forEach(chain::add);
            String source = b.source() != null && !b.source().equals(a.via()) ? b.source() : a.source();
            String via = b.via() != null ? b.via() : a.via();
            out.set(same, new Proposal(p.kind(), fields, p.sentence(), p.start(), p.end(), Math.min(0.95, Math.max(p.confidence(), q.confidence()) + 0.05),
                    new Attribution(source, via, chain)));
        }
        return out;
    }

    private static boolean sameDeployment(Proposal a, Proposal b) {
        if (!a.kind().equals("deployment") || !b.kind().equals("deployment")) {
            return false;
        }
        Map<String, Object> x = a.fields();
        Map<String, Object> y = b.fields();
        if (!Objects.equals(x.get("origin"), y.get("origin")) || !Objects.equals(x.get("destination"), y.get("destination"))
                || !Objects.equals(x.get("personnel"), y.get("personnel"))) {
            return false;
        }
        Object vx = ((Map<?, ?>) x.get("headcount")).get("value");
        Object vy = ((Map<?, ?>) y.get("headcount")).get("value");
        if (!(vx instanceof Double dx) || !(vy instanceof Double dy)) {
            return false;
        }
        return Math.abs(dx - dy) <= 0.1 * Math.max(dx, dy);
    }

    private static boolean contains(String lower, List<String> words) {
        return words != null && words.stream().anyMatch(w -> re("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(lower).find());
    }
}
