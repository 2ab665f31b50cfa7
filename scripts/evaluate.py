#!/usr/bin/env python3
"""Score relationship suggestions against hand-written ground truth.

Usage:
  evaluate.py SCHEMA TRUTH_FILE [--include SCHEMA ...] [--min-confidence X] [--check]
  evaluate.py [--summary] [--recorded FILE] [--write-recorded FILE] TRUTH_FILE.truth ...

Connects with psql (PGHOST/PGPORT/PGUSER/PGDATABASE from the environment) to a
database where pg_sequin_hasura is installed and the schemas are loaded, and prints
precision and recall of the suggested references (each object relationship, and
each array relationship read backwards, since a reference to a column that is not
unique gets only the array one), from names alone and with rows. A TRUTH_FILE holds lines `child_table.column -> parent_table.column`
(`schema.table.column` for a parent in another schema); `#` starts a comment. A
line `? child_table.column -> parent_table.column` is unscored: a reference by
meaning that the truth's authority leaves out (cited on its line), so suggesting it
is neither credited nor counted against.

The first form scores one schema. With --check, exit 1 unless the quality bar of
the bundled fixtures holds: precision >= 0.97 and recall >= 0.85 from names alone,
precision >= 0.98 and recall >= 0.97 with rows.

The second form (any number of truth files, each naming its schema
`<schema>.truth`; schemas a truth line's parent lives in are included) prints one
line per schema and mode, then the macro averages over them. --summary leaves out
the extra and missed pairs. --recorded FILE (tab-separated `corpus mode precision
recall`, mode `names` or `rows`) exits 1 when any figure is lower than recorded by
more than 0.0005; --write-recorded FILE writes the figures measured.
"""
import json
import os
import subprocess
import sys

QUALITY_BAR = {False: (0.97, 0.85), True: (0.98, 0.97)}
TOLERANCE = 0.0005
MODES = (("names", "names only", False), ("rows", "with rows", True))


def suggestions(schema, include, row_evidence, min_confidence):
    """The references suggested, as `child.column -> parent.column`: from the object
    relationships, and from the array relationships read backwards (a reference to a
    column that is not unique has only its array relationship)."""
    options = {"include_schemas": include, "row_evidence": row_evidence}
    if min_confidence is not None:
        options["min_confidence"] = min_confidence
    sql = (
        "SELECT coalesce(jsonb_agg(jsonb_build_array(kind, from_schema, from_table, from_columns[1], to_schema, to_table, to_columns[1])), '[]') "
        "FROM sequin_hasura_suggest_relationships(%s, %s)"
        % (quote(schema), quote(json.dumps(options)))
    )
    out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    pairs = set()
    for kind, from_schema, from_table, from_col, to_schema, to_table, to_col in json.loads(out):
        if kind == "object":
            child, col, p_schema, p_table, p_col = from_table, from_col, to_schema, to_table, to_col
        else:
            child, col, p_schema, p_table, p_col = to_table, to_col, from_schema, from_table, from_col
        parent = p_table if p_schema == schema else "%s.%s" % (p_schema, p_table)
        pairs.add("%s.%s -> %s.%s" % (child, col, parent, p_col))
    return pairs


def quote(s):
    return "'" + s.replace("'", "''") + "'"


def read_truth(path):
    """The truth's lines, and its unscored ones (`? child.col -> parent.col`): references
    by meaning that the authority leaves out, neither credited nor counted against."""
    truth, unscored = set(), set()
    with open(path) as f:
        for l in f:
            body = " ".join(l.split("#")[0].split())
            if body.startswith("? "):
                unscored.add(body[2:])
            elif body:
                truth.add(body)
    return truth, unscored


def truth_includes(truth):
    """Schemas other than the truth's own that its parents live in (`public.users.id`)."""
    out = set()
    for line in truth:
        parent = line.split("->")[1].strip()
        if parent.count(".") == 2:
            out.add(parent.split(".")[0])
    return sorted(out)


def score(schema, truth, include, rows, min_conf, unscored=frozenset()):
    got = suggestions(schema, include, rows, min_conf) - unscored
    hit = got & truth
    precision = len(hit) / len(got) if got else 1.0
    recall = len(hit) / len(truth) if truth else 1.0
    return precision, recall, got, hit


def line(schema, label, precision, recall, got, hit, truth):
    return ("%-12s %-10s precision %.3f (%d/%d)  recall %.3f (%d/%d)"
            % (schema, label, precision, len(hit), len(got), recall, len(hit), len(truth)))


def single(argv):
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
    truth, unscored = read_truth(truth_path)
    failed = False
    for _, label, rows in MODES:
        precision, recall, got, hit = score(schema, truth, include, rows, min_conf, unscored)
        print(line(schema, label, precision, recall, got, hit, truth))
        for wrong in sorted(got - truth):
            print("    extra:  %s" % wrong)
        for missed in sorted(truth - got):
            print("    missed: %s" % missed)
        want_p, want_r = QUALITY_BAR[rows]
        if precision < want_p or recall < want_r:
            failed = True
            print("    below the bar: precision >= %.2f and recall >= %.2f wanted" % (want_p, want_r))
    return 1 if check and failed else 0


def read_recorded(path):
    out = {}
    with open(path) as f:
        for l in f:
            l = l.split("#")[0].strip()
            if not l:
                continue
            corpus, mode, p, r = l.split("\t")
            if corpus == "corpus":
                continue
            out[(corpus, mode)] = (float(p), float(r))
    return out


def suite(argv):
    summary, recorded, write, truths, i = False, None, None, [], 1
    while i < len(argv):
        if argv[i] == "--summary":
            summary = True; i += 1
        elif argv[i] == "--recorded":
            recorded = argv[i + 1]; i += 2
        elif argv[i] == "--write-recorded":
            write = argv[i + 1]; i += 2
        elif argv[i].startswith("--"):
            print("unknown argument %s" % argv[i]); return 2
        else:
            truths.append(argv[i]); i += 1
    want = read_recorded(recorded) if recorded else {}
    figures, failed = {}, []
    for path in truths:
        schema = os.path.basename(path)[: -len(".truth")]
        truth, unscored = read_truth(path)
        include = truth_includes(truth | unscored)
        for mode, label, rows in MODES:
            precision, recall, got, hit = score(schema, truth, include, rows, None, unscored)
            figures[(schema, mode)] = (precision, recall)
            print(line(schema, label, precision, recall, got, hit, truth), flush=True)
            if not summary:
                for wrong in sorted(got - truth):
                    print("    extra:  %s" % wrong)
                for missed in sorted(truth - got):
                    print("    missed: %s" % missed)
            if (schema, mode) in want:
                wp, wr = want[(schema, mode)]
                if precision < wp - TOLERANCE or recall < wr - TOLERANCE:
                    failed.append("%s %s: precision %.3f recall %.3f, recorded %.3f / %.3f"
                                  % (schema, label, precision, recall, wp, wr))
    schemas = sorted({s for s, _ in figures})
    for mode, label, _ in MODES:
        if schemas:
            p = sum(figures[(s, mode)][0] for s in schemas) / len(schemas)
            r = sum(figures[(s, mode)][1] for s in schemas) / len(schemas)
            print("%-23s precision %.3f          recall %.3f  (%d corpora)"
                  % ("macro average " + label, p, r, len(schemas)))
    if write:
        with open(write, "w") as f:
            f.write("corpus\tmode\tprecision\trecall\n")
            for (s, mode) in sorted(figures):
                p, r = figures[(s, mode)]
                f.write("%s\t%s\t%.3f\t%.3f\n" % (s, mode, p, r))
    if recorded:
        missing = sorted(k for k in want if k not in figures and k[0] in schemas)
        for s, mode in missing:
            failed.append("%s %s: not measured" % (s, mode))
        for f in failed:
            print("worse than recorded: %s" % f)
        if not failed:
            print("every figure at least as recorded (%s)" % recorded)
    return 1 if failed else 0


def main(argv):
    if len(argv) >= 3 and not argv[1].startswith("--") and not argv[1].endswith(".truth"):
        return single(argv)
    if len(argv) < 2:
        print(__doc__)
        return 2
    return suite(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
