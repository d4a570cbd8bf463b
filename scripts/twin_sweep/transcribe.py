"""Transcribe through boto3: a job from media with a sidecar transcript goes to COMPLETED and writes a transcript in
Transcribe's JSON format plus subtitles; Get/List/Delete, a duplicate name (ConflictException), a bad request
(BadRequestException), and a job whose media is missing ends FAILED with a reason."""
import json
import time
import urllib.parse


def wait(client, name):
    for _ in range(300):
        job = client.get_transcription_job(TranscriptionJobName=name)["TranscriptionJob"]
        if job["TranscriptionJobStatus"] in ("COMPLETED", "FAILED"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"{name} never finished")


def sweep(client, context):
    s3, bucket = context["s3"], context["bucket"]
    s3.put_object(Bucket=bucket, Key="media/talk.mp4", Body=b"\0" * 64)
    s3.put_object(Bucket=bucket, Key="media/talk.mp4.transcript.txt", Body=b"[Ana] Good evening and welcome. [Ben] Thanks, Ana, it is great to be here.")
    started = client.start_transcription_job(
        TranscriptionJobName="sweep-job", Media={"MediaFileUri": f"s3://{bucket}/media/talk.mp4"}, LanguageCode="en-US",
        Settings={"ShowSpeakerLabels": True, "MaxSpeakerLabels": 2}, Subtitles={"Formats": ["srt", "vtt"]},
        OutputBucketName=bucket, OutputKey="transcripts/")
    assert started["TranscriptionJob"]["TranscriptionJobStatus"] in ("QUEUED", "IN_PROGRESS")
    job = wait(client, "sweep-job")
    assert job["TranscriptionJobStatus"] == "COMPLETED", job
    assert hasattr(job["CreationTime"], "year") and hasattr(job["CompletionTime"], "year")
    key = urllib.parse.urlparse(job["Transcript"]["TranscriptFileUri"]).path.split("/", 2)[2]
    document = json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
    assert document["results"]["transcripts"][0]["transcript"].startswith("Good evening")
    assert document["results"]["speaker_labels"]["speakers"] == 2
    assert len(job["Subtitles"]["SubtitleFileUris"]) == 2

    listed = client.list_transcription_jobs(Status="COMPLETED")
    assert "sweep-job" in [summary["TranscriptionJobName"] for summary in listed["TranscriptionJobSummaries"]]
    try:
        client.start_transcription_job(TranscriptionJobName="sweep-job", Media={"MediaFileUri": f"s3://{bucket}/media/talk.mp4"}, LanguageCode="en-US")
        raise AssertionError("a duplicate job name was accepted")
    except client.exceptions.ConflictException:
        pass
    try:
        client.start_transcription_job(TranscriptionJobName="sweep-bad", Media={"MediaFileUri": f"s3://{bucket}/media/talk.mp4"})
        raise AssertionError("a job without a language was accepted")
    except client.exceptions.BadRequestException:
        pass

    client.start_transcription_job(TranscriptionJobName="sweep-missing", Media={"MediaFileUri": f"s3://{bucket}/media/absent.mp4"}, IdentifyLanguage=True)
    failed = wait(client, "sweep-missing")
    assert failed["TranscriptionJobStatus"] == "FAILED" and failed["FailureReason"], failed
    client.delete_transcription_job(TranscriptionJobName="sweep-missing")
    try:
        client.get_transcription_job(TranscriptionJobName="sweep-missing")
        raise AssertionError("a deleted job was still found")
    except client.exceptions.BadRequestException:
        pass  # Transcribe answers BadRequestException ("The requested job couldn't be found")
