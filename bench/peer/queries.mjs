// The benchmark's queries, each as the service's GraphQL and the equivalent PostGraphile GraphQL, with a function
// that reduces either answer to the same plain records, so the harness can check both return the same data.
const PUBLIC = '{ status: { in: ["PUBLISHED", "RETRACTED"] } }';
const NEWEST = 'orderBy: [NEWEST_DESC, ID_DESC]'; // undated facts last, as the service orders them (peer.sql)
const citationsPg = 'citationsByFactId(condition: { active: true }, orderBy: ID_ASC) { nodes { sourceBySourceId { name } sourceByViaSourceId { name } } }';
const cites = (list) => list.map((c) => [c.source.name, c.via?.name ?? null]);
const citesPg = (conn) => conn.nodes.map((c) => [c.sourceBySourceId.name, c.sourceByViaSourceId?.name ?? null]);

export const queries = {
  a: {
    title: '(a) country page: 20 latest deployments from and to a country with citations and sources, its statistics',
    service: `{ country(code: "RU") { code
        deploymentsFrom(first: 20) { nodes { id headcount { value } citations { source { name } via { name } } } }
        deploymentsTo(first: 20) { nodes { id headcount { value } citations { source { name } via { name } } } }
        statistics(first: 20) { nodes { id value { value } citations { source { name } via { name } } } } } }`,
    peer: `{ countryByCode(code: "RU") { code
        from: factsByOriginCode(first: 20, condition: { kind: "DEPLOYMENT" }, filter: ${PUBLIC}, ${NEWEST}) { nodes { id qtyValue ${citationsPg} } }
        to: factsByDestinationCode(first: 20, condition: { kind: "DEPLOYMENT" }, filter: ${PUBLIC}, ${NEWEST}) { nodes { id qtyValue ${citationsPg} } }
        stats: factsByCountryCode(first: 20, condition: { kind: "STATISTIC" }, filter: ${PUBLIC}, ${NEWEST}) { nodes { id qtyValue ${citationsPg} } } } }`,
    records: (d) => ({
      from: d.country.deploymentsFrom.nodes.map((n) => [n.id, n.headcount.value, cites(n.citations)]),
      to: d.country.deploymentsTo.nodes.map((n) => [n.id, n.headcount.value, cites(n.citations)]),
      stats: d.country.statistics.nodes.map((n) => [n.id, n.value.value, cites(n.citations)]),
    }),
    peerRecords: (d) => ({
      from: d.countryByCode.from.nodes.map((n) => [String(n.id), n.qtyValue, citesPg(n.citationsByFactId)]),
      to: d.countryByCode.to.nodes.map((n) => [String(n.id), n.qtyValue, citesPg(n.citationsByFactId)]),
      stats: d.countryByCode.stats.nodes.map((n) => [String(n.id), n.qtyValue, citesPg(n.citationsByFactId)]),
    }),
  },
  b: {
    title: '(b) the first 50 countries (by English name), each with its 10 latest deployments from it and their sources',
    service: `{ countries(first: 50) { nodes { code deploymentsFrom(first: 10) { nodes { id citations { source { name } } } } } } }`,
    peer: `{ allCountries(first: 50, orderBy: NAME_EN_ASC) { nodes { code
        factsByOriginCode(first: 10, condition: { kind: "DEPLOYMENT" }, filter: ${PUBLIC}, ${NEWEST}) { nodes { id citationsByFactId(condition: { active: true }, orderBy: ID_ASC) { nodes { sourceBySourceId { name } } } } } } } }`,
    records: (d) => d.countries.nodes.map((c) => [c.code, c.deploymentsFrom.nodes.map((n) => [n.id, n.citations.map((x) => x.source.name)])]),
    peerRecords: (d) => d.allCountries.nodes.map((c) => [c.code, c.factsByOriginCode.nodes.map((n) => [String(n.id), n.citationsByFactId.nodes.map((x) => x.sourceBySourceId.name)])]),
  },
  c: {
    title: '(c) deployments of workers, reported, largest first (50)',
    service: `{ deployments(first: 50, filter: { personnel: WORKERS, verification: REPORTED }, orderBy: LARGEST_FIRST) { nodes { id headcount { value } } } }`,
    peer: `{ allFacts(first: 50, condition: { kind: "DEPLOYMENT", personnel: "WORKERS", verification: "REPORTED" }, filter: ${PUBLIC}, orderBy: [QTY_VALUE_DESC, ID_DESC]) { nodes { id qtyValue } } }`,
    records: (d) => d.deployments.nodes.map((n) => [n.id, n.headcount.value]),
    peerRecords: (d) => d.allFacts.nodes.map((n) => [String(n.id), n.qtyValue]),
  },
  d: {
    title: '(d) search "labour shortfall" (20 best)',
    service: `{ search(text: "labour shortfall", first: 20) { nodes { id } } }`,
    peer: `{ benchSearch(text: "labour & shortfall:*", first: 20) { nodes { id } } }`,
    records: (d) => d.search.nodes.map((n) => n.id),
    peerRecords: (d) => d.benchSearch.nodes.map((n) => String(n.id)),
  },
};

/**
 * A query of PostGraphile 4 as PostGraphile 5 (Amber preset) names it: a table's id column is rowId there (ordered by
 * ROW_ID_*), and a function of the bench_peer schema carries the schema's name; aliased back, so that the same
 * peerRecords read both answers.
 */
export const forPeer5 = (query) => query.replace(/\{ id\b/g, '{ id: rowId').replace(/\bID_(ASC|DESC)\b/g, 'ROW_ID_$1')
  .replace(/\bbenchSearch\(/g, 'benchSearch: benchPeerBenchSearch(');
