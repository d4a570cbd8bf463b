"""MediaTailor through boto3: Put/Get/List/DeletePlaybackConfiguration with the real shapes, NotFoundException for a
configuration that is gone, BadRequestException for a bad member."""
from botocore.exceptions import ClientError


def sweep(client, context):
    put = client.put_playback_configuration(
        Name="sweep-live", AdDecisionServerUrl="https://ads.example.com/vast?d=[session.avail_duration_secs]",
        VideoContentSourceUrl="https://origin.example.com/live", Tags={"useCase": "AdInsertion"},
        DashConfiguration={"OriginManifestType": "SINGLE_PERIOD"}, PersonalizationThresholdSeconds=2)
    assert put["Name"] == "sweep-live"
    assert put["PlaybackConfigurationArn"].endswith(":playbackConfiguration/sweep-live"), put
    assert put["HlsConfiguration"]["ManifestEndpointPrefix"].endswith("/sweep-live/"), put
    assert "/v1/session/" in put["SessionInitializationEndpointPrefix"], put
    assert put["DashConfiguration"]["OriginManifestType"] == "SINGLE_PERIOD" and put["DashConfiguration"]["MpdLocation"] == "EMT_DEFAULT"
    assert put["Tags"] == {"useCase": "AdInsertion"}, put
    assert put["InsertionMode"] == "STITCHED_ONLY" and put["LogConfiguration"]["PercentEnabled"] == 0

    got = client.get_playback_configuration(Name="sweep-live")
    assert got["VideoContentSourceUrl"] == "https://origin.example.com/live" and got["PersonalizationThresholdSeconds"] == 2, got

    client.put_playback_configuration(Name="sweep-vod", VideoContentSourceUrl="https://origin.example.com/vod")
    names = [item["Name"] for item in client.list_playback_configurations(MaxResults=100)["Items"]]
    assert "sweep-live" in names and "sweep-vod" in names, names
    first = client.list_playback_configurations(MaxResults=1)
    assert len(first["Items"]) == 1 and first["NextToken"], first

    client.delete_playback_configuration(Name="sweep-vod")
    try:
        client.get_playback_configuration(Name="sweep-vod")
        raise AssertionError("expected NotFoundException")
    except ClientError as error:
        assert error.response["Error"]["Code"] == "NotFoundException", error.response
    try:
        client.put_playback_configuration(Name="sweep-bad", InsertionMode="SOMETIMES")
        raise AssertionError("expected BadRequestException")
    except ClientError as error:
        assert error.response["Error"]["Code"] == "BadRequestException", error.response
        assert "InsertionMode" in error.response["Error"]["Message"]
