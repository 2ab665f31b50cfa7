#!/usr/bin/env python3
"""The layer rule of README's Layout, checked: in non-test code, no module imports one
that imports it back (no cycle, at any depth), the core's top-level modules import only
from layers below their own, the adapter's `pg` never imports `api`, the core never
names pgrx, and no source file holds more than 600 lines of non-test code.
Prints the module graph and the file sizes. Exit 1 on a violation."""
import os
import re
import sys

CRATES = {"crate": "crates/sequin_hasura_core/src", "adapter": "src"}
# lowest first; a core module may import only from layers strictly below its own
LAYERS = [
    {"error", "ident", "words"},
    {"marker", "options"},
    {"catalog"},
    {"evidence"},
    {"infer"},
    {"hasura", "ddl"},
    {"pipeline"},
    {"testing"},
]
MAX_CODE_LINES = 600


def layer(top):
    return next(i for i, group in enumerate(LAYERS) if top in group)


def modules(root):
    """file path -> module path (tuple), for every .rs file under root."""
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, f), root)
            parts = rel[:-3].split(os.sep)
            if parts[-1] in ("mod", "lib"):
                parts = parts[:-1]
            out[os.path.join(dirpath, f)] = tuple(parts)
    return out


def code_of(path, mod):
    """The non-test lines of a file, comments dropped."""
    if mod and mod[-1] in ("tests", "pg_tests", "testing"):
        return []
    lines, out, skip_next = open(path).read().split("\n"), [], False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("#[cfg(test)]") or s.startswith("#[cfg(any(test"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("mod ") and nxt.endswith("{"):
                break  # the test module runs to the end of the file
            skip_next = True
            continue
        if skip_next:
            skip_next = False
            continue
        if s.startswith("//") or not s:
            continue
        out.append(s)
    return out


def references(code):
    """Every path a line names: crate::a::b, super::a::b, and grouped `use` items."""
    text = " ".join(code)
    refs = []
    for m in re.finditer(r"\b(crate|super(?:::super)*|sequin_hasura_core)::([\w:]+)(::\{([^}]*)\})?", text):
        head = m.group(1).split("::")
        base = [p for p in m.group(2).split("::") if p]
        if m.group(4) is not None:
            for item in m.group(4).split(","):
                item = item.strip().split(" as ")[0]
                if item and item != "self":
                    refs.append((head, base + item.split("::")))
                elif item == "self":
                    refs.append((head, base))
        else:
            refs.append((head, base))
    for m in re.finditer(r"\buse (super(?:::super)*)::\{([^}]*)\}", text):
        for item in m.group(2).split(","):
            item = item.strip().split(" as ")[0]
            if item:
                refs.append((m.group(1).split("::"), item.split("::")))
    return refs


def resolve(current, head, segs, known):
    if head[0] == "super":
        start = list(current[: len(current) - len(head)])
    else:
        start = []
    path = start + segs
    best = tuple(start)
    for n in range(len(path), -1, -1):
        if tuple(path[:n]) in known:
            best = tuple(path[:n])
            break
    return best


def main():
    failures = []
    graph = {}
    sizes = []
    for crate, root in CRATES.items():
        mods = modules(root)
        known = set(mods.values())
        for path, mod in sorted(mods.items()):
            code = code_of(path, mod)
            sizes.append((len(code), path))
            if len(code) > MAX_CODE_LINES:
                failures.append(f"{path}: {len(code)} lines of non-test code (over {MAX_CODE_LINES})")
            if crate == "crate" and re.search(r"\bpgrx\b|\bunsafe\b", " ".join(code)):
                failures.append(f"{path}: the core names pgrx or unsafe")
            node = (crate,) + mod
            graph.setdefault(node, set())
            for head, segs in references(code):
                if head[0] == "sequin_hasura_core":
                    target = ("crate",) + resolve((), ["crate"], segs, set(modules(CRATES["crate"]).values()))
                else:
                    target = (crate,) + resolve(mod, head, segs, known)
                if target != node:
                    graph[node].add(target)
    # cycles: Tarjan's strongly connected components
    index, low, stack, on, sccs, counter = {}, {}, [], set(), [], [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(comp)

    sys.setrecursionlimit(10000)
    for v in list(graph):
        if v not in index:
            strong(v)
    name = lambda n: "::".join(n) if len(n) > 1 else n[0]
    for comp in sccs:
        failures.append("import cycle: " + " <-> ".join(sorted(name(n) for n in comp)))
    top_edges = set()
    for src, targets in graph.items():
        for dst in targets:
            s_top = src[1] if len(src) > 1 else None
            d_top = dst[1] if len(dst) > 1 else None
            if src[0] == "crate" and dst[0] == "crate" and s_top and d_top and s_top != d_top:
                top_edges.add((s_top, d_top))
                if s_top != "testing" and layer(d_top) >= layer(s_top):
                    failures.append(f"{name(src)} imports {name(dst)}: not a lower layer")
            if src[0] == "adapter" and dst[0] == "adapter" and s_top == "pg" and d_top == "api":
                failures.append(f"{name(src)} imports {name(dst)}: pg must not import api")
            if src[0] == "adapter":
                top_edges.add((f"src/{s_top or 'lib'}", "core" if dst[0] == "crate" else f"src/{d_top or 'lib'}"))
    print("module graph (non-test code, top level; A -> B: A imports B):")
    for s, d in sorted(top_edges):
        if s != d:
            print(f"  {s} -> {d}")
    print("largest files (non-test code lines):")
    for n, p in sorted(sizes, reverse=True)[:8]:
        print(f"  {n:5} {p}")
    for f in failures:
        print("FAIL " + f)
    print(f"layers: {len(graph)} modules, {sum(len(t) for t in graph.values())} imports, "
          f"{len(failures)} violation(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
