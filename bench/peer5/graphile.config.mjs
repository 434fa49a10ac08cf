// PostGraphile 5 as the benchmark serves it: the Amber preset with the connection filter, the service's database
// (schemas public and bench_peer, as PostGraphile 4), no GraphiQL. Env: DATABASE_URL, PORT.
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { TYPES } from 'postgraphile/@dataplan/pg';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

// The change feed's transaction ids (xid8) have no codec in PostGraphile 5, which then leaves the whole fact table
// out: read them as text.
const Xid8AsTextPlugin = {
  name: 'Xid8AsTextPlugin',
  version: '1.0.0',
  gather: {
    hooks: {
      pgCodecs_findPgCodec(info, event) {
        if (!event.pgCodec && event.pgType.typname === 'xid8') event.pgCodec = TYPES.text;
      },
    },
  },
};

export default {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  plugins: [Xid8AsTextPlugin],
  // as PostGraphile 4 (ignoreIndexes): relations are served whether or not an index covers their columns
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public', 'bench_peer'] })],
  grafserv: { port: Number(process.env.PORT ?? 5401), graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
};
