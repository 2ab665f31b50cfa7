#!/usr/bin/env python3
"""Score relationship suggestions against hand-written ground truth.

Usage: evaluate.py SCHEMA TRUTH_FILE [--include SCHEMA ...] [--min-confidence X] [--check]

Connects with psql (PGHOST/PGPORT/PGUSER/PGDATABASE from the environment) to a
database where pg_sequin_hasura is installed and SCHEMA is loaded, and prints
precision and recall of the object-direction suggestions, from names alone and
with rows. TRUTH_FILE holds lines `child_table.column -> parent_table.column`
(`schema.table.column` for a parent in another schema); `#` starts a comment.
With --check, exit 1 unless the quality bar holds: precision >= 0.97 and recall
>= 0.85 from names alone, precision >= 0.98 and recall >= 0.97 with rows.
"""
import json

QUALITY_BAR = {False: (0.97, 0.85), True: (0.98, 0.97)}
import subprocess
import sys


def suggestions(schema, include, row_evidence, min_confidence):
    options = {"include_schemas": include, "row_evidence": row_evidence}
    if min_confidence is not None:
        options["min_confidence"] = min_confidence
    sql = (
        "SELECT coalesce(jsonb_agg(jsonb_build_array(from_table, from_columns[1], to_schema, to_table, to_columns[1])), '[]') "
        "FROM sequin_hasura_suggest_relationships(%s, %s) WHERE kind = 'object'"
        % (quote(schema), quote(json.dumps(options)))
    )
    out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    pairs = set()
    for child, col, to_schema, to_table, to_col in json.loads(out):
        parent = to_table if to_schema == schema else "%s.%s" % (to_schema, to_table)
        pairs.add("%s.%s -> %s.%s" % (child, col, parent, to_col))
    return pairs


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def read_truth(path):
    with open(path) as f:
        return {" ".join(l.split("#")[0].split()) for l in f if l.split("#")[0].strip()}


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    schema, truth_path = argv[1], argv[2]
    include, min_conf, check, i = [], None, False, 3
    while i < len(argv):
        if argv[i] == "--include":
            include.append(argv[i + 1]); i += 2
        elif argv[i] == "--check":
            check = True; i += 1
        elif argv[i] == "--min-confidence":
            min_conf = float(argv[i + 1]); i += 2
        else:
            print("unknown argument %s" % argv[i]); return 2
    truth = read_truth(truth_path)
    failed = False
    for label, rows in (("names only", False), ("with rows", True)):
        got = suggestions(schema, include, rows, min_conf)
        hit = got & truth
        precision = len(hit) / len(got) if got else 1.0
        recall = len(hit) / len(truth) if truth else 1.0
        print("%-12s %-10s precision %.3f (%d/%d)  recall %.3f (%d/%d)"
              % (schema, label, precision, len(hit), len(got), recall, len(hit), len(truth)))
        for wrong in sorted(got - truth):
            print("    extra:  %s" % wrong)
        for missed in sorted(truth - got):
            print("    missed: %s" % missed)
        want_p, want_r = QUALITY_BAR[rows]
        if precision < want_p or recall < want_r:
            failed = True
            print("    below the bar: precision >= %.2f and recall >= %.2f wanted" % (want_p, want_r))
    return 1 if check and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
