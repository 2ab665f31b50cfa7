#!/usr/bin/env python3
"""Hostile values for the safe-cast columns (tests/shell/cast_values.sh).

Deterministic (fixed seed per file, stdlib only, python3.11): writes one file per
(source type, target type) pair that sequin_hasura_create_cast_column supports,
`<source>-<target>.copy`, in COPY text format with two columns: the value (as the
source type reads it; `\\N` is NULL) and the class it was generated from (for the
report). One value per line. Usage:

    python3 tests/cast_values.py OUTDIR [--scale 1.0] [--pairs text-int4,float4-int4]
    python3 tests/cast_values.py --list      # the supported pairs, "source target" a line

Every target type gets at least 100,000 values at --scale 1. Values are drawn from
listed cases (the known failures, every Unicode space before/after/inside, every
decimal digit script, signs, ...) and then mostly at random from combinations of
classes: a core value for the target (valid or nearly valid) with 0-3 mutations
(Unicode spaces, other digit scripts, signs, underscores, case and Turkish/long-s
letters, control and invisible characters, truncation, junk, ...).
"""

import argparse
import math
import os
import random
import struct
import sys
import unicodedata
import zlib
from concurrent.futures import ProcessPoolExecutor

SEED = 20240229

STRING_SOURCES = ["text", "varchar", "bpchar"]
INT_TYPES = ["int2", "int4", "int8"]
NUMBER_SOURCES = ["int2", "int4", "int8", "numeric", "float4", "float8"]
PARSE_TARGETS = ["int2", "int4", "int8", "numeric", "uuid", "bool", "date", "timestamp"]

INT_BOUNDS = {
    "int2": (-(2**15), 2**15 - 1),
    "int4": (-(2**31), 2**31 - 1),
    "int8": (-(2**63), 2**63 - 1),
}


def supported_pairs():
    """The (source, target) pairs the extension supports (source == target is refused)."""
    pairs = []
    for s in STRING_SOURCES:
        for t in PARSE_TARGETS + ["text", "varchar"]:
            if s != t:
                pairs.append((s, t))
    for s in NUMBER_SOURCES:
        for t in INT_TYPES + ["numeric", "text", "varchar"]:
            if s != t:
                pairs.append((s, t))
    pairs += [("uuid", "text"), ("uuid", "varchar")]
    return pairs


def pair_size(src, tgt):
    """Values per file at scale 1: >= 100,000 per target type in total."""
    if src in STRING_SOURCES:
        if tgt in PARSE_TARGETS:
            return 100_000 if src == "text" else 15_000
        return 15_000
    if tgt in ("text", "varchar"):
        return 15_000 if src in ("numeric", "float4", "float8", "uuid") else 10_000
    if src in ("numeric", "float4", "float8"):
        return 30_000
    return 5_000


# --------------------------------------------------------------------------- Unicode


def _scan_unicode():
    zs, nd, pool = [], {}, []
    for cp in range(1, 0x110000):
        c = chr(cp)
        cat = unicodedata.category(c)
        if cat == "Zs":
            zs.append(c)
        elif cat == "Nd":
            zero = cp - unicodedata.decimal(c)
            nd.setdefault(zero, []).append(c)
        if cat not in ("Cn", "Cs") and cp not in (0xFFFE, 0xFFFF):
            pool.append(c)
    classes = ["".join(nd[z]) for z in sorted(nd) if len(nd[z]) == 10 and z != 0x30]
    return zs, classes, pool


ZS, DIGIT_CLASSES, ASSIGNED = _scan_unicode()
ASCII_WS = [" ", "\t", "\n", "\r", "\f", "\v"]
# every space a value may carry: category Zs, U+0009-U+000D, NEL, Mongolian vowel
# separator, zero-width space/joiners, line/paragraph separators, BOM, and the
# information separators Python calls spaces
ALL_SPACES = sorted(
    set(ZS + ["\t", "\n", "\v", "\f", "\r", "\x85", "\u180e", "\u200b", "\u200c", "\u200d",
              "\u2028", "\u2029", "\ufeff", "\x1c", "\x1d", "\x1e", "\x1f"])
)
UNICODE_SPACES = [c for c in ALL_SPACES if c not in ASCII_WS]
INVISIBLE = ["\u00ad", "\u2060", "\u200e", "\u200f", "\u061c", "\u034f", "\u2061", "\u2062",
             "\u2063", "\u2064", "\ufe0f", "\u180b", "\u202a", "\u202c", "\u2066", "\u2069"]
CONTROLS = [chr(c) for c in range(1, 32)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
SIGNS = ["+", "-", "++", "--", "+-", "-+", "\u2212", "\ufe63", "\uff0b", "\uff0d", "\u2010",
         "\u2011", "\u2012", "\u2013", "\u2014", "\u207a", "\u207b", "\u208a", "\u208b",
         "\u02d7", "\u2796", "\u2795", "- ", "+ "]
OTHER_NUMERALS = ["\u00b2", "\u00b3", "\u00b9", "\u2070", "\u2074", "\u2080", "\u2460",
                  "\u2469", "\u2160", "\u216b", "\u00bd", "\u2155", "\u3007", "\u4e00",
                  "\u4e94", "\U0001f100", "\u24ea", "\u2776"]
FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
# letters that case-map onto ASCII (Turkish dotted/dotless i, long s, Kelvin, ...)
CASE_TRAPS = {"i": ["\u0131", "\u0130", "I"], "I": ["\u0130", "\u0131", "i"],
              "s": ["\u017f", "S"], "S": ["\u017f", "s"], "k": ["\u212a", "K"],
              "K": ["\u212a", "k"], "a": ["\u00e5", "A"], "e": ["\u00e9", "E"]}
SPECIAL_WORDS = ["NaN", "nan", "NAN", "nAn", "Infinity", "infinity", "INFINITY", "-Infinity",
                 "+Infinity", "-infinity", "inf", "-inf", "+inf", "Inf", "INF", "infinit",
                 "Infinityy", "\u0131nf\u0131n\u0131ty", "\u0130nfinity", "INF\u0130N\u0130TY",
                 "\u221e", "-\u221e", "+\u221e", "sNaN", "qNaN", "nan(0x1)", "Infinite",
                 "1.#INF", "1.#QNAN", "#N/A", "null", "NULL", "None", "undefined", "-", "+",
                 ".", "e", "E", "-.", "+.", "NaN.0", "-NaN", "+NaN", "n/a", "\u2212Infinity",
                 "infinity\u00a0", "\u00a0NaN"]


# --------------------------------------------------------------------------- helpers


def copy_escape(v):
    if v is None:
        return "\\N"
    return (v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t").replace("\b", "\\b").replace("\f", "\\f")
            .replace("\v", "\\v"))


_DIGIT_TABLE = bytes(48 + b % 10 for b in range(256))


def digits(r, n, lead_zero_ok=True):
    s = r.randbytes(n).translate(_DIGIT_TABLE).decode("ascii")
    if not lead_zero_ok and n > 0 and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def huge_digits(r, lo=1000, hi=200_000):
    n = int(math.exp(r.uniform(math.log(lo), math.log(hi))))
    return digits(r, n, lead_zero_ok=False)


def int_edges():
    out = []
    for lo, hi in INT_BOUNDS.values():
        for b in (lo, hi):
            for d in range(-3, 4):
                out.append(b + d)
    return out


INT_EDGES = int_edges()


def rand_int(r):
    k = r.random()
    if k < 0.25:
        return r.randint(-999, 999)
    if k < 0.40:
        return r.choice(INT_EDGES)
    if k < 0.55:
        lo, hi = INT_BOUNDS[r.choice(INT_TYPES)]
        return r.randint(lo, hi)
    if k < 0.70:
        e = r.choice([8, 15, 16, 31, 32, 52, 53, 54, 62, 63, 64])
        return r.choice([1, -1]) * (2**e) + r.randint(-3, 3)
    if k < 0.85:
        e = r.randint(1, 25)
        return r.choice([1, -1]) * (10**e) + r.randint(-3, 3)
    return int(r.choice(["", "-"]) + digits(r, r.randint(17, 45), lead_zero_ok=False))


# --------------------------------------------------------------------------- cores


def core_int(r):
    k = r.random()
    if k < 0.65:
        n = rand_int(r)
        s = str(n)
        if r.random() < 0.1 and n >= 0:
            s = "+" + s
        if r.random() < 0.08:
            s = ("-" if s.startswith("-") else "") + "0" * r.randint(1, 30) + s.lstrip("+-")
        return "int", s
    if k < 0.80:
        return core_decimal(r)
    if k < 0.84:
        return "int.radix", r.choice(["0x", "0X", "0o", "0b", "0B", "#", "&H", "x"]) + \
            "".join(r.choice("0123456789abcdefABCDEF_") for _ in range(r.randint(0, 10)))
    if k < 0.90:
        # underscores (PG16 accepts 1_000), thousands separators
        n = str(abs(rand_int(r)))
        sep = r.choice(["_", "_", ",", ".", " ", "'", "\u00a0", "\u202f", "\u2009", "__"])
        groups = []
        while n:
            groups.insert(0, n[-3:])
            n = n[:-3]
        return "int.grouped", r.choice(["", "-"]) + sep.join(groups)
    if k < 0.93:
        return "special", r.choice(SPECIAL_WORDS)
    if k < 0.9305:
        return "huge", r.choice(["", "-", "+", "0."]) + huge_digits(r)
    return core_noise(r)


def core_decimal(r):
    k = r.random()
    i = str(abs(rand_int(r))) if r.random() < 0.6 else digits(r, r.randint(1, 4), False)
    f = digits(r, r.choice([1, 1, 2, 3, 6, 15, 20, 40]))
    sg = r.choice(["", "", "-", "+"])
    if k < 0.3:
        return "dec", sg + i + "." + f
    if k < 0.45:
        return "dec.integral", sg + i + "." + "0" * r.randint(1, 30)
    if k < 0.55:
        return "dec.short", sg + r.choice(["." + f, i + ".", "0." + f, ".0", "0.", "1.0", "1.5",
                                           ".5", "5.", "-.5", "+.5", "0.5", "-0.0", "00.00"])
    if k < 0.85:
        e = r.choice([r.randint(0, 5), r.randint(0, 40), r.randint(290, 330), r.randint(990, 1010),
                      r.randint(16380, 16390), r.randint(131070, 131080), 999, 1000, 1001])
        es = r.choice(["e", "E"]) + r.choice(["", "+", "-"]) + str(e)
        m = r.choice([i, i + "." + f, "." + f, i + ".", "1", "9", "0"])
        return "exp", sg + m + es
    return "exp.broken", sg + r.choice([i + "e", i + "e+", "e" + i, i + "ee5", i + "e5.5",
                                        i + "e-", i + ".e1", ".e1", i + "e\u22125",
                                        i + "\u00d710^3", i + "E" + str(r.randint(1, 9)) + "x",
                                        i + "." + f + "." + f, i + "d5", i + "e" + "9" * 30])


def core_numeric(r):
    k = r.random()
    if k < 0.35:
        return core_int(r)
    if k < 0.85:
        return core_decimal(r)
    if k < 0.9:
        return "special", r.choice(SPECIAL_WORDS)
    if k < 0.9007:
        kind = r.random()
        if kind < 0.5:
            return "huge", r.choice(["", "-", "+"]) + huge_digits(r)
        if kind < 0.8:
            return "huge.scale", "0." + "0" * r.randint(1000, 17500) + r.choice(["1", "5", ""])
        return "huge.mixed", huge_digits(r, 100, 140_000) + "." + huge_digits(r, 10, 17_000)
    return core_noise(r)


def hex32(r):
    return "%032x" % r.getrandbits(128)


def core_uuid(r):
    h = hex32(r)
    if r.random() < 0.03:
        h = r.choice(["0" * 32, "f" * 32, "F" * 32])
    canon = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    k = r.random()
    if k < 0.3:
        return "uuid", canon
    if k < 0.4:
        return "uuid.upper", canon.upper() if r.random() < 0.7 else \
            "".join(c.upper() if r.random() < 0.5 else c for c in canon)
    if k < 0.5:
        return "uuid.braces", r.choice(["{%s}", "{%s", "%s}", "(%s)", "[%s]", "{{%s}}", "{ %s }"]) % \
            r.choice([canon, h, canon.upper()])
    if k < 0.58:
        return "uuid.nohyphen", h if r.random() < 0.7 else h.upper()
    if k < 0.66:
        return "uuid.by4", "-".join(h[i:i + 4] for i in range(0, 32, 4))
    if k < 0.72:
        n = r.choice([31, 33, 30, 34, 16, 64])
        hh = (h * 3)[:n]
        return "uuid.length", "-".join([hh[:8], hh[8:12], hh[12:16], hh[16:20], hh[20:]])
    if k < 0.80:
        pos = r.randrange(len(canon))
        return "uuid.nonhex", canon[:pos] + r.choice("gGxXzZ_ .:+\u0430\u0435\uff41\uff10\u0660") + \
            canon[pos + 1:]
    if k < 0.86:
        return "uuid.hyphens", r.choice([
            canon.replace("-", "--", 1), canon + "-", "-" + canon, h[:7] + "-" + h[7:],
            h[:8] + "-" + h[8:], h[:9] + "-" + h[9:], canon.replace("-", ":"),
            canon.replace("-", " "), canon.replace("-", "\u2010"), canon.replace("-", "\u2212")])
    if k < 0.9:
        return "uuid.urn", r.choice(["urn:uuid:", "URN:UUID:", "uuid:", "0x"]) + canon
    if k < 0.94:
        return "uuid.two", canon + r.choice([" ", ",", ""]) + canon
    return core_noise(r)


BOOL_WORDS = ["t", "f", "true", "false", "yes", "no", "y", "n", "on", "off", "1", "0",
              "tr", "tru", "fa", "fal", "fals", "ye", "of", "o", "TRUE", "FALSE", "True",
              "YES", "Yes", "yEs", "No", "ON", "Off", "oFF", "T", "F", "Y", "N", "tRuE"]
BOOL_TRAPS = ["\u0130", "\u0131", "YE\u017f", "ye\u017f", "fal\u017fe", "FAL\u017fE", "\u017f",
              "\uff54\uff52\uff55\uff45", "\uff11", "\uff10", "\u0660", "\u0661", "\u0967",
              "01", "00", "10", "2", "-1", "+1", "1.0", "0.0", "yess", "nope", "true1",
              "t rue", "truefalse", "enabled", "disabled", "null", "tt", "ff", "onn", "offf",
              "'t'", '"true"', "\u0442", "\u0422\u0420\u0423\u0415", "ye\u0455", "n\u043e",
              "tru\u0435", "yes\u0301", "y\u0308es", "on\u200b", "\u00bdtrue", "x", "TRUE!"]


def core_bool(r):
    k = r.random()
    if k < 0.55:
        w = r.choice(BOOL_WORDS)
        if r.random() < 0.3:
            w = "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w)
        return "bool", w
    if k < 0.85:
        return "bool.trap", r.choice(BOOL_TRAPS)
    return core_noise(r)


def rand_date_parts(r):
    k = r.random()
    if k < 0.6:
        y = r.randint(1900, 2100)
    elif k < 0.9:
        y = r.randint(1, 9999)
    else:
        y = r.choice([0, 1, 1582, 1900, 2000, 2100, 9999, 4713])
    m = r.randint(1, 12) if r.random() < 0.92 else r.choice([0, 13, 99, 12, 1])
    d = r.randint(1, 28) if r.random() < 0.7 else r.choice([0, 29, 30, 31, 32, 99])
    return y, m, d


def iso_date(r):
    y, m, d = rand_date_parts(r)
    return f"{y:04d}-{m:02d}-{d:02d}"


DATE_WORDS = ["epoch", "infinity", "-infinity", "+infinity", "allballs", "today", "now",
              "tomorrow", "yesterday", "EPOCH", "Infinity", "INFINITY", "TODAY", "Now",
              "J2451187", "j2451187", "J0", "J1", "J-1", "J2451187.5", "J5373484", "J5373485",
              "J9999999999", "J 2451187", "JD2451187", "\u0130nfinity", "\u0131nfinity"]
DATE_OTHER = ["01/02/2024", "02.01.2024", "2024/01/02", "20240102", "2024-1-2", "2024-01-2",
              "2024-1-02", "Jan 2 2024", "January 8, 99 BC", "2024-W01-1", "2024-001",
              "24-01-02", "2024.01.02", "2024-01-02Z", "2024-01-02+02:00", "2024-01-02 BC",
              "2024-01-02BC", "2024-01-02 AD", "0001-01-01 BC", "-0001-01-01", "-2024-02-29",
              "10000-01-01", "99999-12-31", "5874897-12-31", "5874898-01-01", "294276-12-31",
              "294277-01-01", "0000-01-01", "0000-12-31", "2024-02-30", "2023-02-29",
              "2024-13-01", "2024-00-10", "2024-01-00", "2024-04-31", "2024-01-32",
              "1900-02-29", "2000-02-29", "2100-02-29", "2024\u201301\u201302", "2024/02/29",
              "2024-02-29 12:00", "2024-02-29T00:00:00", "2024-02-29 00:00:00", "12:00:00",
              "2024-02-29 allballs", "2024-Feb-29", "29-Feb-2024", "2024-02-29 Mon",
              "Thu 2024-02-29", "2024-02-29 PST", "2024-02-29 +05", "2024-02-29 z",
              "1999-01-08 04:05:06", "19990108", "990108", "1999.008", "J2451187 04:05",
              "2024-02-29 24:00:00", "4714-11-24 BC", "4714-11-23 BC"]


def core_date(r):
    k = r.random()
    if k < 0.55:
        return "date", iso_date(r)
    if k < 0.65:
        y = r.choice([r.randint(1, 9999), 1900, 2000, 2100, 2023, 2024, 1600, 1700])
        return "date.feb29", f"{y:04d}-02-29"
    if k < 0.75:
        return "date.word", r.choice(DATE_WORDS)
    if k < 0.88:
        return "date.other", r.choice(DATE_OTHER)
    if k < 0.95:
        return core_timestamp(r)
    return core_noise(r)


TS_SUFFIX = ["Z", "z", "+02:00", "-05:30", "+0200", "+02", " UTC", " PST", " America/New_York",
             " BC", " AD", " +02:00", "+14:00", "-12:00", "+25:00", " z", "Z ", " GMT+2",
             " Europe/Istanbul", "+02:00:00", " allballs", " pm", " AM"]


def core_timestamp(r):
    k = r.random()
    if k < 0.8:
        date = iso_date(r) if r.random() < 0.9 else r.choice(DATE_OTHER[:20])
        sep = r.choice(["T", " ", "T", " ", "t", "  ", "_", "", "\u00a0", "\u3000", "\t", "T "])
        h = r.randint(0, 23) if r.random() < 0.9 else r.choice([24, 24, 25, 99, 0])
        mi = r.randint(0, 59) if r.random() < 0.95 else r.choice([60, 99, 0])
        s = r.randint(0, 59) if r.random() < 0.9 else r.choice([60, 60, 61, 99, 0])
        t = f"{h:02d}:{mi:02d}"
        if r.random() < 0.95:
            t += f":{s:02d}"
        fk = r.random()
        if fk < 0.4:
            pass
        elif fk < 0.85:
            t += "." + digits(r, r.randint(1, 6))
        elif fk < 0.95:
            t += "." + digits(r, r.randint(7, 12))
        else:
            t += r.choice([",5", ".", ".999999", ".9999995", ".0000005", ".000000"])
        suffix = "" if r.random() < 0.85 else r.choice(TS_SUFFIX)
        return "ts", date + sep + t + suffix
    if k < 0.88:
        return "ts.edge", r.choice([
            "2024-02-29 23:59:60", "2024-12-31T23:59:60.5", "2024-01-01 24:00:00",
            "2024-01-01 24:00:00.000001", "2024-01-01T24:00", "2023-02-29T12:00:00",
            "0000-01-01T00:00:00", "2024-01-01T00:00:00.1234567", "2024-01-01T00:00:00Z",
            "2024-01-01T00:00:00+02:00", "2024-01-01 00:00:00 BC", "epoch", "infinity",
            "-infinity", "allballs", "now", "today", "J2451187", "2024-01-01",
            "2024-01-01T", "T12:00:00", "2024-01-01T12", "2024-01-01T1:2:3",
            "2024-01-01 12:00:00.", "9999-12-31T23:59:59.999999", "0001-01-01 00:00:00",
            "2024-01-01T12:00:00.999999500", "1999-01-08 04:05:06.789-8",
            "2024-01-01T00:00:00.000000000000", "2024-03-10T02:30:00"])
    if k < 0.95:
        return core_date(r)
    return core_noise(r)


def core_noise(r):
    k = r.random()
    n = r.choice([0, 1, 1, 2, 3, 5, 8, 13, 40])
    if k < 0.35:
        return "noise.ascii", "".join(chr(r.randint(32, 126)) for _ in range(n))
    if k < 0.6:
        return "noise.unicode", "".join(r.choice(ASSIGNED) for _ in range(max(n, 1)))
    if k < 0.75:
        return "noise.control", "".join(r.choice(CONTROLS + ASCII_WS) for _ in range(max(n, 1)))
    if k < 0.87:
        return "noise.spaces", "".join(r.choice(ALL_SPACES) for _ in range(n))
    if k < 0.93:
        return "noise.empty", r.choice(["", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000"])
    return "noise.backslash", r.choice(["\\", "\\N", "\\.", "\\x41", "'", "''", "\\s", "\\d",
                                        "\\\\", "E'1'", "$$1$$", "1\\", "\\u0031", "%s", "%%"])


def core_any(r):
    return r.choice([core_int, core_numeric, core_uuid, core_bool, core_date, core_timestamp,
                     core_noise])(r)


CORES = {"int2": core_int, "int4": core_int, "int8": core_int, "numeric": core_numeric,
         "uuid": core_uuid, "bool": core_bool, "date": core_date,
         "timestamp": core_timestamp, "text": core_any, "varchar": core_any}


# --------------------------------------------------------------------------- mutations


def _pos(r, s):
    return r.randint(0, len(s))


def m_space_outer(r, s):
    w = "".join(r.choice(ALL_SPACES) for _ in range(r.choice([1, 1, 2, 3])))
    k = r.random()
    return w + s if k < 0.4 else s + w if k < 0.8 else w + s + w


def m_unicode_space(r, s):
    w = r.choice(UNICODE_SPACES)
    k = r.random()
    if k < 0.35:
        return w + s
    if k < 0.7:
        return s + w
    p = _pos(r, s)
    return s[:p] + w + s[p:]


def m_ascii_space(r, s):
    w = "".join(r.choice(ASCII_WS) for _ in range(r.choice([1, 1, 2, 4])))
    k = r.random()
    if k < 0.4:
        return w + s
    if k < 0.8:
        return s + w
    p = _pos(r, s)
    return s[:p] + w + s[p:]


def m_digit_script(r, s):
    cls = r.choice(DIGIT_CLASSES)
    every = r.random() < 0.6
    return "".join(cls[ord(c) - 48] if "0" <= c <= "9" and (every or r.random() < 0.3) else c
                   for c in s)


def m_sign(r, s):
    body = s.lstrip("+-") if r.random() < 0.7 else s
    return r.choice(SIGNS) + body


def m_underscore(r, s):
    idx = [i for i in range(1, len(s)) if s[i - 1].isdigit() and s[i].isdigit()]
    if not idx:
        return s + "_"
    i = r.choice(idx)
    return s[:i] + r.choice(["_", "_", "__", ",", "'"]) + s[i:]


def m_case(r, s):
    out = []
    for c in s:
        if c in CASE_TRAPS and r.random() < 0.5:
            out.append(r.choice(CASE_TRAPS[c]))
        elif c.isascii() and c.isalpha() and r.random() < 0.5:
            out.append(c.swapcase())
        else:
            out.append(c)
    return "".join(out)


def m_control(r, s):
    p = _pos(r, s)
    return s[:p] + r.choice(CONTROLS) + s[p:]


def m_invisible(r, s):
    p = _pos(r, s)
    return s[:p] + r.choice(INVISIBLE) + s[p:]


def m_fullwidth(r, s):
    every = r.random() < 0.5
    return "".join(FULLWIDTH.get(c, c) if every or r.random() < 0.3 else c for c in s)


def m_junk(r, s):
    p = _pos(r, s)
    c = r.choice([chr(r.randint(33, 126)), r.choice(ASSIGNED), r.choice(OTHER_NUMERALS),
                  "s", "x", ".", "e", "-", "\\", "'", '"', "\u0301"])
    return s[:p] + c + s[p:]


def m_delete(r, s):
    if not s:
        return s
    p = r.randrange(len(s))
    return s[:p] + s[p + 1:]


def m_dup(r, s):
    if not s:
        return s
    p = r.randrange(len(s))
    return s[:p] + s[p] + s[p:]


def m_truncate(r, s):
    return s[:r.randint(0, len(s))] if r.random() < 0.5 else s[r.randint(0, len(s)):]


def m_newline(r, s):
    return r.choice(["\n" + s, s + "\n", s + "\r\n", "\r" + s, s + "\n\n", "\n" + s + "\n"])


def m_leading_zeros(r, s):
    neg = s[:1] in "+-" and s[:1] != ""
    sign, body = (s[0], s[1:]) if neg else ("", s)
    return sign + "0" * r.choice([1, 2, 5, 17, 19, 20, 40, 300, 2000]) + body


def m_repeat(r, s):
    return s * r.choice([2, 3, 50])


MUTATIONS = [(m_space_outer, 10), (m_unicode_space, 12), (m_ascii_space, 8),
             (m_digit_script, 10), (m_sign, 6), (m_underscore, 4), (m_case, 5),
             (m_control, 4), (m_invisible, 5), (m_fullwidth, 4), (m_junk, 7), (m_delete, 4),
             (m_dup, 3), (m_truncate, 3), (m_newline, 6), (m_leading_zeros, 3), (m_repeat, 1)]
_MUT_FUNCS = [m for m, _ in MUTATIONS]
_MUT_W = [w for _, w in MUTATIONS]


def mutate(r, cls, s):
    k = r.random()
    n = 0 if k < 0.3 else 1 if k < 0.65 else 2 if k < 0.88 else 3
    names = []
    for m in r.choices(_MUT_FUNCS, _MUT_W, k=n):
        s = m(r, s)
        names.append(m.__name__[2:])
    if "\x00" in s:
        s = s.replace("\x00", "")
    return cls + ("+" + "+".join(names) if names else ""), s


# --------------------------------------------------------------------------- listed


CANONICAL = {
    "int2": ["42", "123", "-7", "32767"],
    "int4": ["42", "123", "-7", "2147483647"],
    "int8": ["42", "123", "-7", "9223372036854775807"],
    "numeric": ["42", "1.5", "-0.25", "1e5"],
    "uuid": ["123e4567-e89b-12d3-a456-426614174000"],
    "bool": ["true", "yes", "f", "1", "on"],
    "date": ["2024-02-29"],
    "timestamp": ["2024-01-01T00:00:00", "2024-02-29 13:45:00.5"],
    "text": ["abc", "42"],
    "varchar": ["abc", "42"],
}

REPRO = [  # the failures the review found (C1, H3, ICU NBSP), by target
    ("uuid", " 123e4567-e89b-12d3-a456-426614174000"),
    ("uuid", "123e4567-e89b-12d3-a456-426614174000\n"),
    ("uuid", "s123e4567-e89b-12d3-a456-426614174000"),
    ("int4", "123\u3000"), ("int4", "\u2003 42"), ("int8", "42\u00a0"), ("int4", "12s"),
    ("int2", "42\u00a0"), ("int8", "123\u3000"),
    ("numeric", "5\u3000"), ("numeric", "9" * 140000), ("numeric", "0." + "0" * 17000 + "1"),
    ("numeric", "1x5"), ("numeric", "42\u00a0"),
    ("timestamp", "2024-01-01T00:00:00x5"),
]


def listed(tgt):
    out = []
    toks = CANONICAL[tgt]
    for tok in toks:
        out.append(("list.canonical", tok))
        for w in ALL_SPACES + INVISIBLE:
            out.append(("list.space.before", w + tok))
            out.append(("list.space.after", tok + w))
            mid = max(1, len(tok) // 2)
            out.append(("list.space.inside", tok[:mid] + w + tok[mid:]))
            out.append(("list.space.around", w + tok + w))
            out.append(("list.space.double", w + w + tok + " " + w))
        for cls in DIGIT_CLASSES:
            conv = "".join(cls[ord(c) - 48] if "0" <= c <= "9" else c for c in tok)
            if conv != tok:
                out.append(("list.digits", conv))
                out.append(("list.digits.first", cls[ord(tok[0]) - 48] + tok[1:]
                            if "0" <= tok[0] <= "9" else conv))
        for sg in SIGNS:
            out.append(("list.sign", sg + tok.lstrip("+-")))
        for c in CONTROLS:
            out.append(("list.control", tok + c))
            out.append(("list.control", c + tok))
        out.append(("list.fullwidth", "".join(FULLWIDTH.get(c, c) for c in tok)))
        out.append(("list.newline", tok + "\n"))
        out.append(("list.newline", "\n" + tok))
        out.append(("list.newline", tok + "\r\n"))
    for cls, v in [("list.empty", ""), ("list.null", None)] + \
            [("list.space.only", w) for w in ALL_SPACES] + \
            [("list.space.only", w * 3) for w in ALL_SPACES] + \
            [("list.control.only", c) for c in CONTROLS] + \
            [("list.special", w) for w in SPECIAL_WORDS] + \
            [("list.numeral", c) for c in OTHER_NUMERALS]:
        out.append((cls, v))
    if tgt in INT_TYPES or tgt == "numeric":
        for n in INT_EDGES:
            for f in ("{}", "+{}", "{}.0", "{}.000", "{}.5", "{}e0", "0{}", " {} ", "{}_"):
                s = f.format(n)
                out.append(("list.edge", s.replace("+-", "-")))
        for v in ["1.0", "1.5", ".5", "5.", "1e5", "1E-3", "1e999", "1e-999", "1e1000", "1e-1000",
                  "1e1001", "1e-1001", "1_000", "1_000_000", "_1000", "1000_", "1__000",
                  "0x1F", "0o17", "0b101", "00042", "-00042", "+0", "-0", "0", "000",
                  "0" * 200 + "1", "1" + "0" * 18, "1" + "0" * 19, "9" * 19, "9" * 20,
                  "99999999999999999999999", "1,000", "1.000", "1 000", "1'000", "\u221242",
                  "--42", "++42", "+-42", "42-", "42+", "(42)", "$42", "42%", "4 2", "4\u00a02",
                  "1e", "e1", "1e+", ".", "-", "+", "-.0", "0e0", "0.0e0", "1e19", "9.2e18",
                  "1" * 1000, "1" * 10000, "9" * 131072, "9" * 131073, "9" * 200000,
                  "0." + "0" * 16382 + "1", "0." + "0" * 16383 + "1", "0." + "0" * 17000 + "1",
                  "-" + "9" * 100000, "1" + "0" * 1000 + ".5", " " * 1000 + "42",
                  "42" + "\u00a0" * 1000, "\u3000" * 100 + "1"]:
            out.append(("list.num", v))
    if tgt == "uuid":
        h = "123e4567e89b12d3a456426614174000"
        c = "123e4567-e89b-12d3-a456-426614174000"
        for v in ["{" + c + "}", "{" + h + "}", h, h.upper(), c.upper(), "-".join(
                h[i:i + 4] for i in range(0, 32, 4)), "{" + "-".join(h[i:i + 4] for i in range(0, 32, 4)) + "}",
                " " + c, c + " ", "\n" + c, c + "\n", "\t" + c + "\t", "\u00a0" + c, c + "\u3000",
                c[:-1], c + "0", h[:31], h + "0", c.replace("e", "g"), c.replace("-", ""),
                "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "{" + c, c + "}", "{" + c + "} ",
                " {" + c + "}", "urn:uuid:" + c, c + "-", "-" + c, c.replace("-", "--", 1),
                h[:4] + "-" + h[4:], h[:6] + "-" + h[6:], "s" + c, c + "s", c + "x"]:
            out.append(("list.uuid", v))
    if tgt == "bool":
        for w in BOOL_WORDS + BOOL_TRAPS:
            for f in ("{}", " {} ", "\t{}\n", "\u00a0{}", "{}\u3000", "{}\u200b"):
                out.append(("list.bool", f.format(w)))
        for w in ["YES", "yEs", "\u0130", "\u0131", "yes", "TRUE", "true", "True"]:
            out.append(("list.bool.turkish", w))
    if tgt in ("date", "timestamp"):
        for w in DATE_WORDS + DATE_OTHER:
            out.append(("list.date", w))
        for w in ["2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01", "-0001-01-01",
                  "epoch", "infinity", "-infinity", "allballs", "today", "now", "J2451187",
                  "2024-01-01 BC", "2024-02-29T23:59:60", "2024-02-29 24:00:00",
                  "2024-02-29T12:00:00.1234567", "2024-02-29T12:00:00Z",
                  "2024-02-29T12:00:00+02:00", "2024-02-29 12:00:00", "2024-02-29T12:00:00",
                  "2024-02-29T12:00:00.123456", "2024-02-29 12:00:00 BC",
                  "2024-12-31 23:59:60", "2024-12-31 23:59:59.999999",
                  "2024-02-29T12:00:00.9999995", "2024-02-29 00:00:60.5",
                  "2024-02-29 12:00:00" + "0" * 1000, "2024-02-29" + " " * 1000]:
            out.append(("list.date", w))
    for t, v in REPRO:
        if t == tgt or (t in INT_TYPES and tgt in INT_TYPES) or tgt in ("text", "varchar"):
            out.append(("list.repro", v))
    return out


# --------------------------------------------------------------------------- number sources


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f32_repr(x):
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    for p in range(1, 10):
        s = "%.*g" % (p, x)
        if f32(float(s)) == x:
            return s
    return "%.9g" % x


def f64_repr(x):
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(x)


FLOAT_LISTED = ["2147483647.5", "-2147483647.5", "2147483648", "-2147483648", "-2147483649",
                "2147483647", "-2147483904", "-2147483903", "2147483520", "2147483584",
                "1234567.5", "1234567", "1234568", "16777216", "16777217", "16777215.5",
                "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                "9.223372036854776e18", "-9.223372036854776e18", "9223372036854774784",
                "9223372036854775296", "-9223372036854775809", "9007199254740992",
                "9007199254740993", "9007199254740991", "4503599627370495.5", "32767.5",
                "-32768.5", "32768", "-32769", "-32768", "32767", "32767.0000001",
                "5e-324", "4.9e-324", "2.2250738585072014e-308", "2.225073858507201e-308",
                "1.4e-45", "1e-45", "1.17549435e-38", "1.1754942e-38", "-0", "0", "-0.0",
                "NaN", "nan", "Infinity", "-Infinity", "inf", "-inf", "+Infinity", "1e300",
                "-1e300", "1.7976931348623157e308", "-1.7976931348623157e308",
                "3.4028235e38", "-3.4028235e38", "3.4028234663852886e38", "0.1", "0.5",
                "-0.5", "1.5", "2.5", "0.49999999999999994", "0.9999999999999999",
                "4294967296", "4294967295.5", "1e15", "1e16", "1e17", "1e18", "1e19", "1e20",
                "123456789012345678", "0.30000000000000004", "100000000000000000000",
                "65535", "65536", "-65536", "1e-300", "1e-310"]


def float_value(r, bits):
    """A random float (as the Python double it is exactly) for a float4/float8 source."""
    k = r.random()
    if k < 0.3:
        x = float(rand_int(r))
    elif k < 0.45:
        x = float(rand_int(r)) + r.choice([0.5, -0.5, 0.25, 0.1, 1e-9, -0.75, 0.999])
    elif k < 0.6:
        e = r.choice([15, 16, 31, 32, 52, 53, 54, 63, 64, 24, 23])
        x = r.choice([1, -1]) * (2.0**e) + r.choice([0, 1, -1, 2, -2, 0.5, -0.5, 128, 256, -1024])
    elif k < 0.75:
        if bits == 64:
            x = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
        else:
            x = struct.unpack("<f", struct.pack("<I", r.getrandbits(32)))[0]
    elif k < 0.85:
        x = r.choice([1, -1]) * 10.0 ** r.randint(-320 if bits == 64 else -44, 308 if bits == 64 else 38)
    elif k < 0.9:
        x = r.choice([1, -1]) * r.uniform(0, 1) * (5e-324 * 2**r.randint(0, 51) if bits == 64 else
                                                   1.4e-45 * 2**r.randint(0, 22))
    else:
        x = r.uniform(-1e6, 1e6)
    if bits == 32:
        try:
            x = f32(x)
        except OverflowError:
            x = math.copysign(math.inf, x)
    return x


def float_text(r, x, bits):
    """Text that the float type reads as x: shortest, %.17g, or exact integer digits."""
    if math.isnan(x):
        return r.choice(["NaN", "nan"])
    if math.isinf(x):
        return r.choice(["Infinity", "inf", "+Infinity"] if x > 0 else ["-Infinity", "-inf"])
    k = r.random()
    if x == int(x) and abs(x) < 1e30 and k < 0.4:
        return str(int(x)) if not (x == 0 and math.copysign(1, x) < 0) else "-0"
    if k < 0.8:
        return f32_repr(x) if bits == 32 else f64_repr(x)
    return "%.17g" % x if bits == 64 else "%.9g" % x


def float_ok(s, bits):
    """The float type accepts s (no overflow, no underflow to zero)."""
    try:
        x = float(s)
    except ValueError:
        return s.lower().lstrip("+-") in ("nan", "infinity", "inf")
    if math.isnan(x) or math.isinf(x):
        return s.lower().lstrip("+-") in ("nan", "infinity", "inf")
    if bits == 32:
        try:
            y = f32(x)
        except OverflowError:
            return False
        if math.isinf(y):
            return False
        return not (y == 0 and x != 0)
    return not (x == 0 and any(c in "123456789" for c in s.split("e")[0].split("E")[0]))


def numeric_value(r):
    k = r.random()
    if k < 0.3:
        return "num.int", str(rand_int(r))
    if k < 0.5:
        n = rand_int(r)
        return "num.integral", f"{n}." + "0" * r.randint(1, 20)
    if k < 0.7:
        n = rand_int(r)
        frac = r.choice(["5", "1", "999999999999999999999", "0000000000000000000001", "25",
                         digits(r, r.randint(1, 30))])
        return "num.frac", f"{n}.{frac}"
    if k < 0.8:
        b = r.choice(INT_EDGES)
        return "num.edge", r.choice([f"{b}", f"{b}.0", f"{b}.5", f"{b}.000000000000000000001",
                                     f"{b - 1}.999999999999999999999", f"{b}.000"])
    if k < 0.85:
        return "num.special", r.choice(["NaN", "nan", "Infinity", "-Infinity", "inf", "-inf",
                                        "+Infinity"])
    if k < 0.95:
        return "num.sci", f"{r.randint(1, 9)}.{digits(r, r.randint(0, 20))}e{r.randint(-40, 40)}"
    if k < 0.9506:
        kind = r.random()
        if kind < 0.4:
            return "num.huge.precision", r.choice(["", "-"]) + huge_digits(r, 1000, 131072)
        if kind < 0.7:
            return "num.huge.scale", "0." + "0" * r.randint(1000, 16382) + "1"
        return "num.huge.integral", huge_digits(r, 20, 100000) + "." + "0" * r.randint(1, 16000)
    return "num.small", f"{r.choice(['', '-'])}0.{digits(r, r.randint(1, 40))}"


NUMERIC_LISTED = ["NaN", "Infinity", "-Infinity", "0", "-0", "0.000", "-0.000", "1.000",
                  "42.000", "-7.000000", "2147483647.000", "2147483647.5", "2147483648.000",
                  "-2147483648.000", "-2147483648.5", "-2147483649", "9223372036854775807.000",
                  "9223372036854775807.5", "9223372036854775808", "-9223372036854775808.000",
                  "-9223372036854775808.0000000000000000001", "-9223372036854775809",
                  "32767.000", "32767.5", "32768", "-32768.0", "-32769", "1e100", "1e-100",
                  "0." + "0" * 16382 + "1", "9" * 131072, "-" + "9" * 131072,
                  "9" * 1000 + "." + "0" * 1000, "1" + "0" * 18 + ".0", "0.5", "-0.5", "1.5",
                  "2.5", "1234567.5", "0.0000000000000000000000001"]


def gen_number_source(r, src, n):
    out = []
    if src in INT_TYPES:
        lo, hi = INT_BOUNDS[src]
        for v in INT_EDGES + [0, 1, -1, 42, -7]:
            if lo <= v <= hi:
                out.append(("int.edge", str(v)))
        while len(out) < n:
            v = rand_int(r)
            if not lo <= v <= hi:
                v = r.randint(lo, hi) if r.random() < 0.5 else max(lo, min(hi, v))
            out.append(("int", str(v)))
        return out
    if src == "numeric":
        out = [("num.listed", v) for v in NUMERIC_LISTED]
        while len(out) < n:
            out.append(numeric_value(r))
        return out
    bits = 32 if src == "float4" else 64
    out = [("float.listed", v) for v in FLOAT_LISTED if float_ok(v, bits)]
    while len(out) < n:
        x = float_value(r, bits)
        s = float_text(r, x, bits)
        if float_ok(s, bits):
            out.append(("float", s))
    return out


def gen_uuid_source(r, n):
    out = [("uuid.listed", v) for v in ["00000000-0000-0000-0000-000000000000",
                                        "ffffffff-ffff-ffff-ffff-ffffffffffff",
                                        "123e4567-e89b-12d3-a456-426614174000"]]
    while len(out) < n:
        h = hex32(r)
        out.append(("uuid", f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"))
    return out


# --------------------------------------------------------------------------- files


def seed_for(src, tgt):
    return zlib.crc32(f"{SEED}:{src}:{tgt}".encode())


def generate(src, tgt, n):
    r = random.Random(seed_for(src, tgt))
    if src in STRING_SOURCES:
        rows = listed(tgt) if src == "text" or tgt in ("text", "varchar") else \
            [x for x in listed(tgt) if x[0] in ("list.repro", "list.canonical") or r.random() < 0.25]
        core = CORES[tgt]
        while len(rows) < n:
            if r.random() < 0.02:
                rows.append(("null", None))
                continue
            cls, s = core(r)
            rows.append(mutate(r, cls, s))
        return rows
    if src == "uuid":
        return gen_uuid_source(r, n)
    return gen_number_source(r, src, n)


def write_pair(args):
    outdir, src, tgt, scale = args
    n = max(200, int(pair_size(src, tgt) * scale))
    rows = generate(src, tgt, n)
    path = os.path.join(outdir, f"{src}-{tgt}.copy")
    with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as f:
        f.writelines(copy_escape(v) + "\t" + cls + "\n" for cls, v in rows)
    os.replace(path + ".tmp", path)
    return src, tgt, len(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--pairs", default="", help="comma-separated src-tgt (default: all)")
    ap.add_argument("--list", action="store_true", help="print the supported pairs and exit")
    a = ap.parse_args()
    pairs = supported_pairs()
    if a.list:
        for s, t in pairs:
            print(f"{s} {t}")
        return
    if not a.outdir:
        ap.error("OUTDIR is required")
    if a.pairs:
        want = set(a.pairs.split(","))
        pairs = [p for p in pairs if f"{p[0]}-{p[1]}" in want]
    os.makedirs(a.outdir, exist_ok=True)
    jobs = [(a.outdir, s, t, a.scale) for s, t in pairs]
    per_target = {}
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
        for s, t, n in ex.map(write_pair, jobs):
            per_target[t] = per_target.get(t, 0) + n
    print("values per target: " + ", ".join(f"{t} {n}" for t, n in sorted(per_target.items())))


if __name__ == "__main__":
    sys.exit(main())
