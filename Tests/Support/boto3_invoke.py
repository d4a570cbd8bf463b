#!/usr/bin/env python3
"""Invokes local functions with boto3's Lambda client through the emulator's Invoke API.

stdin: {"endpoint": "http://127.0.0.1:<port>", "calls": [{"id": ..., "params": {Invoke keyword arguments}}]};
a string Payload is sent as UTF-8 bytes.
stdout: a JSON array, one entry per call, either
  {"id", "status", "payload", "functionError", "executedVersion", "logResult", "requestId"} (logResult decoded
  from base64; absent fields are null) or
  {"id", "error": {"code", "message", "status", "exception"}} when botocore raised a ClientError.
"""
import base64
import json
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def main():
    request = json.load(sys.stdin)
    client = boto3.client(
        "lambda",
        endpoint_url=request["endpoint"],
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
        config=Config(retries={"max_attempts": 1}),
    )
    results = []
    for call in request["calls"]:
        params = dict(call["params"])
        if isinstance(params.get("Payload"), str):
            params["Payload"] = params["Payload"].encode()
        try:
            response = client.invoke(**params)
        except ClientError as error:
            results.append({
                "id": call["id"],
                "error": {
                    "code": error.response["Error"].get("Code"),
                    "message": error.response["Error"].get("Message"),
                    "status": error.response["ResponseMetadata"].get("HTTPStatusCode"),
                    "exception": type(error).__name__,
                },
            })
            continue
        log = response.get("LogResult")
        results.append({
            "id": call["id"],
            "status": response["StatusCode"],
            "payload": response["Payload"].read().decode(),
            "functionError": response.get("FunctionError"),
            "executedVersion": response.get("ExecutedVersion"),
            "logResult": base64.b64decode(log).decode() if log is not None else None,
            "requestId": response["ResponseMetadata"].get("RequestId"),
        })
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
