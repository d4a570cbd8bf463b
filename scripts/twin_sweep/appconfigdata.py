"""AppConfig Data on the twin through boto3: a session over a configuration file in the twin's directory
(TWIN_APPCONFIG_DIR), an empty body when unchanged, the new content after a change, and the service's errors."""
import json
import os
import pathlib
import uuid

from botocore.exceptions import ClientError


def expect(code, call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        assert error.response["Error"]["Code"] == code, error.response
        return error.response
    raise AssertionError(f"expected {code}")


def sweep(client, context):
    root = pathlib.Path(os.environ["TWIN_APPCONFIG_DIR"])
    app = "sweep-" + uuid.uuid4().hex[:6]
    folder = root / app / "local"
    folder.mkdir(parents=True)
    (folder / "features.json").write_text(json.dumps({"dubbing": True}))
    (folder / "notes.txt").write_text("plain")

    token = client.start_configuration_session(ApplicationIdentifier=app, EnvironmentIdentifier="local",
                                               ConfigurationProfileIdentifier="features",
                                               RequiredMinimumPollIntervalInSeconds=15)["InitialConfigurationToken"]
    first = client.get_latest_configuration(ConfigurationToken=token)
    assert json.loads(first["Configuration"].read()) == {"dubbing": True}
    assert first["ContentType"] == "application/json" and first["NextPollIntervalInSeconds"] == 15 and first["VersionLabel"]
    too_soon = expect("BadRequestException", client.get_latest_configuration, ConfigurationToken=first["NextPollConfigurationToken"])
    assert too_soon["Details"]["InvalidParameters"]["ConfigurationToken"]["Problem"] == "PollIntervalNotSatisfied", too_soon

    session = client.start_configuration_session(ApplicationIdentifier=app, EnvironmentIdentifier="local",
                                                 ConfigurationProfileIdentifier="features")["InitialConfigurationToken"]
    read = client.get_latest_configuration(ConfigurationToken=session)
    unchanged = client.get_latest_configuration(ConfigurationToken=read["NextPollConfigurationToken"])
    assert unchanged["Configuration"].read() == b"" and unchanged["NextPollIntervalInSeconds"] == 60
    (folder / "features.json").write_text(json.dumps({"dubbing": False}))
    changed = client.get_latest_configuration(ConfigurationToken=unchanged["NextPollConfigurationToken"])
    assert json.loads(changed["Configuration"].read()) == {"dubbing": False}

    text = client.start_configuration_session(ApplicationIdentifier=app, EnvironmentIdentifier="local",
                                              ConfigurationProfileIdentifier="notes")["InitialConfigurationToken"]
    plain = client.get_latest_configuration(ConfigurationToken=text)
    assert plain["ContentType"] == "text/plain" and plain["Configuration"].read() == b"plain"

    missing = expect("ResourceNotFoundException", client.start_configuration_session, ApplicationIdentifier=app,
                     EnvironmentIdentifier="prod", ConfigurationProfileIdentifier="features")
    assert missing["ResourceType"] == "Environment", missing
    corrupted = expect("BadRequestException", client.get_latest_configuration, ConfigurationToken="not-a-token")
    assert corrupted["Details"]["InvalidParameters"]["ConfigurationToken"]["Problem"] == "Corrupted"

    # The AppConfig control plane also signs as `appconfig`: the twin forwards its paths (to moto).
    control = context["client"]("appconfig")
    created = control.create_application(Name=app)
    assert control.get_application(ApplicationId=created["Id"])["Name"] == app
