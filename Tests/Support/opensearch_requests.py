#!/usr/bin/env python3
"""Builds OpenSearch requests with opensearch-py without sending them, for the OpenSearch conformance table.

botocore has no model of the OpenSearch data plane (index, bulk, search), so opensearch-py, the project's
official Python client, is the oracle: its API methods build method, path, query parameters and body, and
a connection class that records perform_request's arguments stands in for the network.

stdin: a JSON array of cases {"id", "api": "indices.create" | "bulk" | "search" | ..., "kwargs": {...}}.
stdout: a JSON array, one entry per case: {"id", "method", "path", "params": {name: value}, "headers": {...},
"body": "<text or null>"} or {"id", "error": "..."}.
"""
import json
import sys

from opensearchpy import Connection, OpenSearch

CAPTURED = []


class RecordingConnection(Connection):
    """Records every request and answers 200 with an empty JSON object."""

    def perform_request(self, method, url, params=None, body=None, timeout=None, ignore=(), headers=None):
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        CAPTURED.append({
            "method": method, "path": url,
            "params": {k: (v.decode("utf-8") if isinstance(v, bytes) else str(v)) for k, v in (params or {}).items()},
            "headers": {k.lower(): v for k, v in (headers or {}).items()},
            "body": body,
        })
        return 200, {}, "{}"


def build(client, case):
    target = client
    for part in case["api"].split("."):
        target = getattr(target, part)
    CAPTURED.clear()
    target(**case.get("kwargs", {}))
    if not CAPTURED:
        raise RuntimeError("no request was made")
    return CAPTURED[-1]


def main():
    cases = json.load(sys.stdin)
    client = OpenSearch(hosts=[{"host": "search.example.com", "port": 443}], use_ssl=True,
                        connection_class=RecordingConnection, max_retries=0)
    out = []
    for case in cases:
        try:
            out.append(dict(id=case["id"], **build(client, case)))
        except Exception as error:  # noqa: BLE001 — reported to the Swift side as the row's failure
            out.append({"id": case["id"], "error": f"{type(error).__name__}: {error}"})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
