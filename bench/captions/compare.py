"""bench/captions/compare.py: the comparison for bench/captions. Times srt-equalizer (PyPI), a third-party
subtitle segmenter, on the same 2-hour transcript captions-bench segments: the words (transcript.json, written
by `captions-bench <dir>`) are grouped into one subtitle per sentence, srt-equalizer splits each into pieces of
at most 42 characters (its three methods), and the result is written as SRT (srt.compose) and WebVTT
(webvtt-py). srt-equalizer only splits text by length and shares the time in proportion; it does no timing
rules, line breaking rules or speakers, so it does less work than MediaKit, and only for the source language.

    .build/release/captions-bench .build/bench-captions
    .venv/bin/python bench/captions/compare.py .build/bench-captions
"""
import io
import json
import statistics
import sys
import time
from datetime import timedelta

import srt
import srt_equalizer
import webvtt


def sentences(words):
    """One srt.Subtitle per sentence or speaker turn, from words with punctuation items attached."""
    subs, current, start, end, speaker = [], [], None, None, None
    def flush():
        if current:
            subs.append(srt.Subtitle(index=len(subs) + 1, start=timedelta(milliseconds=start),
                                     end=timedelta(milliseconds=end), content=" ".join(current)))
    for word in words:
        if word["punctuation"]:
            if current:
                current[-1] += word["text"]
                if word["text"] in ".?!":
                    flush()
                    current = []
            continue
        if current and word["speaker"] != speaker:
            flush()
            current = []
        if not current:
            start = word["start"]
        current.append(word["text"])
        end, speaker = word["end"], word["speaker"]
    flush()
    return subs


def job(words, method):
    subs = sentences(words)
    out, index = [], 0
    for sub in subs:
        pieces = srt_equalizer.split_subtitle(sub, target_chars=42, start_from_index=index, method=method)
        index = pieces[-1].index
        out.extend(pieces)
    srt_text = srt.compose(out)
    vtt = webvtt.WebVTT.from_buffer(io.StringIO(srt_text), format="srt")
    return srt_text, vtt.content, len(out)


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else ".build/bench-captions"
    with open(f"{directory}/transcript.json", encoding="utf-8") as handle:
        words = json.load(handle)
    print(f"input: {sum(1 for w in words if not w['punctuation'])} words from {directory}/transcript.json")
    for method in ("greedy", "halving", "punctuation"):
        times, cpu = [], []
        for _ in range(5):
            started, cpu_started = time.perf_counter(), time.process_time()
            _, _, count = job(words, method)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        print(f"srt-equalizer method={method}: {count} subtitles, SRT + WebVTT for one language: "
              f"median {statistics.median(times):.1f} ms wall (min {min(times):.1f}), "
              f"{statistics.median(cpu):.1f} ms CPU (min {min(cpu):.1f}) over {len(times)} runs")


if __name__ == "__main__":
    main()
