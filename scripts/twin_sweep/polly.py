"""boto3 sweep of the twin's Polly: SynthesizeSpeech (mp3, ogg_vorbis, pcm, speech marks), DescribeVoices, the
synthesis-task lifecycle to S3, and Polly's errors. Audio files are read back with mutagen, an independent parser."""
import io
import json
import time

import mutagen.mp3
import mutagen.oggopus
import mutagen.oggvorbis

TEXT = "Welcome to the festival. Tonight we open with a film about the sea, and the director is here!"


def expect_error(client, code, **kwargs):
    try:
        client.synthesize_speech(**kwargs)
    except client._client.exceptions.ClientError as error:
        assert error.response["Error"]["Code"] == code, (code, error.response["Error"])
        return error
    raise AssertionError(f"expected {code}")


def marks(client, text, types, **kwargs):
    answer = client.synthesize_speech(Text=text, VoiceId=kwargs.pop("VoiceId", "Joanna"), OutputFormat="json", SpeechMarkTypes=types, **kwargs)
    assert answer["ContentType"] == "application/x-json-stream", answer["ContentType"]
    return [json.loads(line) for line in answer["AudioStream"].read().decode().splitlines() if line.strip()]


def sweep(client, context):
    voices = client.describe_voices()["Voices"]
    ids = {voice["Id"] for voice in voices}
    for voice in ["Joanna", "Matthew", "Lucia", "Sergio", "Lea", "Remi", "Vicki", "Daniel", "Bianca", "Adriano", "Camila", "Thiago",
                  "Takumi", "Kazuha", "Seoyeon", "Zhiyu", "Kajal", "Hala", "Zayd"]:
        assert voice in ids, voice
    for language in ["en-US", "en-GB", "es-ES", "es-US", "fr-FR", "de-DE", "it-IT", "pt-BR", "ja-JP", "ko-KR", "cmn-CN", "hi-IN", "ar-AE"]:
        assert any(v["LanguageCode"] == language for v in voices), language
    neural_us = client.describe_voices(Engine="neural", LanguageCode="en-US")["Voices"]
    assert neural_us and all(v["LanguageCode"] == "en-US" and "neural" in v["SupportedEngines"] for v in neural_us)
    hindi = {v["Id"] for v in client.describe_voices(LanguageCode="hi-IN", IncludeAdditionalLanguageCodes=True)["Voices"]}
    assert "Kajal" in hindi and "Aditi" in hindi, hindi

    mp3 = client.synthesize_speech(Text=TEXT, VoiceId="Joanna", OutputFormat="mp3")
    assert mp3["ContentType"] == "audio/mpeg"
    assert mp3["RequestCharacters"] == len(TEXT)
    audio = mp3["AudioStream"].read()
    info = mutagen.mp3.MP3(io.BytesIO(audio)).info
    assert info.sample_rate == 22050 and info.channels == 1, (info.sample_rate, info.channels)
    words = marks(client, TEXT, ["word", "sentence"])
    assert [m["value"] for m in words if m["type"] == "sentence"] == ["Welcome to the festival.", "Tonight we open with a film about the sea, and the director is here!"]
    word_marks = [m for m in words if m["type"] == "word"]
    assert len(word_marks) == 18 and word_marks[0]["value"] == "Welcome"
    assert all(TEXT.encode()[m["start"]:m["end"]].decode() == m["value"] for m in word_marks)
    assert word_marks[-1]["time"] / 1000 < info.length < word_marks[-1]["time"] / 1000 + 1.5, (word_marks[-1], info.length)

    ogg = client.synthesize_speech(Text=TEXT, VoiceId="Joanna", Engine="neural", OutputFormat="ogg_vorbis")
    assert ogg["ContentType"] == "audio/ogg"
    vorbis = mutagen.oggvorbis.OggVorbis(io.BytesIO(ogg["AudioStream"].read())).info
    assert vorbis.sample_rate == 24000 and vorbis.channels == 1
    assert abs(vorbis.length - info.length) < 0.1, (vorbis.length, info.length)

    opus = client.synthesize_speech(Text=TEXT, VoiceId="Joanna", OutputFormat="ogg_opus")
    assert opus["ContentType"] == "audio/ogg"
    assert abs(mutagen.oggopus.OggOpus(io.BytesIO(opus["AudioStream"].read())).info.length - info.length) < 0.1
    mulaw = client.synthesize_speech(Text=TEXT, VoiceId="Joanna", OutputFormat="mulaw")
    assert mulaw["ContentType"] == "audio/mulaw" and abs(len(mulaw["AudioStream"].read()) / 8000 - info.length) < 0.1

    pcm = client.synthesize_speech(Text=TEXT, VoiceId="Joanna", OutputFormat="pcm", SampleRate="8000")
    assert pcm["ContentType"] == "audio/pcm"
    assert abs(len(pcm["AudioStream"].read()) / 2 / 8000 - info.length) < 0.2

    slow = "<speak>Welcome to the festival.</speak>"
    fast = '<speak><prosody rate="150%">Welcome to the festival.</prosody><break time="2s"/><mark name="after"/></speak>'
    slow_words = [m for m in marks(client, slow, ["word"], TextType="ssml")]
    fast_marks = marks(client, fast, ["word", "ssml"], TextType="ssml")
    fast_words = [m for m in fast_marks if m["type"] == "word"]
    assert fast_words[-1]["time"] < slow_words[-1]["time"]
    after = [m for m in fast_marks if m["type"] == "ssml"][0]
    assert after["value"] == "after" and after["time"] - fast_words[-1]["time"] >= 2000
    assert fast.encode()[after["start"]:after["end"]] == b'<mark name="after"/>'

    expect_error(client, "InvalidSsmlException", Text="<speak><prosody>unclosed</speak>", TextType="ssml", VoiceId="Joanna", OutputFormat="mp3")
    expect_error(client, "TextLengthExceededException", Text="a" * 3001, VoiceId="Joanna", OutputFormat="mp3")
    expect_error(client, "EngineNotSupportedException", Text="hi", VoiceId="Kazuha", Engine="standard", OutputFormat="mp3")
    expect_error(client, "ValidationException", Text="hi", VoiceId="Nobody", OutputFormat="mp3")
    expect_error(client, "InvalidSampleRateException", Text="hi", VoiceId="Joanna", OutputFormat="pcm", SampleRate="22050")
    expect_error(client, "MarksNotSupportedForFormatException", Text="hi", VoiceId="Joanna", OutputFormat="mp3", SpeechMarkTypes=["word"])

    s3, bucket = context["s3"], context["bucket"]
    task = client.start_speech_synthesis_task(Text=TEXT, VoiceId="Lucia", OutputFormat="mp3", OutputS3BucketName=bucket, OutputS3KeyPrefix="dub/")["SynthesisTask"]
    assert task["TaskStatus"] == "scheduled", task
    task_id = task["TaskId"]
    seen = []
    for _ in range(300):
        task = client.get_speech_synthesis_task(TaskId=task_id)["SynthesisTask"]
        if not seen or seen[-1] != task["TaskStatus"]:
            seen.append(task["TaskStatus"])
        if task["TaskStatus"] in ("completed", "failed"):
            break
        time.sleep(0.05)
    assert seen[-1] == "completed", (seen, task)
    assert task["OutputUri"].endswith(f"/{bucket}/dub/{task_id}.mp3"), task["OutputUri"]
    body = s3.get_object(Bucket=bucket, Key=f"dub/{task_id}.mp3")["Body"].read()
    assert mutagen.mp3.MP3(io.BytesIO(body)).info.length > 3
    listed = client.list_speech_synthesis_tasks(Status="completed")["SynthesisTasks"]
    assert task_id in {t["TaskId"] for t in listed}
    paged = [t["TaskId"] for page in client.get_paginator("list_speech_synthesis_tasks").paginate(PaginationConfig={"PageSize": 1}) for t in page["SynthesisTasks"]]
    assert task_id in paged
    try:
        client.get_speech_synthesis_task(TaskId="0000-missing")
        raise AssertionError("expected SynthesisTaskNotFoundException")
    except client._client.exceptions.SynthesisTaskNotFoundException:
        pass
