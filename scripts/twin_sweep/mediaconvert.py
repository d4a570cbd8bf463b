"""MediaConvert through boto3: DescribeEndpoints, CreateJob (idempotent by ClientRequestToken), GetJob until COMPLETE,
ListJobs with filters, CancelJob, and the BadRequestException / NotFoundException answers; outputs checked in S3."""
import os
import shutil
import struct
import subprocess
import tempfile
import time
import uuid
from datetime import datetime

from botocore.exceptions import ClientError


def movie(seconds):
    """A minimal MP4 header (ftyp + moov/mvhd) whose movie header says `seconds` long."""
    def box(kind, body):
        return struct.pack(">I", 8 + len(body)) + kind + body
    mvhd = bytes(4) + bytes(8) + struct.pack(">II", 1000, int(seconds * 1000)) + bytes(80)
    return box(b"ftyp", b"isom\x00\x00\x02\x00") + box(b"moov", box(b"mvhd", mvhd))


def real_movie(seconds):
    """A small real H.264/AAC MP4 made by an ffmpeg (MEDIAGEN_FFMPEG, PATH, or imageio-ffmpeg's binary), or None.
    The twin finds ffmpeg the same way and then really transcodes, so it needs real media."""
    exe = os.environ.get("MEDIAGEN_FFMPEG") or shutil.which("ffmpeg")
    if not exe:
        try:
            import imageio_ffmpeg
            exe = imageio_ffmpeg.get_ffmpeg_exe()
        except Exception:
            return None
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "clip.mp4")
        subprocess.run([exe, "-hide_banner", "-loglevel", "error", "-nostdin", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25",
                        "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", str(seconds),
                        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", path], check=True)
        with open(path, "rb") as handle:
            return handle.read()


def job_settings(bucket, codec="H_264"):
    video = {"Width": 1280, "Height": 720, "CodecSettings": {"Codec": codec, "H264Settings": {"RateControlMode": "QVBR", "MaxBitrate": 3000000}}}
    audio = [{"AudioSourceName": "Audio Selector 1", "CodecSettings": {"Codec": "AAC", "AacSettings": {"Bitrate": 96000, "CodingMode": "CODING_MODE_2_0", "SampleRate": 48000}}}]
    return {
        "Inputs": [{"FileInput": f"s3://{bucket}/in/clip.mp4", "TimecodeSource": "ZEROBASED",
                    "AudioSelectors": {"Audio Selector 1": {"DefaultSelection": "DEFAULT"}},
                    "InputClippings": [{"StartTimecode": "00:00:01:00", "EndTimecode": "00:00:05:00"}]}],
        "OutputGroups": [
            {"Name": "File Group", "OutputGroupSettings": {"Type": "FILE_GROUP_SETTINGS", "FileGroupSettings": {"Destination": f"s3://{bucket}/out/"}},
             "Outputs": [{"NameModifier": "_720p", "ContainerSettings": {"Container": "MP4"}, "VideoDescription": video, "AudioDescriptions": audio}]},
            {"Name": "HLS", "OutputGroupSettings": {"Type": "HLS_GROUP_SETTINGS", "HlsGroupSettings": {"Destination": f"s3://{bucket}/hls/clip", "SegmentLength": 2, "MinSegmentLength": 0}},
             "Outputs": [{"NameModifier": "_720p", "ContainerSettings": {"Container": "M3U8"}, "VideoDescription": video, "AudioDescriptions": audio}]},
        ],
    }


def expect_error(code, call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        assert error.response["Error"]["Code"] == code, error.response
        return error.response["Error"]["Message"]
    raise AssertionError(f"expected {code}")


def sweep(client, context):
    s3, bucket = context["s3"], context["bucket"]
    s3.put_object(Bucket=bucket, Key="in/clip.mp4", Body=real_movie(10) or movie(10))
    role = "arn:aws:iam::123456789012:role/MediaConvertRole"

    endpoints = client.describe_endpoints(MaxResults=1)["Endpoints"]
    assert endpoints[0]["Url"] == context["endpoint"], endpoints

    token = uuid.uuid4().hex
    job = client.create_job(Role=role, Settings=job_settings(bucket), UserMetadata={"useCase": "Sweep"}, ClientRequestToken=token)["Job"]
    assert job["Status"] == "SUBMITTED" and isinstance(job["CreatedAt"], datetime), job
    assert job["Arn"].endswith(":jobs/" + job["Id"]) and job["Queue"].endswith(":queues/Default"), job
    assert job["UserMetadata"]["useCase"] == "Sweep"
    assert job["Settings"]["OutputGroups"][0]["Outputs"][0]["VideoDescription"]["CodecSettings"]["H264Settings"]["MaxBitrate"] == 3000000
    again = client.create_job(Role=role, Settings=job_settings(bucket), ClientRequestToken=token)["Job"]
    assert again["Id"] == job["Id"], (again["Id"], job["Id"])

    deadline = time.time() + 30
    while True:
        current = client.get_job(Id=job["Id"])["Job"]
        if current["Status"] in ("COMPLETE", "ERROR", "CANCELED") or time.time() > deadline:
            break
        time.sleep(0.05)
    assert current["Status"] == "COMPLETE", current
    # botocore passes over the event-only members (OutputFilePaths, PlaylistFilePaths) the twin adds.
    details = current["OutputGroupDetails"][0]["OutputDetails"][0]
    assert details == {"DurationInMs": 4000, "VideoDetails": {"WidthInPx": 1280, "HeightInPx": 720}}, details
    timing = current["Timing"]
    assert timing["SubmitTime"] <= timing["StartTime"] <= timing["FinishTime"], timing

    master = s3.get_object(Bucket=bucket, Key="hls/clip.m3u8")["Body"].read().decode()
    assert "clip_720p.m3u8" in master, master
    playlist = s3.get_object(Bucket=bucket, Key="hls/clip_720p.m3u8")["Body"].read().decode()
    assert "clip_720p_00001.ts" in playlist and "clip_720p_00002.ts" in playlist and "#EXT-X-ENDLIST" in playlist, playlist
    s3.head_object(Bucket=bucket, Key="hls/clip_720p_00002.ts")
    s3.head_object(Bucket=bucket, Key="out/clip_720p.mp4")

    listed = client.list_jobs(Status="COMPLETE", Order="ASCENDING", MaxResults=20, Queue="Default")["Jobs"]
    assert job["Id"] in [j["Id"] for j in listed], listed

    other = client.create_job(Role=role, Settings=job_settings(bucket), ClientRequestToken=uuid.uuid4().hex)["Job"]
    client.cancel_job(Id=other["Id"])
    assert client.get_job(Id=other["Id"])["Job"]["Status"] == "CANCELED"
    assert "CANCELED" in [j["Status"] for j in client.list_jobs(MaxResults=20)["Jobs"]]

    expect_error("NotFoundException", client.get_job, Id="1767000000000-nosuch")
    expect_error("BadRequestException", client.cancel_job, Id=job["Id"])
    message = expect_error("BadRequestException", client.create_job, Role=role, Settings={**job_settings(bucket), "Inputs": []})
    assert message.startswith("/settings/inputs"), message
    message = expect_error("BadRequestException", client.create_job, Role=role, Settings=job_settings(bucket, codec="H_266"))
    assert "videoDescription/codecSettings/codec" in message, message
