#!/usr/bin/env python3
"""A stand-in for Hasura's /v1/metadata, for testing the push recipe offline.

Usage: fake_hasura.py PORT_FILE STATE.json SECRET [--race]

Serves export_metadata (version 2), replace_metadata (version 2, refused with 409
when resource_version does not match, as Hasura does) and bulk_keep_going (applies
nothing; records it). The project lives in STATE.json ({"resource_version", "metadata"}),
which replace_metadata overwrites; every request is appended to STATE.json.log.
With --race, the project changes (resource_version + 1) right after each export.
Writes the port it listens on to PORT_FILE.
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

port_file, state_path, secret = sys.argv[1:4]
race = "--race" in sys.argv


def load():
    return json.load(open(state_path))


def save(state):
    json.dump(state, open(state_path, "w"))


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
        if kind == "export_metadata" and request.get("version") == 2:
            answer = dict(state)
            if race:
                state["resource_version"] += 1
                save(state)
            return self.answer(200, answer)
        if kind == "replace_metadata" and request.get("version") == 2:
            wanted = request.get("resource_version")
            if wanted is not None and wanted != state["resource_version"]:
                return self.answer(409, {"code": "conflict", "error": "metadata resource version referenced (%d) did not match current version" % wanted})
            save({"resource_version": state["resource_version"] + 1, "metadata": request["args"]["metadata"]})
            return self.answer(200, {"message": "success"})
        if kind == "bulk_keep_going":
            return self.answer(200, [{"message": "success"} for _ in request["args"]])
        return self.answer(400, {"code": "parse-failed", "error": "unexpected request %s" % kind})


server = HTTPServer(("127.0.0.1", 0), Handler)
open(port_file, "w").write(str(server.server_port))
server.serve_forever()
