package org.newsroom.facts.shared;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Chooses the database of each Hibernate session (the consistency rule): an HTTP request without a token (a
 * reader, who never writes) reads from the read replica when one is configured; every request with a token
 * (editors and chiefs: their writes and everything they read back) and all work outside an HTTP request (change
 * events, the demo loader, persisted queries) use the primary.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadRouting implements TenantResolver {

    /** The primary (the default datasource): writes and read-your-writes. */
    public static final String PRIMARY = "primary";
    /** The read replica (datasource {@code replica}). */
    public static final String REPLICA = "replica";

    private final boolean replica;

    @Inject
    public ReadRouting(ReadReplicaConfig config) {
        this.replica = config.configured();
    }

    @Override
    public String getDefaultTenantId() {
        return PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return replica && anonymousHttpRequest() ? REPLICA : PRIMARY;
    }

    /** Whether the current thread serves an HTTP request without a token (a reader, who never writes). */
    public static boolean anonymousHttpRequest() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive() || Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() == null) {
            return false;
        }
        return Arc.container().instance(SecurityIdentity.class).get().isAnonymous();
    }
}
