"""Rekognition on the twin through boto3: image analysis (bytes and S3, sidecar and defaults, filters, errors) and
every stored-video job kind (lifecycle, idempotency, paging, sorting, aggregation, a missing video)."""
import json
import struct
import time
import uuid
import zlib

from botocore.exceptions import ClientError

MODERATION_L1 = {"Explicit", "Non-Explicit Nudity of Intimate parts and Kissing", "Swimwear or Underwear", "Violence",
                 "Visually Disturbing", "Drugs & Tobacco", "Alcohol", "Rude Gestures", "Gambling", "Hate Symbols"}


def png(seed):
    """A real 2x2 PNG whose pixels depend on `seed`."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes((seed * 7 + i) % 256 for i in range(6)) for _ in range(2))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def expect_error(code, call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        assert error.response["Error"]["Code"] == code, error.response
        return error
    raise AssertionError(f"expected {code}")


def wait(get, job_id, **kwargs):
    for _ in range(300):
        answer = get(JobId=job_id, **kwargs)
        if answer["JobStatus"] != "IN_PROGRESS":
            return answer
        time.sleep(0.05)
    raise AssertionError("job never finished")


def sweep(client, context):
    s3, bucket = context["s3"], context["bucket"]
    image = png(1)
    s3.put_object(Bucket=bucket, Key="img/poster.png", Body=image)
    s3.put_object(Bucket=bucket, Key="img/poster.png.rekognition.json", Body=json.dumps({
        "DetectModerationLabels": {"ModerationLabels": [{"Name": "Blood & Gore", "Confidence": 91.5}, {"Name": "Alcoholic Beverages", "Confidence": 40}]},
        "DetectText": {"Lines": ["OPENING NIGHT", "Lisbon 2026"]},
        "RecognizeCelebrities": {"CelebrityFaces": [{"Name": "Ana Example", "Id": "1a2B3c", "Urls": [], "MatchConfidence": 98.0,
                                                     "Face": {"BoundingBox": {"Width": 0.2, "Height": 0.3, "Left": 0.4, "Top": 0.1}, "Confidence": 99.9},
                                                     "KnownGender": {"Type": "Female"}}]},
    }).encode())

    # DetectLabels: defaults drawn from the bytes, deterministic, filtered.
    labels = client.detect_labels(Image={"Bytes": image})
    again = client.detect_labels(Image={"S3Object": {"Bucket": bucket, "Name": "img/poster.png"}})
    assert labels["Labels"] == again["Labels"] and labels["Labels"], labels
    assert labels["LabelModelVersion"]
    for label in labels["Labels"]:
        assert 55 <= label["Confidence"] <= 100 and {"Instances", "Parents", "Aliases", "Categories"} <= set(label)
        for instance in label["Instances"]:
            box = instance["BoundingBox"]
            assert 0 <= box["Left"] <= 1 and 0 < box["Width"] <= 1
    top = client.detect_labels(Image={"Bytes": image}, MaxLabels=2, MinConfidence=80)["Labels"]
    assert len(top) <= 2 and all(label["Confidence"] >= 80 for label in top)
    assert [l["Name"] for l in top] == [l["Name"] for l in labels["Labels"] if l["Confidence"] >= 80][:2]

    # DetectModerationLabels: the sidecar's labels with their v7 ancestors; MinConfidence filters.
    moderation = client.detect_moderation_labels(Image={"S3Object": {"Bucket": bucket, "Name": "img/poster.png"}})
    assert moderation["ModerationModelVersion"] == "7.0"
    names = {(l["Name"], l["ParentName"], l["TaxonomyLevel"]) for l in moderation["ModerationLabels"]}
    assert names == {("Blood & Gore", "Graphic Violence", 3), ("Graphic Violence", "Violence", 2), ("Violence", "", 1)}, names
    low = client.detect_moderation_labels(Image={"S3Object": {"Bucket": bucket, "Name": "img/poster.png"}}, MinConfidence=30)
    assert {l["Name"] for l in low["ModerationLabels"] if l["TaxonomyLevel"] == 1} == {"Violence", "Alcohol"}
    assert all(l["Name"] in MODERATION_L1 for l in low["ModerationLabels"] if l["TaxonomyLevel"] == 1)
    assert client.detect_moderation_labels(Image={"Bytes": png(2)})["ModerationLabels"] == []

    faces = client.detect_faces(Image={"Bytes": image}, Attributes=["ALL"])["FaceDetails"]
    for face in faces:
        assert {"BoundingBox", "AgeRange", "Emotions", "Landmarks", "Pose", "Quality", "Confidence"} <= set(face)
    celebrities = client.recognize_celebrities(Image={"S3Object": {"Bucket": bucket, "Name": "img/poster.png"}})
    assert celebrities["CelebrityFaces"][0]["Name"] == "Ana Example"
    text = client.detect_text(Image={"S3Object": {"Bucket": bucket, "Name": "img/poster.png"}})["TextDetections"]
    assert [t["DetectedText"] for t in text if t["Type"] == "LINE"] == ["OPENING NIGHT", "Lisbon 2026"]
    assert all("ParentId" in t for t in text if t["Type"] == "WORD") and len(text) == 6

    expect_error("InvalidImageFormatException", client.detect_labels, Image={"Bytes": b"GIF89a not supported"})
    expect_error("InvalidS3ObjectException", client.detect_labels, Image={"S3Object": {"Bucket": bucket, "Name": "img/none.png"}})
    expect_error("InvalidParameterException", client.detect_labels, Image={"Bytes": image}, MinConfidence=101)

    # Video jobs.
    video = b"\x00\x00\x00\x18ftypmp42" + uuid.uuid4().bytes * 8
    s3.put_object(Bucket=bucket, Key="vid/clip.mp4", Body=video)
    s3.put_object(Bucket=bucket, Key="vid/clip.mp4.rekognition.json", Body=json.dumps({
        "VideoMetadata": {"DurationMillis": 30000, "FrameRate": 25},
        "GetContentModeration": {"ModerationLabels": [{"Timestamp": 12000, "ModerationLabel": {"Name": "Weapons", "Confidence": 88.0}},
                                                      {"Timestamp": 13000, "ModerationLabel": {"Name": "Weapons", "Confidence": 90.0}}]},
    }).encode())
    source = {"S3Object": {"Bucket": bucket, "Name": "vid/clip.mp4"}}

    token = "sweep-" + uuid.uuid4().hex[:8]
    segment_job = client.start_segment_detection(Video=source, SegmentTypes=["SHOT", "TECHNICAL_CUE"], ClientRequestToken=token)["JobId"]
    assert client.start_segment_detection(Video=source, SegmentTypes=["SHOT", "TECHNICAL_CUE"], ClientRequestToken=token)["JobId"] == segment_job
    expect_error("IdempotentParameterMismatchException", client.start_segment_detection, Video=source, SegmentTypes=["SHOT"], ClientRequestToken=token)
    # The job runs on the twin's wall clock: a slow machine may already see it done at the first poll.
    first = client.get_segment_detection(JobId=segment_job)
    assert first["JobStatus"] in ("IN_PROGRESS", "SUCCEEDED"), first
    segments = wait(client.get_segment_detection, segment_job)
    assert segments["JobStatus"] == "SUCCEEDED", segments
    assert segments["VideoMetadata"][0]["DurationMillis"] == 30000 and segments["AudioMetadata"]
    assert {s["Type"] for s in segments["SelectedSegmentTypes"]} == {"SHOT", "TECHNICAL_CUE"}
    cues = [s["TechnicalCueSegment"]["Type"] for s in segments["Segments"] if s["Type"] == "TECHNICAL_CUE"]
    assert {"ColorBars", "BlackFrames", "Content", "EndCredits"} <= set(cues), cues
    shots = [s for s in segments["Segments"] if s["Type"] == "SHOT"]
    assert [s["ShotSegment"]["Index"] for s in shots] == list(range(len(shots))) and len(shots) >= 4
    assert all(s["StartTimecodeSMPTE"].count(":") == 3 for s in shots)

    label_job = client.start_label_detection(Video=source, MinConfidence=60)["JobId"]
    wait(client.get_label_detection, label_job)
    page = client.get_label_detection(JobId=label_job, MaxResults=10)
    collected = page["Labels"]
    while "NextToken" in page:
        page = client.get_label_detection(JobId=label_job, MaxResults=10, NextToken=page["NextToken"])
        assert len(page["Labels"]) <= 10
        collected += page["Labels"]
    everything = client.get_label_detection(JobId=label_job)
    assert collected == everything["Labels"] and len(collected) > 10
    assert [d["Timestamp"] for d in collected] == sorted(d["Timestamp"] for d in collected)
    by_name = client.get_label_detection(JobId=label_job, SortBy="NAME")["Labels"]
    assert [d["Label"]["Name"] for d in by_name] == sorted(d["Label"]["Name"] for d in by_name)
    segmented = client.get_label_detection(JobId=label_job, AggregateBy="SEGMENTS")["Labels"]
    assert segmented and all("DurationMillis" in d for d in segmented) and len(segmented) < len(collected)
    expect_error("InvalidPaginationTokenException", client.get_label_detection, JobId=label_job, NextToken="bm90LWEtdG9rZW4=")

    moderation_job = client.start_content_moderation(Video=source)["JobId"]
    moderated = wait(client.get_content_moderation, moderation_job)
    assert moderated["ModerationModelVersion"] == "7.0"
    found = {(d["Timestamp"], d["ModerationLabel"]["Name"], d["ModerationLabel"]["TaxonomyLevel"]) for d in moderated["ModerationLabels"]}
    assert found == {(12000, "Weapons", 2), (12000, "Violence", 1), (13000, "Weapons", 2), (13000, "Violence", 1)}, found

    face_job = client.start_face_detection(Video=source, FaceAttributes="ALL")["JobId"]
    assert wait(client.get_face_detection, face_job)["JobStatus"] == "SUCCEEDED"
    celebrity_job = client.start_celebrity_recognition(Video=source)["JobId"]
    assert wait(client.get_celebrity_recognition, celebrity_job, SortBy="ID")["Celebrities"] == []

    missing = client.start_label_detection(Video={"S3Object": {"Bucket": bucket, "Name": "vid/none.mp4"}})["JobId"]
    failed = wait(client.get_label_detection, missing)
    assert failed["JobStatus"] == "FAILED" and "Unable to get object metadata from S3" in failed["StatusMessage"], failed
    expect_error("ResourceNotFoundException", client.get_segment_detection, JobId="0" * 64)
    expect_error("InvalidParameterException", client.start_segment_detection, Video=source, SegmentTypes=["SCENE"])
