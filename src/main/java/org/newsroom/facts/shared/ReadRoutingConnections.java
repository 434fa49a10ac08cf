package org.newsroom.facts.shared;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** The connections behind {@link ReadRouting}'s choice: the default datasource, or the {@code replica} one. */
@PersistenceUnitExtension
@ApplicationScoped
public class ReadRoutingConnections implements TenantConnectionResolver {

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(ReadRouting.REPLICA)
    Instance<AgroalDataSource> replica;

    @Override
    public ConnectionProvider resolve(String tenantId) {
        return new QuarkusConnectionProvider(ReadRouting.REPLICA.equals(tenantId) ? replica.get() : primary);
    }
}
