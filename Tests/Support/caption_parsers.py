"""Parses caption files with three independent third-party parsers (webvtt-py, pysubs2, srt) and checks
that each sees the cues the writer meant: stdin is JSON {"files": {path: [[start_ms, end_ms], ...]}}.
Prints a JSON summary; exits 1 with every mismatch on stderr."""
import json
import sys

import pysubs2
import srt
import webvtt


def times_webvtt(path):
    def ms(ts):
        h, m, s = ts.split(":")
        sec, frac = s.split(".")
        return ((int(h) * 60 + int(m)) * 60 + int(sec)) * 1000 + int(frac)
    return [[ms(c.start), ms(c.end)] for c in webvtt.read(path)]


def times_pysubs2(path):
    return [[e.start, e.end] for e in pysubs2.load(path, encoding="utf-8") if e.type == "Dialogue"]


def times_srt(path):
    with open(path, encoding="utf-8") as handle:
        subs = list(srt.parse(handle.read()))
    return [[int(s.start.total_seconds() * 1000 + 0.5), int(s.end.total_seconds() * 1000 + 0.5)] for s in subs]


def main():
    request = json.load(sys.stdin)
    problems, summary = [], {}
    for path, expected in request["files"].items():
        parsers = {"pysubs2": times_pysubs2}
        parsers["webvtt-py" if path.endswith(".vtt") else "srt"] = times_webvtt if path.endswith(".vtt") else times_srt
        for name, parse in parsers.items():
            try:
                got = parse(path)
            except Exception as error:  # a parser rejecting the file is a failure to report
                problems.append(f"{name} could not parse {path}: {error!r}")
                continue
            summary[f"{name}:{path.rsplit('/', 1)[-1]}"] = len(got)
            if len(got) != len(expected):
                problems.append(f"{name} {path}: {len(got)} cues, expected {len(expected)}")
                continue
            for index, (a, b) in enumerate(zip(got, expected)):
                if a != b:
                    problems.append(f"{name} {path}: cue {index} {a} != {b}")
                    break
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
