package org.newsroom.facts.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** A graphql-transport-ws client for tests: connects, initialises, subscribes, and keeps what the server sends. */
public final class LiveSockets {

    /** One connection: the socket, what it received (ping and pong aside), and how it was closed. */
    public record Live(WebSocket socket, BlockingQueue<JsonObject> received, CompletableFuture<Short> closed) {

        /** Sends a subscribe message of the given id and document. */
        public void subscribe(String id, String query) {
            socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", query)).encode());
        }

        /** Sends a complete message for the given id. */
        public void complete(String id) {
            socket.writeTextMessage(new JsonObject().put("id", id).put("type", "complete").encode());
        }

        /** The next message, within 10 s. */
        public JsonObject next() throws InterruptedException {
            JsonObject message = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(message, "a message within 10 s");
            return message;
        }

        /** Closes the connection cleanly and waits until it is closed. */
        public void close() throws Exception {
            socket.close((short) 1000).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            closed.get(10, TimeUnit.SECONDS);
        }

        /** The status code the connection was closed with, waiting up to the given seconds. */
        public short closedWith(int seconds) throws Exception {
            return closed.get(seconds, TimeUnit.SECONDS);
        }
    }

    private final WebSocketClient client;
    private final URI endpoint;

    public LiveSockets(Vertx vertx, URI endpoint) {
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(1_000)); // Vert.x allows 50
        this.endpoint = endpoint;
    }

    /** A connection that has not sent connection_init. */
    public Live open() throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost()).setPort(endpoint.getPort())
                .setURI("/graphql").addSubProtocol("graphql-transport-ws");
        WebSocket socket = client.connect(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        CompletableFuture<Short> closed = new CompletableFuture<>();
        try {
            socket.closeHandler(v -> closed.complete(socket.closeStatusCode() == null ? -1 : socket.closeStatusCode()));
        } catch (IllegalStateException alreadyClosed) {
            // the server closed it before this client could listen (a refused connection is closed at once)
            closed.complete(socket.closeStatusCode() == null ? -1 : socket.closeStatusCode());
            return new Live(socket, received, closed);
        }
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            if ("ping".equals(message.getString("type"))) {
                socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
            } else if (!"pong".equals(message.getString("type"))) {
                received.add(message);
            }
        });
        return new Live(socket, received, closed);
    }

    /** A connection, initialised and acknowledged, as a reader. */
    public Live connect() throws Exception {
        return connect(null);
    }

    /** A connection, initialised (with the token in the payload, as browsers send it) and acknowledged. */
    public Live connect(String token) throws Exception {
        Live live = open();
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (token != null) {
            init.put("payload", new JsonObject().put("Authorization", "Bearer " + token));
        }
        live.socket().writeTextMessage(init.encode());
        assertEquals("connection_ack", live.next().getString("type"));
        return live;
    }

    /** The first error of a message: an "error" message's, or a "next" one's. */
    public static JsonObject firstError(JsonObject answer) {
        return "error".equals(answer.getString("type")) ? answer.getJsonArray("payload").getJsonObject(0)
                : answer.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
    }
}
