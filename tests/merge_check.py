#!/usr/bin/env python3
"""Merging into a living Hasura project, end to end (issue 14).

Usage: merge_check.py EXPORT.json OUT_DIR SCHEMA[:INCLUDED,...] ...

Connects with psql (PG* environment; the sample schemas and the extension loaded).
For each SCHEMA in turn, merges sequin_hasura_metadata(SCHEMA) into the project
(first EXPORT.json, a realistic export_metadata v2 answer, then the result of the
previous merge, so the last one holds every sample) and checks:
  * additions only: everything the project had is still there, unchanged; what is
    new is a table entry, one of our relationships (our comment), or a custom_name
    / column name the entry lacked;
  * a person's relationship is never renamed, changed or dropped;
  * merging twice gives the same document (byte for byte, as jsonb text);
  * replace_metadata carries the export's resource_version and the merged document;
  * bulk_keep_going against the project as it was sends calls, and against the
    export of the merged project (the merged document) sends none;
  * no two table entries of any source expose the same root field or type name;
  * the merged document passes ../shared/hasura/validate_metadata.py --strict
    (when present), remote_schemas left out: Hasura's own schema of them is wrong
    (it types each entry as a remote relationship, requiring `type_name`), and the
    merge keeps them byte for byte, which the first check proves.
Prints one line per check and a summary of what each merge added; exit 1 on any failure.
"""
import json
import os
import subprocess
import sys

OURS = "pg_sequin_hasura:"
REL_KEYS = ("object_relationships", "array_relationships")
failures = []


def check(ok, what):
    print("%s %s" % ("ok  " if ok else "FAIL", what))
    if not ok:
        failures.append(what)


def metadata(schema, options):
    options = json.dumps(options)
    tag = "$opts$"
    assert tag not in options
    include = []
    if ":" in schema:
        schema, included = schema.split(":")
        include = included.split(",")
    sql = "SELECT sequin_hasura_metadata('%s', jsonb_set(%s%s%s::jsonb, '{include_schemas}', '%s'::jsonb))" % (
        schema, tag, options, tag, json.dumps(include))
    r = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-q"], input=sql,
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("merge_check: psql failed: %s" % r.stderr.strip())
    return json.loads(r.stdout)


def by_table(source):
    return {json.dumps(t["table"], sort_keys=True): t for t in source.get("tables", [])}


def identifier(entry):
    custom = (entry.get("configuration") or {}).get("custom_name")
    if custom:
        return custom
    t = entry["table"]
    schema = t.get("schema", "public")
    return t["name"] if schema == "public" else "%s_%s" % (schema, t["name"])


def exposed(entry):
    i = identifier(entry)
    names = [i + s for s in ("", "_by_pk", "_aggregate", "_stream", "_bool_exp", "_order_by",
                             "_insert_input", "_set_input", "_mutation_response")]
    names += ["insert_" + i, "insert_%s_one" % i, "update_" + i, "delete_" + i]
    names += [v for v in ((entry.get("configuration") or {}).get("custom_root_fields") or {}).values()
              if isinstance(v, str)]
    return names


def additions_only(before, after, label):
    """Everything of `before` is in `after` unchanged; returns a count of additions."""
    added = {"tables": 0, "relationships": 0, "names": 0}
    problems = []
    for key, value in before.items():
        if key != "sources" and after.get(key) != value:
            problems.append("%s changed" % key)
    after_sources = {s["name"]: s for s in after.get("sources", [])}
    for source in before.get("sources", []):
        new = after_sources.get(source["name"])
        if new is None:
            problems.append("source %s gone" % source["name"]); continue
        for key, value in source.items():
            if key != "tables" and new.get(key) != value:
                problems.append("source %s: %s changed" % (source["name"], key))
        new_tables = by_table(new)
        for k, entry in by_table(source).items():
            e = new_tables.get(k)
            if e is None:
                problems.append("table %s gone" % k); continue
            for key, value in entry.items():
                if key in REL_KEYS:
                    kept = {json.dumps(r, sort_keys=True) for r in e.get(key, [])}
                    for r in value:
                        if not r.get("comment", "").startswith(OURS) and json.dumps(r, sort_keys=True) not in kept:
                            problems.append("%s: a person's relationship %s changed or gone" % (k, r["name"]))
                elif key == "configuration":
                    for ck, cv in value.items():
                        if ck == "column_config":
                            for col, conf in cv.items():
                                if e[key].get(ck, {}).get(col) != conf:
                                    problems.append("%s: column_config %s changed" % (k, col))
                        elif e[key].get(ck) != cv:
                            problems.append("%s: configuration %s changed" % (k, ck))
                    if "custom_name" in e[key] and "custom_name" not in value:
                        added["names"] += 1
                elif e.get(key) != value:
                    problems.append("%s: %s changed" % (k, key))
            for key in REL_KEYS:
                old = {json.dumps(r, sort_keys=True) for r in entry.get(key, [])}
                for r in e.get(key, []):
                    if json.dumps(r, sort_keys=True) not in old:
                        if not r.get("comment", "").startswith(OURS):
                            problems.append("%s: relationship %s added that is not ours" % (k, r["name"]))
                        added["relationships"] += 1
        for k, e in new_tables.items():
            if k not in by_table(source):
                added["tables"] += 1
                added["relationships"] += sum(len(e.get(key, [])) for key in REL_KEYS)
                added["names"] += 1 if (e.get("configuration") or {}).get("custom_name") else 0
    for p in problems:
        print("     %s" % p)
    check(not problems, "%s: only additions (%d tables, %d relationships, %d custom names added)"
          % (label, added["tables"], added["relationships"], added["names"]))
    return added


def main(argv):
    export_path, out_dir, schemas = argv[1], argv[2], argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    export = json.load(open(export_path))
    project = export
    validator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "hasura")
    for schema in schemas:
        label = schema.split(":")[0]
        before = project["metadata"]
        merged = metadata(schema, {"merge_into": project})
        additions_only(before, merged, label)
        persons = [(t["table"], key, r) for s in before.get("sources", []) for t in s.get("tables", [])
                   for key in REL_KEYS for r in t.get(key, []) if not r.get("comment", "").startswith(OURS)]
        merged_tables = {json.dumps(t["table"], sort_keys=True): t for s in merged["sources"] for t in s.get("tables", [])}
        check(all(r in merged_tables[json.dumps(t, sort_keys=True)].get(key, []) for t, key, r in persons),
              "%s: every one of the project's %d hand-made relationships kept as it was" % (label, len(persons)))
        scope = {label} | set(schema.split(":")[1].split(",") if ":" in schema else [])
        earlier = [(t["table"], key, r) for s in before.get("sources", []) for t in s.get("tables", [])
                   for key in REL_KEYS for r in t.get(key, []) if r.get("comment", "").startswith(OURS)
                   and not (t["table"].get("schema") in scope
                            and r["using"]["manual_configuration"]["remote_table"].get("schema") in scope)]
        check(all(r in merged_tables[json.dumps(t, sort_keys=True)].get(key, []) for t, key, r in earlier),
              "%s: our %d relationships from earlier runs on other schemas kept" % (label, len(earlier)))
        twice = metadata(schema, {"merge_into": {"resource_version": 99, "metadata": merged}})
        check(json.dumps(twice, sort_keys=True) == json.dumps(merged, sort_keys=True),
              "%s: merging twice is merging once" % label)
        replace = metadata(schema, {"merge_into": project, "format": "replace_metadata"})
        check(replace.get("resource_version") == project["resource_version"] and replace["args"]["metadata"] == merged,
              "%s: replace_metadata carries resource_version %s and the merged document" % (label, project["resource_version"]))
        calls = metadata(schema, {"merge_into": project, "format": "bulk_keep_going"})["args"]
        check(len(calls) > 0 and all(c["type"] != "pg_drop_relationship" for c in calls),
              "%s: bulk_keep_going sends %d calls, none a drop" % (label, len(calls)))
        again = metadata(schema, {"merge_into": {"resource_version": project["resource_version"] + 1, "metadata": merged},
                                  "format": "bulk_keep_going"})["args"]
        check(again == [], "%s: bulk_keep_going against the merged project sends nothing (%d calls)" % (label, len(again)))
        seen, clashes = {}, []
        for s in merged["sources"]:
            for t in s.get("tables", []):
                for n in exposed(t):
                    if n in seen:
                        clashes.append("%s (%s and %s)" % (n, seen[n], t["table"]))
                    seen[n] = t["table"]
        check(not clashes, "%s: no root field or type name exposed twice across %d sources %s"
              % (label, len(merged["sources"]), clashes[:3]))
        path = os.path.join(out_dir, "merged_%s.json" % label)
        doc = dict(merged)
        doc.pop("remote_schemas", None)
        json.dump(doc, open(path, "w"), indent=1, sort_keys=True)
        if os.path.exists(os.path.join(validator, "validate_metadata.py")):
            r = subprocess.run([sys.executable, os.path.join(validator, "validate_metadata.py"),
                                os.path.join(validator, "metadata.openapi.json"), path, "--strict"],
                               capture_output=True, text=True)
            check(r.returncode == 0, "%s: merged document passes validate_metadata.py --strict %s"
                  % (label, (r.stdout + r.stderr).strip()[:400]))
        project = {"resource_version": project["resource_version"] + 1, "metadata": merged}
    print("merge_check: %d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
