#!/usr/bin/env python3
"""The twin under a third-party client: boto3 calls every operation the local twin serves and botocore parses
each answer (any parse failure or unexpected error fails the run).

Each `<service>.py` beside this file defines `sweep(client, context)`: it calls the twin's operations for that
service with `client` (a boto3 client pointed at the twin) and returns nothing; it raises on anything wrong.
`context` is a dict: {"s3": boto3 S3 client at the same endpoint (moto behind the twin), "bucket": a bucket
that exists, "endpoint": the twin's URL}.

    run.py --endpoint http://127.0.0.1:4566 --access-key K --secret-key S [--only polly,rekognition]

Prints one line per service (`ok <service> <n> calls`) and exits 1 if any failed.
"""
import argparse
import importlib.util
import pathlib
import sys
import traceback
import uuid

import boto3
from botocore.config import Config

HERE = pathlib.Path(__file__).resolve().parent

# boto3 client names for sweep files whose name differs.
CLIENT_NAMES = {
    "bedrock": "bedrock-runtime",
    "personalize_runtime": "personalize-runtime",
    "personalize_events": "personalize-events",
    "appconfigdata": "appconfigdata",
    "opensearch": None,  # the data plane is plain HTTP + SigV4 (service "es"); its sweep signs requests itself
}


class CountingClient:
    """Counts calls so the run reports how many operations each service answered."""

    def __init__(self, client):
        self._client = client
        self.calls = 0

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if callable(attribute) and not name.startswith("_") and name not in ("get_paginator", "get_waiter", "can_paginate"):
            def counted(*args, **kwargs):
                self.calls += 1
                return attribute(*args, **kwargs)
            return counted
        return attribute


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--access-key", required=True)
    parser.add_argument("--secret-key", required=True)
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    session = boto3.session.Session(aws_access_key_id=args.access_key, aws_secret_access_key=args.secret_key, region_name=args.region)
    config = Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=60)

    def client(name):
        return session.client(name, endpoint_url=args.endpoint, config=config)

    s3 = client("s3")
    bucket = "twin-sweep-" + uuid.uuid4().hex[:8]
    s3.create_bucket(Bucket=bucket)
    context = {"s3": s3, "bucket": bucket, "endpoint": args.endpoint, "region": args.region,
               "access_key": args.access_key, "secret_key": args.secret_key, "session": session, "client": client}

    only = {name for name in args.only.split(",") if name}
    files = sorted(path for path in HERE.glob("*.py") if path.name != "run.py")
    failures = 0
    ran = 0
    for path in files:
        service = path.stem
        if only and service not in only:
            continue
        spec = importlib.util.spec_from_file_location(f"sweep_{service}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        name = CLIENT_NAMES.get(service, service.replace("_", "-"))
        counting = CountingClient(client(name)) if name else CountingClient(None)
        try:
            module.sweep(counting, context)
            print(f"ok {service} {counting.calls} calls", flush=True)
            ran += 1
        except Exception:
            failures += 1
            print(f"FAILED {service}", flush=True)
            traceback.print_exc()
    if only and ran + failures != len(only):
        print(f"FAILED: no sweep file for {sorted(only - {p.stem for p in files})}", flush=True)
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
