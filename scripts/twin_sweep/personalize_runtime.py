"""Personalize Runtime on the twin through boto3: GetRecommendations (user and related items) and
GetPersonalizedRanking answered from events recorded through Personalize Events."""
import datetime
import uuid

from botocore.exceptions import ClientError

CAMPAIGN = "arn:aws:personalize:us-east-1:123456789012:campaign/sweep"


def sweep(client, context):
    events = context["client"]("personalize-events")
    tag = uuid.uuid4().hex[:6]
    now = datetime.datetime.now(datetime.timezone.utc)
    old = now - datetime.timedelta(days=60)
    def item(name):
        return f"{tag}-{name}"
    # Three viewers watch a, b and c together; the hit is watched by many, long ago; fresh is watched today.
    for viewer in range(3):
        events.put_events(trackingId="t", userId=f"{tag}-viewer{viewer}", sessionId=f"{tag}-s{viewer}",
                          eventList=[{"eventType": "watch", "itemId": item(name), "sentAt": now} for name in ("a", "b", "c")])
    for fan in range(6):
        events.put_events(trackingId="t", userId=f"{tag}-fan{fan}", sessionId=f"{tag}-f{fan}",
                          eventList=[{"eventType": "watch", "itemId": item("old-hit"), "sentAt": old}])
    events.put_events(trackingId="t", userId=f"{tag}-me", sessionId=f"{tag}-me",
                      eventList=[{"eventType": "watch", "itemId": item("a"), "sentAt": now}])

    mine = client.get_recommendations(campaignArn=CAMPAIGN, userId=f"{tag}-me", numResults=50)
    ids = [entry["itemId"] for entry in mine["itemList"]]
    assert item("a") not in ids, ids
    assert ids.index(item("b")) < ids.index(item("old-hit")), ids
    assert all(0 <= entry["score"] <= 1 for entry in mine["itemList"]) and mine["recommendationId"].startswith("RID-")
    assert client.get_recommendations(campaignArn=CAMPAIGN, userId=f"{tag}-me", numResults=50)["itemList"] == mine["itemList"]
    assert len(client.get_recommendations(campaignArn=CAMPAIGN, userId=f"{tag}-me", numResults=2)["itemList"]) == 2

    related = [e["itemId"] for e in client.get_recommendations(campaignArn=CAMPAIGN, itemId=item("b"), numResults=3)["itemList"]]
    assert set(related[:2]) == {item("a"), item("c")}, related

    ranking = client.get_personalized_ranking(campaignArn=CAMPAIGN, userId=f"{tag}-me",
                                              inputList=[item("old-hit"), item("zzz-unknown"), item("c")])
    order = [e["itemId"] for e in ranking["personalizedRanking"]]
    assert order == [item("c"), item("old-hit"), item("zzz-unknown")], order

    for kwargs in ({"campaignArn": CAMPAIGN, "recommenderArn": CAMPAIGN, "userId": "u"},
                   {"campaignArn": CAMPAIGN, "userId": "u", "numResults": 501},
                   {"campaignArn": "not-an-arn", "userId": "u"}):
        try:
            client.get_recommendations(**kwargs)
            raise AssertionError(f"expected InvalidInputException for {kwargs}")
        except ClientError as error:
            assert error.response["Error"]["Code"] == "InvalidInputException", error.response
