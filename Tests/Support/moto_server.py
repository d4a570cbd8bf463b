#!/usr/bin/env python3
"""Starts a moto server on 127.0.0.1 (a free port) that verifies every SigV4 signature.

With INITIAL_NO_AUTH_ACTION_COUNT=0 moto checks each request's signature against the secret of an IAM
access key it knows, so before serving this script creates one IAM user with an allow-all policy and
an access key. It then prints one JSON line: {"endpoint", "accessKeyId", "secretAccessKey"}, and serves
until its standard input closes (the test process ended or stopped it), then shuts down.
"""
import json
import os
import sys

os.environ["INITIAL_NO_AUTH_ACTION_COUNT"] = "0"  # must be set before moto reads its settings
os.environ.setdefault("MOTO_ALLOW_NONEXISTENT_REGION", "false")

from moto.core import DEFAULT_ACCOUNT_ID  # noqa: E402
from moto.iam.models import iam_backends  # noqa: E402
from moto.moto_server.threaded_moto_server import ThreadedMotoServer  # noqa: E402

ALLOW_ALL = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
})


def main():
    iam = iam_backends[DEFAULT_ACCOUNT_ID]["aws"]
    iam.create_user(region_name="us-east-1", user_name="mediagen-test")
    iam.put_user_policy("mediagen-test", "allow-all", ALLOW_ALL)
    key = iam.create_access_key("mediagen-test")

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    print(json.dumps({
        "endpoint": f"http://{host}:{port}",
        "accessKeyId": key.access_key_id,
        "secretAccessKey": key.secret_access_key,
    }), flush=True)
    sys.stdin.read()  # returns when the parent closes our stdin or exits
    server.stop()


if __name__ == "__main__":
    main()
