vcl 4.1;
# Varnish in front of the service, for CdnPurgeTest: caches readers' answers for long (so that only a purge can drop
# one), indexes them by their Surrogate-Key tags (the xkey vmod), and drops them on a PURGE carrying tags.
import xkey;

backend default { .host = "127.0.0.1"; .port = "${SERVICE_PORT}"; }

sub vcl_recv {
    if (req.method == "PURGE") {
        return (synth(200, "Invalidated " + xkey.purge(req.http.Surrogate-Key)));
    }
    return (hash);
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        set beresp.ttl = 300s;
    }
}

sub vcl_deliver {
    if (obj.hits > 0) { set resp.http.X-Cache = "HIT"; } else { set resp.http.X-Cache = "MISS"; }
    unset resp.http.xkey;
}
