"""Translate through boto3: TranslateText (placeholders, tags, numbers kept; auto-detect), ListLanguages, and the
service's errors as botocore models them."""
import botocore.exceptions


def sweep(client, context):
    text = "Hello {name}, your <b>2</b> subtitles are ready at 10:30."
    answer = client.translate_text(Text=text, SourceLanguageCode="en", TargetLanguageCode="es")
    assert answer["SourceLanguageCode"] == "en" and answer["TargetLanguageCode"] == "es", answer
    for kept in ("{name}", "<b>2</b>", "10:30"):
        assert kept in answer["TranslatedText"], (kept, answer["TranslatedText"])
    assert answer["TranslatedText"] != text
    auto = client.translate_text(Text="The festival opens tonight with a new film.", SourceLanguageCode="auto", TargetLanguageCode="ja")
    assert auto["SourceLanguageCode"] == "en", auto

    languages = client.list_languages()
    codes = {language["LanguageCode"] for language in languages["Languages"]}
    assert {"en", "fr", "de", "es", "ja", "zh"} <= codes, codes
    assert all(language["LanguageName"] for language in languages["Languages"])

    try:
        client.translate_text(Text="hello", SourceLanguageCode="en", TargetLanguageCode="tlh")
        raise AssertionError("an unsupported target language was accepted")
    except client.exceptions.UnsupportedLanguagePairException as error:
        assert error.response["Error"]["Code"] == "UnsupportedLanguagePairException"
    try:
        client.translate_text(Text="", SourceLanguageCode="en", TargetLanguageCode="fr")
        raise AssertionError("empty text was accepted")
    except botocore.exceptions.ClientError as error:
        assert error.response["Error"]["Code"] in ("ValidationException", "InvalidRequestException"), error.response
    except botocore.exceptions.ParamValidationError:
        pass  # botocore refuses it before sending (min length 1), as against AWS
