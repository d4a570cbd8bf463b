#!/usr/bin/env python3
"""botocore's SigV4 on the same request as bench/sigv4 (for comparison; run with the project venv).

    .venv/bin/python bench/botocore_sigv4_bench.py
"""
import datetime
import time

import botocore.auth as auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

BODY = (b'{"TranscriptionJobName":"job-7f3c1e2a-9d4b-4c6e-8a1f-2b3c4d5e6f70","LanguageCode":"en-US",'
        b'"MediaFormat":"mp4","Media":{"MediaFileUri":"s3://mediagen-uploads/users/42/videos/episode-01.mp4"},'
        b'"OutputBucketName":"mediagen-outputs","OutputKey":"transcripts/job-7f3c1e2a.json",'
        b'"Settings":{"ShowSpeakerLabels":true,"MaxSpeakerLabels":4},"Subtitles":{"Formats":["vtt","srt"]}}')
CREDS = Credentials("ASIAEXAMPLEEXAMPLE12", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "IQoJb3JpZ2luX2VjEJr" + "A" * 100)
auth.get_current_datetime = lambda: datetime.datetime(2026, 1, 1)


def header_sign():
    request = AWSRequest(method="POST", url="https://transcribe.us-east-1.amazonaws.com/", data=BODY, headers={
        "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "Transcribe.StartTranscriptionJob",
        "Content-Length": str(len(BODY)), "User-Agent": "mediagen/1.0"})
    auth.SigV4Auth(CREDS, "transcribe", "us-east-1").add_auth(request)


def presign():
    request = AWSRequest(method="GET", url="https://mediagen-outputs.s3.us-east-1.amazonaws.com/renders/episode-01/poster%20final.png")
    auth.S3SigV4QueryAuth(CREDS, "s3", "us-east-1", expires=3600).add_auth(request)


for name, fn in (("header sign, Transcribe StartTranscriptionJob JSON", header_sign), ("presign, S3 GET", presign)):
    for _ in range(1000):
        fn()
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < 3:
        for _ in range(1000):
            fn()
        count += 1000
    print(f"botocore {name}: {int(count / (time.perf_counter() - start))} ops/s")
