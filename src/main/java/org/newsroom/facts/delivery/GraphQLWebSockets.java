package org.newsroom.facts.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Subscriptions over WebSocket ({@code graphql-transport-ws}, and the older {@code graphql-ws}), in front of SmallRye's
 * own route: SmallRye's protocol handlers still speak the protocols and run the operations, but every connection goes
 * through here, which bounds it and cleans up after it:
 * <ul>
 * <li>each message runs with no SmallRye context left on the thread: SmallRye reuses the thread's last context for
 * the next operation, so on an event loop every subscription was chained to the one before it and none was ever
 * freed (about 47 data loaders and fetchers each);</li>
 * <li>a connection holds at most {@code max-subscriptions-per-connection} operations (one more is answered
 * TOO_MANY_SUBSCRIPTIONS), a client address at most {@code max-connections-per-address} connections (one more is
 * closed with 1013), and a connection that sends no {@code connection_init} within {@code init-timeout} is closed
 * with 4408, as graphql-transport-ws says;</li>
 * <li>errors sent to subscribers are made safe as over HTTP ({@link ErrorPayloads}: codes and plain words, no
 * classification);</li>
 * <li>a client that hangs up is normal: logged at DEBUG, not as a warning.</li>
 * </ul>
 */
@ApplicationScoped
public class GraphQLWebSockets {

    private static final Logger LOG = Logger.getLogger(GraphQLWebSockets.class);
    /** Before SmallRye's WebSocket route (its order is -99), after the security filters. */
    private static final int ORDER = -100;
    static final short INIT_TIMEOUT = 4408;
    static final short TRY_AGAIN_LATER = 1013;

    private final DeliveryConfig.WebSockets config;
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    @Inject
    public GraphQLWebSockets(DeliveryConfig config, MeterRegistry registry) {
        this.config = config.webSockets();
        Gauge.builder("newsroom.websocket.connections", open, Set::size).description("Open GraphQL WebSocket connections")
                .register(registry);
        Gauge.builder("newsroom.websocket.subscriptions", this, GraphQLWebSockets::activeOperations)
                .description("Operations running on GraphQL WebSocket connections").register(registry);
    }

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String root,
            @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name") Optional<String> authorization,
            Instance<CurrentIdentityAssociation> identities) {
        Upgrades upgrades = new Upgrades(identities.isResolvable() ? identities.get() : null,
                Arc.container().instance(CurrentVertxRequest.class).get(), authorization);
        router.route(root).order(ORDER).handler(rc -> {
            if (rc.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true) && !rc.request().isEnded()) {
                upgrades.handle(rc);
            } else {
                rc.next();
            }
        });
    }

    /** How many connections are open now. */
    public int openConnections() {
        return open.size();
    }

    /** How many operations the open connections are running now. */
    public int activeOperations() {
        return open.stream().mapToInt(c -> c.operations.getAsInt()).sum();
    }

    /** The upgrade of a request to a GraphQL WebSocket, with SmallRye's request context and identity handling. */
    private final class Upgrades extends SmallRyeGraphQLAbstractHandler {

        private final Optional<String> authorization;

        Upgrades(CurrentIdentityAssociation identities, CurrentVertxRequest request, Optional<String> authorization) {
            super(identities, request, false);
            this.authorization = authorization;
        }

        @Override
        protected void doHandle(RoutingContext rc) {
            String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().host();
            AtomicInteger count = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
            boolean admitted = count.incrementAndGet() <= config.maxConnectionsPerAddress();
            Map<String, Object> metaData = getMetaData(rc);
            rc.request().toWebSocket().onComplete(upgraded -> {
                if (upgraded.failed()) {
                    release(address);
                    LOG.debugf("A WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                    return;
                }
                ServerWebSocket socket = upgraded.result();
                if (!admitted) {
                    release(address);
                    socket.close(TRY_AGAIN_LATER, "Too many connections from this address; try again later");
                    return;
                }
                Session session = new Session(socket);
                Protocol protocol;
                if ("graphql-transport-ws".equals(socket.subProtocol())) {
                    protocol = new TransportWs(session, metaData, rc, this, authorization);
                } else if ("graphql-ws".equals(socket.subProtocol())) {
                    protocol = new LegacyWs(session, metaData, rc, this, authorization);
                } else {
                    release(address);
                    socket.close((short) 4406, "Subprotocol not acceptable: use graphql-transport-ws");
                    return;
                }
                Connection connection = new Connection(socket, protocol, address);
                open.add(connection);
                long timer = rc.vertx().setTimer(config.initTimeout().toMillis(), id -> {
                    if (!connection.initialized && !socket.isClosed()) {
                        socket.close(INIT_TIMEOUT, "Connection initialisation timeout");
                    }
                });
                socket.closeHandler(v -> {
                    rc.vertx().cancelTimer(timer);
                    connection.closed();
                });
                socket.exceptionHandler(e -> LOG.debugf("GraphQL WebSocket of %s: %s", address, e.toString()));
                socket.textMessageHandler(connection::onMessage);
            });
        }
    }

    private void release(String address) {
        perAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /** SmallRye's handler of one protocol, with a view of how many operations it runs. */
    private interface Protocol extends GraphQLWebsocketHandler {
        int operations();
    }

    /** graphql-transport-ws, as Quarkus' handler speaks it (connection_init carries the token). */
    private static final class TransportWs extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler implements Protocol {
        TransportWs(GraphQLWebSocketSession session, Map<String, Object> context, RoutingContext rc,
                SmallRyeGraphQLAbstractHandler handler, Optional<String> authorization) {
            super(session, context, rc, handler, authorization);
        }

        @Override
        public int operations() {
            return activeOperations.size();
        }
    }

    /** The older graphql-ws (subscriptions-transport-ws), as Quarkus' handler speaks it. */
    private static final class LegacyWs extends SmallRyeAuthGraphQLWSSubprotocolHandler implements Protocol {
        LegacyWs(GraphQLWebSocketSession session, Map<String, Object> context, RoutingContext rc,
                SmallRyeGraphQLAbstractHandler handler, Optional<String> authorization) {
            super(session, context, rc, handler, authorization);
        }

        @Override
        public int operations() {
            return activeOperations.size();
        }
    }

    /** One open connection: admits its messages, bounds its operations, and releases everything when it closes. */
    private final class Connection {
        private final ServerWebSocket socket;
        private final Protocol protocol;
        private final String address;
        final IntSupplier operations;
        volatile boolean initialized;
        private boolean closed;

        Connection(ServerWebSocket socket, Protocol protocol, String address) {
            this.socket = socket;
            this.protocol = protocol;
            this.address = address;
            this.operations = protocol::operations;
        }

        void onMessage(String text) {
            JsonObject message;
            try {
                message = new JsonObject(text);
            } catch (DecodeException | ClassCastException e) {
                socket.close((short) 4400, "Invalid message: not a JSON object");
                return;
            }
            Object type = message.getValue("type");
            if ("connection_init".equals(type)) {
                initialized = true;
            } else if (("subscribe".equals(type) || "start".equals(type)) && initialized
                    && protocol.operations() >= config.maxSubscriptionsPerConnection() && message.getValue("id") instanceof String id) {
                refuse(id);
                return;
            }
            // SmallRye reuses a context left on the thread for the next operation: start and end with none
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            try {
                protocol.onMessage(text);
            } finally {
                SmallRyeContextManager.clearCurrentSmallRyeContext();
            }
        }

        /** Answers an operation beyond the bound with an error message of the protocol (both call it "error"). */
        private void refuse(String id) {
            JsonObject error = new JsonObject().put("message", "This connection already runs " + config.maxSubscriptionsPerConnection()
                    + " operations, the most one connection may; complete one first or open another connection")
                    .put("extensions", new JsonObject().put("code", "TOO_MANY_SUBSCRIPTIONS"));
            JsonObject message = new JsonObject().put("id", id).put("type", "error");
            message.put("payload", protocol instanceof TransportWs ? new JsonArray().add(error) : error);
            socket.writeTextMessage(message.encode());
        }

        synchronized void closed() {
            if (closed) {
                return;
            }
            closed = true;
            open.remove(this);
            release(address);
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            protocol.onClose();
            SmallRyeContextManager.clearCurrentSmallRyeContext();
        }
    }

    /**
     * What SmallRye's handlers write to: the socket, with the errors of every message made safe as over HTTP (a code
     * for each, no classification).
     */
    private static final class Session implements GraphQLWebSocketSession {
        private final ServerWebSocket socket;

        Session(ServerWebSocket socket) {
            this.socket = socket;
        }

        @Override
        public void sendMessage(String message) {
            if (socket.isClosed()) {
                return;
            }
            socket.writeTextMessage(message.contains("\"errors\"") || message.contains("\"error\"") ? safe(message) : message);
        }

        @Override
        public void close(short statusCode, String reason) {
            if (!socket.isClosed()) {
                socket.close(statusCode, reason);
            }
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }

    /** A protocol message with its errors made safe: in {@code payload.errors}, or the payload of an error message. */
    static String safe(String text) {
        JsonObject message = new JsonObject(text);
        Object payload = message.getValue("payload");
        if (payload instanceof JsonArray errors) { // graphql-transport-ws: error's payload is the list of errors
            message.put("payload", safeErrors(errors));
        } else if (payload instanceof JsonObject object && object.getValue("errors") instanceof JsonArray errors) {
            object.put("errors", safeErrors(errors));
        } else if (payload instanceof JsonObject object && "error".equals(message.getValue("type"))) {
            message.put("payload", safeErrors(new JsonArray().add(object)).getJsonObject(0)); // graphql-ws: one error
        }
        return message.encode();
    }

    private static JsonArray safeErrors(JsonArray errors) {
        return new JsonObject(ErrorPayloads.of(new JsonObject().put("errors", errors).encode()).body()).getJsonArray("errors");
    }
}
