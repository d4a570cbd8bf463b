#!/usr/bin/env python3
"""Starts a moto server on 127.0.0.1 (a free port) that verifies every SigV4 signature.

With INITIAL_NO_AUTH_ACTION_COUNT=0 moto checks each request's signature against the secret of an IAM
access key it knows, so before serving this script creates one IAM user with an allow-all policy and
an access key. It then prints one JSON line: {"endpoint", "accessKeyId", "secretAccessKey"}, and serves
until its standard input closes (the test process ended or stopped it), then shuts down.

DynamoDB requests are served one at a time: moto's server is threaded and its conditional writes are a read then a
write, so two concurrent requests could both pass a condition (`count < :cap`) that DynamoDB evaluates atomically.
Serialising them gives DynamoDB's guarantee that a conditional write or a transaction sees no interleaved write.

Two corrections to moto's verifier (moto 5.2), so it checks what AWS checks:
- moto rebuilds the signed path from werkzeug's decoded and re-quoted URL, so any key with `+`, `=`, `&`,
  `!`, `'`, `(`, `)`, `*`, `;`, `:`, `@`, `$`, `,` or non-ASCII characters fails verification even when
  signed by boto3 itself. We verify against the request target exactly as it came over the wire.
- moto cannot verify presigned (query-signed) requests at all: it answers 500 for a missing Authorization
  header. We verify them with botocore's S3 query signer and reject expired or mismatched URLs as S3 does.
- for a request without a body, moto hashes its parsed query string as if it were a form body, so every
  GET with query parameters (Polly DescribeVoices, S3 ListObjectsV2 …) fails even from boto3. We verify
  such requests with the empty body they were sent with.
"""
import json
import os
import sys

os.environ["INITIAL_NO_AUTH_ACTION_COUNT"] = "0"  # must be set before moto reads its settings
os.environ.setdefault("MOTO_ALLOW_NONEXISTENT_REGION", "false")

import datetime  # noqa: E402
import threading  # noqa: E402
from urllib.parse import parse_qs, urlsplit  # noqa: E402

from botocore.auth import S3SigV4QueryAuth  # noqa: E402
from botocore.awsrequest import AWSRequest  # noqa: E402
from botocore.credentials import Credentials  # noqa: E402
from moto.core import DEFAULT_ACCOUNT_ID  # noqa: E402
from moto.core.authorization import ActionAuthenticatorMixin  # noqa: E402
from moto.s3.exceptions import S3AccessDeniedError, S3InvalidAccessKeyIdError, S3SignatureDoesNotMatchError  # noqa: E402
from moto.dynamodb.responses import DynamoHandler  # noqa: E402
from moto.iam.models import iam_backends  # noqa: E402
from moto.moto_server.threaded_moto_server import ThreadedMotoServer  # noqa: E402

ALLOW_ALL = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
})


KEYS = {}  # access key id -> secret, filled in main()
_original_authenticate = ActionAuthenticatorMixin._authenticate_and_authorize_action


def _wire_target(response):
    """The request target as it came over the wire (path and query, still percent-encoded)."""
    request = getattr(response, "request", None)
    environ = getattr(request, "environ", None) or {}
    target = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if target:
        return target
    raw_path = getattr(response, "raw_path", None)  # set by moto from RAW_URI for every service
    if raw_path is None:
        return None
    query = urlsplit(response.uri).query
    return raw_path + ("?" + query if query else "")


def _verify_presigned(response, target):
    query = urlsplit(target).query
    params = parse_qs(query, keep_blank_values=True)
    access_key, date, region, service, _ = params["X-Amz-Credential"][0].split("/")
    if access_key not in KEYS:
        raise S3InvalidAccessKeyIdError()
    amz_date = params["X-Amz-Date"][0]
    signed_at = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    if datetime.datetime.now(datetime.timezone.utc) > signed_at + datetime.timedelta(seconds=int(params["X-Amz-Expires"][0])):
        raise S3AccessDeniedError()
    signed_names = params["X-Amz-SignedHeaders"][0].split(";")
    headers = {name: value for name, value in response.headers.items() if name.lower() in signed_names}
    unsigned_query = "&".join(p for p in query.split("&") if not p.startswith("X-Amz-Signature="))
    request = AWSRequest(method=response.method, url=f"http://{response.headers['Host']}{urlsplit(target).path}?{unsigned_query}",
                         headers=headers)
    request.context["timestamp"] = amz_date
    signer = S3SigV4QueryAuth(Credentials(access_key, KEYS[access_key]), service, region)
    expected = signer.signature(signer.string_to_sign(request, signer.canonical_request(request)), request)
    if expected != params["X-Amz-Signature"][0]:
        raise S3SignatureDoesNotMatchError()


def _authenticate_wire_request(self, iam_request_cls, resource="*"):
    target = _wire_target(self)
    if target is None:
        return _original_authenticate(self, iam_request_cls, resource)
    if "Authorization" not in self.headers:
        if "X-Amz-Signature=" in target:
            return _verify_presigned(self, target)
        raise S3AccessDeniedError()  # anonymous or SigV2 requests: nothing we can verify as SigV4
    saved_uri, saved_data = self.uri, self.data
    self.uri = "http://wire" + target  # moto takes path and query from self.uri: give it the bytes that were signed
    if int(self.headers.get("Content-Length") or 0) == 0:
        self.data = {}  # no body was sent: do not let moto sign the parsed query string as one
    try:
        return _original_authenticate(self, iam_request_cls, resource)
    finally:
        self.uri, self.data = saved_uri, saved_data


ActionAuthenticatorMixin._authenticate_and_authorize_action = _authenticate_wire_request


_DYNAMODB_LOCK = threading.Lock()
_original_dynamodb_call_action = DynamoHandler.call_action


def _serialised_dynamodb_call_action(self):
    """One DynamoDB operation at a time, as DynamoDB's own atomic conditional writes and transactions behave."""
    with _DYNAMODB_LOCK:
        return _original_dynamodb_call_action(self)


DynamoHandler.call_action = _serialised_dynamodb_call_action


def main():
    iam = iam_backends[DEFAULT_ACCOUNT_ID]["aws"]
    iam.create_user(region_name="us-east-1", user_name="mediagen-test")
    iam.put_user_policy("mediagen-test", "allow-all", ALLOW_ALL)
    key = iam.create_access_key("mediagen-test")
    KEYS[key.access_key_id] = key.secret_access_key

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
