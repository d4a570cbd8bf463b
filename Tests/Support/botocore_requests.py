#!/usr/bin/env python3
"""Builds AWS requests with botocore without sending them, for the client conformance table.

stdin: a JSON array of cases {"id", "service", "operation", "params", "region"?}. In params, bytes are
written {"__bytes__": "<base64>"} and timestamps {"__datetime__": "2026-01-01T00:00:00Z"}.
stdout: a JSON array, one entry per case: {"id", "method", "url", "headers": {name: value}, "body": "<base64>"}
or {"id", "error": "..."} when botocore refused the input. A before-send hook captures the request and
answers it locally, so nothing leaves the machine.
"""
import base64
import datetime
import json
import sys

import botocore.session
from botocore.awsrequest import AWSResponse
from botocore.config import Config


class _Body:
    def __init__(self, data):
        self._data = data

    def stream(self, **kwargs):
        yield self._data

    def read(self, *args):
        return self._data


def decode(value):
    if isinstance(value, dict):
        if set(value) == {"__bytes__"}:
            return base64.b64decode(value["__bytes__"])
        if set(value) == {"__datetime__"}:
            return datetime.datetime.strptime(value["__datetime__"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def body_bytes(body):
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if hasattr(body, "read"):
        position = body.tell() if hasattr(body, "tell") else None
        data = body.read()
        if position is not None:
            body.seek(position)
        return data if isinstance(data, bytes) else data.encode("utf-8")
    return bytes(body)


SESSION = botocore.session.get_session()
CONFIG = Config(
    retries={"max_attempts": 1, "mode": "standard"},
    request_checksum_calculation="when_required",
    response_checksum_validation="when_required",
)


def build(case):
    client = SESSION.create_client(
        case["service"], region_name=case.get("region", "us-east-1"),
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="SECRET", config=CONFIG)
    captured = {}

    def before_send(request, **kwargs):
        captured.update(
            method=request.method, url=request.url,
            headers={k: (v.decode() if isinstance(v, bytes) else v) for k, v in request.headers.items()},
            body=base64.b64encode(body_bytes(request.body)).decode())
        return AWSResponse(request.url, 200, {}, _Body(b"{}"))

    client.meta.events.register("before-send", before_send)
    operation = client.meta.method_to_api_mapping
    method = {v: k for k, v in operation.items()}[case["operation"]]
    try:
        getattr(client, method)(**decode(case.get("params", {})))
    except Exception as error:  # parsing the local answer may fail; the request is what we want
        if not captured:
            return {"id": case["id"], "error": f"{type(error).__name__}: {error}"}
    return {"id": case["id"], **captured}


def main():
    cases = json.load(sys.stdin)
    json.dump([build(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
