"""boto3 sweep of the twin's Bedrock Runtime: InvokeModel for text (Claude, Llama, Titan Text), embeddings (Titan
text and multimodal), images (Titan Image Generator v2, Nova Canvas), Converse, and Nova Reel asynchronous video
(StartAsyncInvoke, GetAsyncInvoke, ListAsyncInvokes) written to S3. Images are decoded with Pillow and the MP4 is
decoded with FFmpeg through PyAV — independent decoders."""
import base64
import io
import json
import time

import av
from PIL import Image


def invoke(client, model, body):
    answer = client.invoke_model(modelId=model, body=json.dumps(body), contentType="application/json", accept="application/json")
    assert answer["contentType"] == "application/json", answer["contentType"]
    return json.loads(answer["body"].read())


def expect_validation(call, **kwargs):
    try:
        call(**kwargs)
    except Exception as error:  # botocore ClientError
        assert error.response["Error"]["Code"] == "ValidationException", error.response["Error"]
        return error.response["Error"]["Message"]
    raise AssertionError("expected ValidationException")


def sweep(client, context):
    claude = invoke(client, "anthropic.claude-3-5-sonnet-20240620-v1:0",
                    {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 40, "messages": [{"role": "user", "content": "Write a logline"}]})
    assert claude["type"] == "message" and claude["content"][0]["text"] and claude["usage"]["output_tokens"] <= 40
    llama = invoke(client, "meta.llama3-8b-instruct-v1:0", {"prompt": "Describe a trailer", "max_gen_len": 30})
    assert llama["generation"] and llama["generation_token_count"] <= 30
    titan = invoke(client, "amazon.titan-text-express-v1", {"inputText": "Summarise the plot", "textGenerationConfig": {"maxTokenCount": 25}})
    assert titan["results"][0]["outputText"] and titan["results"][0]["tokenCount"] <= 25
    embedding = invoke(client, "amazon.titan-embed-text-v2:0", {"inputText": "a red car", "dimensions": 256})
    assert len(embedding["embedding"]) == 256 and abs(sum(v * v for v in embedding["embedding"]) - 1) < 1e-6
    multimodal = invoke(client, "amazon.titan-embed-image-v1", {"inputText": "a red car", "embeddingConfig": {"outputEmbeddingLength": 384}})
    assert len(multimodal["embedding"]) == 384
    conversed = client.converse(modelId="amazon.nova-lite-v1:0", messages=[{"role": "user", "content": [{"text": "Name a film"}]}],
                                inferenceConfig={"maxTokens": 20})
    assert conversed["output"]["message"]["content"][0]["text"] and conversed["stopReason"] in ("end_turn", "max_tokens")
    assert conversed["usage"]["outputTokens"] <= 20

    sunset = {"taskType": "TEXT_IMAGE", "textToImageParams": {"text": "a red sunset over the ocean"},
              "imageGenerationConfig": {"numberOfImages": 2, "width": 768, "height": 1152, "seed": 7}}
    images = invoke(client, "amazon.titan-image-generator-v2:0", sunset)["images"]
    assert len(images) == 2 and images[0] != images[1]
    assert invoke(client, "amazon.titan-image-generator-v2:0", sunset)["images"] == images, "same prompt and seed, same images"
    picture = Image.open(io.BytesIO(base64.b64decode(images[0])))
    picture.load()
    assert picture.format == "PNG" and picture.size == (768, 1152) and picture.mode == "RGB"
    red, green, blue = picture.getpixel((5, 5))
    assert red > blue, (red, green, blue)  # a sunset sky is warm
    guided = invoke(client, "amazon.nova-canvas-v1:0", {"taskType": "COLOR_GUIDED_GENERATION",
                                                        "colorGuidedGenerationParams": {"text": "a poster", "colors": ["#00ff00", "#003300"]},
                                                        "imageGenerationConfig": {"width": 320, "height": 640}})
    poster = Image.open(io.BytesIO(base64.b64decode(guided["images"][0])))
    assert poster.size == (320, 640) and poster.getpixel((2, 2)) == (0, 255, 0)
    expect_validation(client.invoke_model, modelId="amazon.titan-image-generator-v2:0",
                      body=json.dumps({"taskType": "TEXT_IMAGE", "textToImageParams": {"text": "x"}, "imageGenerationConfig": {"width": 1000, "height": 1000}}))

    s3, bucket = context["s3"], context["bucket"]
    reel = {"taskType": "TEXT_VIDEO", "textToVideoParams": {"text": "waves on a beach at dawn"},
            "videoGenerationConfig": {"durationSeconds": 6, "fps": 24, "dimension": "1280x720", "seed": 3}}
    arn = client.start_async_invoke(modelId="amazon.nova-reel-v1:1", modelInput=reel,
                                    outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{bucket}/videos"}})["invocationArn"]
    invocation_id = arn.rsplit("/", 1)[1]
    status = None
    for _ in range(300):
        job = client.get_async_invoke(invocationArn=arn)
        status = job["status"]
        if status != "InProgress":
            break
        time.sleep(0.05)
    assert status == "Completed", job
    assert job["outputDataConfig"]["s3OutputDataConfig"]["s3Uri"] == f"s3://{bucket}/videos/{invocation_id}"
    assert job["modelArn"].endswith("foundation-model/amazon.nova-reel-v1:1") and job["endTime"] >= job["submitTime"]
    video = s3.get_object(Bucket=bucket, Key=f"videos/{invocation_id}/output.mp4")["Body"].read()
    container = av.open(io.BytesIO(video))
    stream = container.streams.video[0]
    frames = sum(1 for _ in container.decode(stream))
    assert stream.codec_context.name == "h264" and (stream.codec_context.width, stream.codec_context.height) == (1280, 720)
    assert float(stream.duration * stream.time_base) == 6.0 and frames == 144, (stream.duration, frames)
    manifest = json.loads(s3.get_object(Bucket=bucket, Key=f"videos/{invocation_id}/manifest.json")["Body"].read())
    assert manifest["invocationArn"] == arn
    listed = client.list_async_invokes(statusEquals="Completed")["asyncInvokeSummaries"]
    assert arn in {summary["invocationArn"] for summary in listed}
    bad = dict(reel, videoGenerationConfig=dict(reel["videoGenerationConfig"], durationSeconds=7))
    message = expect_validation(client.start_async_invoke, modelId="amazon.nova-reel-v1:0", modelInput=bad,
                                outputDataConfig={"s3OutputDataConfig": {"s3Uri": f"s3://{bucket}/videos"}})
    assert "durationSeconds" in message, message
