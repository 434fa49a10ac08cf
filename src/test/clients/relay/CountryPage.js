// A small Relay app's GraphQL, as a front end would write it: a country page whose fragment is refetchable (through
// Query.node) with a paginated list of deployments (@connection), their citations and sources, and a node query.
// relay-compiler turns these into the artifacts in __generated__ that relay.test.mjs runs with relay-runtime.
import { graphql } from 'relay-runtime';

export const countryPage = graphql`
  fragment CountryPage_country on Country
  @refetchable(queryName: "CountryPageRefetchQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 5 }, cursor: { type: "String" }) {
    code
    name
    deploymentsFrom(first: $count, after: $cursor) @connection(key: "CountryPage_deploymentsFrom") {
      edges {
        node {
          id
          summary
          headcount { value unit }
          citations { id title source { id name } via { id name } chain { id name } }
        }
      }
    }
  }
`;

export const countryPageQuery = graphql`
  query CountryPageQuery($code: String!) {
    country(code: $code) { ...CountryPage_country }
  }
`;

export const nodeQuery = graphql`
  query CountryPageNodeQuery($nodeId: ID!) {
    node(nodeId: $nodeId) {
      __typename
      ... on Deployment { id summary }
      ... on Source { id name }
    }
  }
`;
