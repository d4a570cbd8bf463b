"""Personalize Events on the twin through boto3: PutEvents, PutItems, PutUsers and their validation errors."""
import datetime

from botocore.exceptions import ClientError

DATASET = "arn:aws:personalize:us-east-1:123456789012:dataset/sweep/ITEMS"


def expect_invalid(call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        assert error.response["Error"]["Code"] == "InvalidInputException", error.response
        assert error.response["ResponseMetadata"]["HTTPStatusCode"] == 400
        return
    raise AssertionError("expected InvalidInputException")


def sweep(client, context):
    now = datetime.datetime.now(datetime.timezone.utc)
    answer = client.put_events(trackingId="sweep-tracker", userId="events-user", sessionId="events-session",
                               eventList=[{"eventType": "watch", "itemId": "events-item-1", "sentAt": now},
                                          {"eventType": "click", "itemId": "events-item-2", "sentAt": now, "eventValue": 2.5,
                                           "properties": '{"device": "tv"}', "impression": ["events-item-1", "events-item-2"]}])
    assert answer["ResponseMetadata"]["HTTPStatusCode"] == 200
    client.put_items(datasetArn=DATASET, items=[{"itemId": "events-item-3", "properties": '{"genre": "drama"}'}])
    client.put_users(datasetArn=DATASET.replace("ITEMS", "USERS"), users=[{"userId": "events-user", "properties": '{"plan": "premium"}'}])
    expect_invalid(client.put_events, trackingId="t", sessionId="s", eventList=[{"eventType": "watch", "sentAt": now}] * 11)
    expect_invalid(client.put_events, trackingId="t", sessionId="s", eventList=[{"eventType": "watch", "sentAt": now, "properties": "not json"}])
    expect_invalid(client.put_items, datasetArn="arn:aws:s3:::not-personalize", items=[{"itemId": "x"}])

    # The control plane signs as `personalize` too: the twin forwards it (to moto) by its X-Amz-Target.
    control = context["client"]("personalize")
    assert "schemas" in control.list_schemas()
