#!/usr/bin/env python3
"""Check pg_sequin_hasura's Hasura DDN output: the {path: hml text} object it returns.

Usage:  ddn_check.py FILES.json [--subgraph SUBGRAPH] [--validator VALIDATE_OPENDD.py]

1. Writes every file into a temporary directory and runs
   <repo>/../shared/hasura/validate_opendd.py on them (structure: known kind and
   version, keys, types, enums, name patterns, against Hasura's own JSON Schema).
2. Reads them back (PyYAML) and checks what the schema cannot:
   - with --subgraph (a JSON array of OpenDD documents, a JSON object
     {"path.hml": "<hml text>", ...}, or an .hml/.yaml file): every sourceType is
     an ObjectType of the subgraph, every target.model.name a Model, every mapped
     source fieldName a field of the source type, every target modelField a field
     of the target model's object type, every aggregateExpression an
     AggregateExpression; no relationship name or aggregate field name clashes
     with a field of its source type or a relationship already there;
   - always: kind Relationship, version v1, names are valid GraphQL names, and
     relationship and aggregate field names are unique per sourceType.

One line per problem; exit status 1 if there is any, 0 otherwise, 2 on bad usage.
Needs: pip install jsonschema PyYAML
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_VALIDATOR = os.path.join(os.path.dirname(REPO), "shared", "hasura", "validate_opendd.py")
GRAPHQL_NAME = re.compile(r"^[_A-Za-z][_0-9A-Za-z]*$")


def load_yaml_docs(text, where, problems):
    try:
        return [d for d in yaml.safe_load_all(text) if d is not None]
    except yaml.YAMLError as e:
        problems.append(f"{where}: not YAML: {e}".replace("\n", " "))
        return []


def load_subgraph(path, problems):
    """The subgraph's documents, from any of the accepted forms."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith((".hml", ".yaml", ".yml")):
        return load_yaml_docs(text, path, problems)
    data = json.loads(text)
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and all(isinstance(v, str) for v in data.values()):
        docs = []
        for p in sorted(data):
            docs.extend(load_yaml_docs(data[p], f"{path}: {p}", problems))
        return docs
    problems.append(f"{path}: neither a JSON array of documents nor an object of .hml texts")
    return []


def field_names(path_list):
    """[{fieldName: a}, ...] -> ['a', ...] (None if malformed)."""
    if not isinstance(path_list, list) or not path_list:
        return None
    names = [p.get("fieldName") if isinstance(p, dict) else None for p in path_list]
    return None if None in names else names


class Subgraph:
    def __init__(self, docs):
        self.fields = {}  # object type -> set of field names
        self.models = {}  # model -> object type
        self.aggregates = set()
        self.rel_names = {}  # source type -> set of relationship and aggregate field names
        for d in docs:
            if not isinstance(d, dict):
                continue
            k, df = d.get("kind"), d.get("definition") or {}
            if k == "ObjectType":
                fs = {f.get("name") for f in df.get("fields") or [] if isinstance(f, dict)}
                if df.get("globalIdFields"):
                    fs.add("id")
                self.fields[df.get("name")] = fs
            elif k == "Model":
                self.models[df.get("name")] = df.get("objectType")
            elif k == "AggregateExpression":
                self.aggregates.add(df.get("name"))
            elif k == "Relationship":
                src = df.get("sourceType", df.get("source"))
                names = self.rel_names.setdefault(src, set())
                names.add(df.get("name"))
                agg = (df.get("graphql") or {}).get("aggregateFieldName")
                if agg:
                    names.add(agg)


def check(files, subgraph, problems):
    seen = {}  # source type -> {name: where}
    count = 0
    for path in sorted(files):
        for i, d in enumerate(load_yaml_docs(files[path], path, problems), 1):
            where = f"{path}#{i}"
            if not isinstance(d, dict):
                problems.append(f"{where}: not a mapping")
                continue
            if d.get("kind") != "Relationship" or d.get("version") != "v1":
                problems.append(f"{where}: kind/version is {d.get('kind')}/{d.get('version')}, not Relationship/v1")
                continue
            count += 1
            df = d.get("definition") or {}
            name, src = df.get("name"), df.get("sourceType")
            model = ((df.get("target") or {}).get("model")) or {}
            target = model.get("name")
            agg_expr = (model.get("aggregate") or {}).get("aggregateExpression")
            agg_field = (df.get("graphql") or {}).get("aggregateFieldName")
            where = f"{where} {src}.{name}"
            for what, v in (("name", name), ("sourceType", src), ("target model", target),
                            ("aggregateFieldName", agg_field)):
                if v is not None and (not isinstance(v, str) or not GRAPHQL_NAME.match(v) or v.startswith("__")):
                    problems.append(f"{where}: {what} {v!r} is not a valid GraphQL name")
            if (agg_expr is None) != (agg_field is None):
                problems.append(f"{where}: an aggregate needs both aggregate.aggregateExpression and graphql.aggregateFieldName")
            mine = seen.setdefault(src, {})
            for n in (name, agg_field):
                if n is None:
                    continue
                if n in mine:
                    problems.append(f"{where}: {n!r} is also used on {src} by {mine[n]}")
                mine[n] = where
            pairs = []
            for m in df.get("mapping") or []:
                s = field_names(((m.get("source") or {}).get("fieldPath")))
                t = field_names(((m.get("target") or {}).get("modelField")))
                if s is None or t is None:
                    problems.append(f"{where}: a mapping is not fieldPath -> modelField")
                    continue
                pairs.append((s, t))
            if not pairs:
                problems.append(f"{where}: no mapping")
            if subgraph is None:
                continue
            src_fields = subgraph.fields.get(src)
            if src_fields is None:
                problems.append(f"{where}: sourceType {src} is not an ObjectType of the subgraph")
            target_type = subgraph.models.get(target)
            if target not in subgraph.models:
                problems.append(f"{where}: target model {target} is not a Model of the subgraph")
            target_fields = subgraph.fields.get(target_type)
            if target in subgraph.models and target_fields is None:
                problems.append(f"{where}: model {target}'s object type {target_type} is not in the subgraph")
            for s, t in pairs:
                if src_fields is not None and s[0] not in src_fields:
                    problems.append(f"{where}: source field {s[0]} is not a field of {src}")
                if target_fields is not None and t[0] not in target_fields:
                    problems.append(f"{where}: target field {t[0]} is not a field of {target_type}")
            if agg_expr is not None and agg_expr not in subgraph.aggregates:
                problems.append(f"{where}: aggregateExpression {agg_expr} is not in the subgraph")
            for n in (name, agg_field):
                if n is None:
                    continue
                if src_fields is not None and n in src_fields:
                    problems.append(f"{where}: {n!r} clashes with a field of {src}")
                if n in subgraph.rel_names.get(src, set()):
                    problems.append(f"{where}: {n!r} clashes with a relationship of the subgraph on {src}")
    return count


def validate(files, validator, problems):
    if not os.path.exists(validator):
        problems.append(f"validator not found: {validator} (pass --validator)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        written = []
        for path, text in sorted(files.items()):
            norm = os.path.normpath(path)
            if os.path.isabs(path) or norm.startswith(".."):
                problems.append(f"{path}: not a path inside the subgraph directory")
                continue
            if not path.endswith(".hml"):
                problems.append(f"{path}: not an .hml file")
            full = os.path.join(tmp, norm)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8") as f:
                f.write(text)
            written.append(full)
        if not written:
            return
        run = subprocess.run([sys.executable, validator, *written], capture_output=True, text=True)
        for line in run.stdout.splitlines() + run.stderr.splitlines():
            if not line.startswith("OK "):
                problems.append(f"validate_opendd: {line.replace(tmp + os.sep, '')}")
        if run.returncode != 0 and not problems:
            problems.append(f"validate_opendd exited {run.returncode}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", help="the {path: hml text} JSON object pg_sequin_hasura returned")
    ap.add_argument("--subgraph", help="the subgraph's metadata (JSON array, JSON {path: hml}, or .hml)")
    ap.add_argument("--validator", default=DEFAULT_VALIDATOR, help="validate_opendd.py")
    args = ap.parse_args()
    problems = []
    try:
        with open(args.files, encoding="utf-8") as f:
            files = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{args.files}: {e}")
        return 2
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        print(f"{args.files}: not a JSON object of path -> hml text")
        return 2
    subgraph = None
    if args.subgraph:
        try:
            subgraph = Subgraph(load_subgraph(args.subgraph, problems))
        except (OSError, ValueError) as e:
            print(f"{args.subgraph}: {e}")
            return 2
    validate(files, args.validator, problems)
    count = check(files, subgraph, problems)
    for p in problems:
        print(p)
    print(f"{len(files)} file(s), {count} relationship(s): {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
