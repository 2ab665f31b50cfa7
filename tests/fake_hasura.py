#!/usr/bin/env python3
"""A stand-in for Hasura's /v1/metadata, for testing the push recipe offline.

Usage: fake_hasura.py PORT_FILE STATE.json SECRET [--race] [--fail-first CALL_TYPE]

Serves export_metadata (version 2), replace_metadata (version 2) and
bulk_keep_going (each call applied on its own, its error in its place, as Hasura
answers: pg_add_source, pg_track_tables, pg_track_table, pg_set_table_customization,
pg_drop_relationship, pg_create_object_relationship, pg_create_array_relationship);
a request whose resource_version does not match is refused with 409, as Hasura does. The project lives in STATE.json ({"resource_version", "metadata"}),
which replace_metadata overwrites; every request is appended to STATE.json.log.
With --race, the project changes (resource_version + 1) right after each export.
With --fail-first, the first call of that type in a bulk_keep_going fails (as one
whose column the database no longer has would).
Writes the port it listens on to PORT_FILE.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

port_file, state_path, secret = sys.argv[1:4]
race = "--race" in sys.argv
fail_first = sys.argv[sys.argv.index("--fail-first") + 1] if "--fail-first" in sys.argv else None


def load():
    return json.load(open(state_path))


def save(state):
    json.dump(state, open(state_path, "w"))


def entry_of(metadata, args):
    source = next((s for s in metadata["sources"] if s["name"] == args.get("source", "default")), None)
    if source is None:
        return None, None
    table = args["table"]
    return source, next((t for t in source.get("tables", []) if t["table"] == table), None)


def apply(metadata, call):
    """One metadata call applied to `metadata`: its result, or its error."""
    kind, args = call["type"], call["args"]
    fail = lambda message: {"code": "already-exists" if "exist" in message else "not-exists", "error": message}
    if kind == "pg_add_source":
        if any(s["name"] == args["name"] for s in metadata["sources"]):
            return fail("source already exists")
        metadata["sources"].append({"name": args["name"], "kind": "postgres",
                                    "configuration": args["configuration"], "tables": []})
    elif kind in ("pg_track_tables", "pg_track_table"):
        for t in args["tables"] if kind == "pg_track_tables" else [args]:
            source, entry = entry_of(metadata, t)
            if source is None or entry is not None:
                return fail("table already tracked or source missing: %s" % t["table"])
            new = {"table": t["table"]}
            if "configuration" in t:
                new["configuration"] = t["configuration"]
            source.setdefault("tables", []).append(new)
    elif kind == "pg_set_table_customization":
        _, entry = entry_of(metadata, args)
        if entry is None:
            return fail("table not tracked")
        entry["configuration"] = args["configuration"]
    elif kind == "pg_drop_relationship":
        _, entry = entry_of(metadata, args)
        lists = [entry.get(k, []) for k in ("object_relationships", "array_relationships")] if entry else []
        hit = [(l, r) for l in lists for r in l if r["name"] == args["relationship"]]
        if not hit:
            return fail("relationship does not exist")
        hit[0][0].remove(hit[0][1])
        for k in ("object_relationships", "array_relationships"):
            if k in entry and not entry[k]:
                del entry[k]
    elif kind in ("pg_create_object_relationship", "pg_create_array_relationship"):
        _, entry = entry_of(metadata, args)
        if entry is None:
            return fail("table not tracked")
        key = "object_relationships" if "object" in kind else "array_relationships"
        names = {r["name"] for k in ("object_relationships", "array_relationships") for r in entry.get(k, [])}
        if args["name"] in names:
            return fail("field with name %s already exists" % args["name"])
        entry.setdefault(key, []).append({k: v for k, v in args.items() if k not in ("source", "table")})
    else:
        return fail("unexpected call %s" % kind)
    return {"message": "success"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with open(state_path + ".log", "a") as log:
            log.write(json.dumps(request) + "\n")
        if self.path != "/v1/metadata":
            return self.answer(404, {"error": "not found"})
        if self.headers.get("X-Hasura-Admin-Secret") != secret:
            return self.answer(400, {"code": "access-denied", "error": "invalid x-hasura-admin-secret/x-hasura-access-key"})
        state = load()
        kind = request.get("type")
        wanted = request.get("resource_version")
        if kind == "export_metadata" and request.get("version") == 2:
            answer = dict(state)
            if race:
                state["resource_version"] += 1
                save(state)
            return self.answer(200, answer)
        if kind == "replace_metadata" and request.get("version") == 2:
            if wanted is not None and wanted != state["resource_version"]:
                return self.answer(409, {"code": "conflict", "error": "metadata resource version referenced (%d) did not match current version" % wanted})
            save({"resource_version": state["resource_version"] + 1, "metadata": request["args"]["metadata"]})
            return self.answer(200, {"message": "success"})
        if kind == "bulk_keep_going":
            if wanted is not None and wanted != state["resource_version"]:
                return self.answer(409, {"code": "conflict", "error": "metadata resource version referenced (%d) did not match current version" % wanted})
            results, failed = [], False
            for call in request["args"]:
                if call["type"] == fail_first and not failed:
                    failed = True
                    results.append({"code": "postgres-error", "error": "column does not exist"})
                else:
                    results.append(apply(state["metadata"], call))
            state["resource_version"] += 1
            save(state)
            return self.answer(200, results)
        return self.answer(400, {"code": "parse-failed", "error": "unexpected request %s" % kind})


server = HTTPServer(("127.0.0.1", 0), Handler)
open(port_file, "w").write(str(server.server_port))
server.serve_forever()
