#!/usr/bin/env python3
"""Signs requests with botocore, for the Swift differential test of our SigV4 signer.

Reads a JSON array of cases on stdin and writes a JSON array of results on stdout. Each case:
  {"method", "url", "headers": [[name, value], ...], "body": <utf-8 text>, "s3": bool,
   "unsignedPayload": bool, "accessKeyId", "secretAccessKey", "sessionToken": str|null,
   "region", "service", "timestamp": "YYYYMMDDTHHMMSSZ", "expires": int}
Each result: {"authorization", "headers": {name: value} (the headers botocore added or set), "presignedURL"}.
Nothing is sent: botocore only builds and signs the request objects.
"""
import datetime
import json
import sys

import botocore.auth as auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials


def make_request(case):
    request = AWSRequest(method=case["method"], url=case["url"], data=case["body"].encode("utf-8"))
    for name, value in case["headers"]:
        request.headers[name] = value  # HTTPHeaders keeps repeated names in order
    if case["s3"] and case["unsignedPayload"]:
        request.context["client_config"] = Config(s3={"payload_signing_enabled": False})
    return request


def sign(case):
    moment = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ")
    auth.get_current_datetime = lambda: moment
    credentials = Credentials(case["accessKeyId"], case["secretAccessKey"], case.get("sessionToken"))

    header_request = make_request(case)
    header_signer = (auth.S3SigV4Auth if case["s3"] else auth.SigV4Auth)(
        credentials, case["service"], case["region"])
    header_signer.add_auth(header_request)
    added = {}
    for name in ("X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-SHA256", "Authorization"):
        if name in header_request.headers:
            added[name] = header_request.headers[name]

    query_request = make_request(case)
    query_request.data = b""
    query_signer = (auth.S3SigV4QueryAuth if case["s3"] else auth.SigV4QueryAuth)(
        credentials, case["service"], case["region"], expires=case["expires"])
    query_signer.add_auth(query_request)

    return {
        "authorization": header_request.headers["Authorization"],
        "headers": added,
        "presignedURL": query_request.url,
    }


def main():
    cases = json.load(sys.stdin)
    json.dump([sign(case) for case in cases], sys.stdout)


if __name__ == "__main__":
    main()
