package org.newsroom.facts.shared;

import java.sql.SQLException;
import java.util.UUID;

import org.jboss.logging.Logger;

/**
 * Turns an unexpected failure into what a client may see of it. A failure of the database connection or a
 * statement timeout is {@code DATABASE_UNAVAILABLE}; anything else is logged under a new incident id and reported
 * as {@code INTERNAL_SERVER_ERROR} with that id. The log line names the exception classes, SQL states and the
 * stack, never a message: messages of the driver and of Hibernate can carry the values a user submitted. A failure
 * of a request whose client has gone is no incident: it is reported (to nobody) as stopped, and not logged.
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class);

    private Incidents() {
    }

    /** What the client may see of the failure (an {@link ApiException} inside it is passed on as it is). */
    public static ApiException translate(Throwable e, String where) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return new DatabaseUnavailableException(DatabaseUnavailableException.TRY_AGAIN);
            }
        }
        if (RequestGuard.abandoned()) {
            return new RequestStoppedException(RequestGuard.Stop.CLIENT_GONE);
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Throwable trace = new Throwable(describe(e));
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        trace.setStackTrace(root.getStackTrace());
        LOG.errorf(trace, "Incident %s in %s", incident, where);
        return new InternalErrorException(incident);
    }

    /** Connection failures (08…), a cancelled statement (57014: statement timeout), a shutdown (57P…), a pool timeout. */
    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        return state != null ? state.startsWith("08") || state.equals("57014") || state.startsWith("57P")
                : sql.getClass().getName().startsWith("io.agroal") || String.valueOf(sql.getMessage()).startsWith("Acquisition timeout");
    }

    /** The chain of exception classes with their SQL states: e.g. {@code PersistenceException < PSQLException[23505]}. */
    static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!s.isEmpty()) {
                s.append(" < ");
            }
            s.append(t.getClass().getName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                s.append('[').append(sql.getSQLState()).append(']');
            }
        }
        return s.toString();
    }
}
