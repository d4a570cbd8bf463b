import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Rekognition image analysis")
struct RekognitionImageTests {
    func client(_ pages: [String]) throws -> (RekognitionClient, FakeTransport) {
        let transport = FakeTransport(json: pages)
        return (try RekognitionClient(FakeTransport.configuration(transport)), transport)
    }

    @Test("DetectLabels decodes labels with instances, bounding boxes, parents, aliases and categories")
    func labels() async throws {
        let (client, _) = try client([#"""
        {"Labels":[{"Name":"Mobile Phone","Confidence":99.93,"Instances":[{"BoundingBox":{"Width":0.2678,"Height":0.8562,"Left":0.3604,"Top":0.0925},"Confidence":99.93}],
          "Parents":[{"Name":"Phone"}],"Aliases":[{"Name":"Cell Phone"}],"Categories":[{"Name":"Technology and Computing"}]},
          {"Name":"Person","Confidence":98.1,"Instances":[],"Parents":[]}],
         "LabelModelVersion":"3.0","OrientationCorrection":"ROTATE_0"}
        """#])
        let output = try await client.detectLabels(.s3(bucket: "media-in", name: "p.jpg"))
        let phone = try #require(output.labels?.first)
        #expect(phone.name == "Mobile Phone")
        #expect(phone.instances?.first?.boundingBox == BoundingBox(width: 0.2678, height: 0.8562, left: 0.3604, top: 0.0925))
        #expect(phone.parents?.first?.name == "Phone")
        #expect(phone.aliases?.first?.name == "Cell Phone")
        #expect(phone.categories?.first?.name == "Technology and Computing")
        #expect(output.labelModelVersion == "3.0")
        #expect(output.labels?.count == 2)
    }

    @Test("DetectModerationLabels decodes names, parents, taxonomy levels and content types")
    func moderation() async throws {
        let (client, transport) = try client([#"""
        {"ModerationLabels":[{"Confidence":88.1,"Name":"Explicit","ParentName":"","TaxonomyLevel":1},
          {"Confidence":87.9,"Name":"Graphic Violence","ParentName":"Violence","TaxonomyLevel":2}],
         "ModerationModelVersion":"7.0","ContentTypes":[{"Confidence":91.2,"Name":"Animated"}]}
        """#])
        let output = try await client.detectModerationLabels(.bytes(Data([1, 2, 3])), minConfidence: 50)
        #expect(output.moderationLabels?[1] == ModerationLabel(confidence: 87.9, name: "Graphic Violence", parentName: "Violence", taxonomyLevel: 2))
        #expect(output.moderationModelVersion == "7.0")
        #expect(output.contentTypes?.first?.name == "Animated")
        #expect(String(decoding: transport.requests[0].body, as: UTF8.self).contains(#""Bytes":"AQID""#))
    }

    @Test("DetectText decodes lines and words with their geometry")
    func text() async throws {
        let (client, _) = try client([#"""
        {"TextDetections":[{"DetectedText":"IT'S MONDAY","Type":"LINE","Id":0,"Confidence":99.35,
           "Geometry":{"BoundingBox":{"Width":0.146,"Height":0.099,"Left":0.668,"Top":0.182},"Polygon":[{"X":0.668,"Y":0.183},{"X":0.814,"Y":0.182}]}},
          {"DetectedText":"IT'S","Type":"WORD","Id":1,"ParentId":0,"Confidence":99.3}],"TextModelVersion":"3.0"}
        """#])
        let output = try await client.detectText(.s3(bucket: "media-in", name: "frame.jpg"))
        #expect(output.textDetections?.count == 2)
        #expect(output.textDetections?[0].geometry?.polygon?.count == 2)
        #expect(output.textDetections?[1].parentId == 0)
        #expect(output.textDetections?[1].type == "WORD")
    }

    @Test("RecognizeCelebrities decodes celebrities with faces and unrecognised faces")
    func celebrities() async throws {
        let (client, _) = try client([#"""
        {"CelebrityFaces":[{"Urls":["www.imdb.com/name/nm0000123"],"Name":"Jane Doe","Id":"1SK7cR8M","MatchConfidence":98.0,
           "KnownGender":{"Type":"Female"},"Face":{"BoundingBox":{"Width":0.45,"Height":0.4,"Left":0.2,"Top":0.1},"Confidence":99.9,
           "Pose":{"Roll":-1.2,"Yaw":3.4,"Pitch":0.5},"Quality":{"Brightness":56.0,"Sharpness":86.9},
           "Landmarks":[{"Type":"eyeLeft","X":0.4,"Y":0.3}],"Emotions":[{"Type":"HAPPY","Confidence":92.0}],"Smile":{"Value":true,"Confidence":95.0}}}],
         "UnrecognizedFaces":[{"BoundingBox":{"Width":0.1,"Height":0.1,"Left":0.7,"Top":0.2},"Confidence":99.0}],"OrientationCorrection":"ROTATE_0"}
        """#])
        let output = try await client.recognizeCelebrities(.bytes(Data([0xFF, 0xD8])))
        let jane = try #require(output.celebrityFaces?.first)
        #expect(jane.name == "Jane Doe" && jane.id == "1SK7cR8M" && jane.matchConfidence == 98.0)
        #expect(jane.knownGender?.type == "Female")
        #expect(jane.face?.smile?.value == true)
        #expect(jane.face?.landmarks?.first?.type == "eyeLeft")
        #expect(output.unrecognizedFaces?.count == 1)
    }

    @Test("image bytes over 5 MB, empty bytes and an empty S3 bucket or name are refused before sending")
    func inputChecks() async throws {
        let (client, transport) = try client(["{}"])
        do {
            _ = try await client.detectLabels(.bytes(Data(count: 5_242_881)))
            Issue.record("5 MB + 1 byte was accepted")
        } catch let error as ClientInputError {
            #expect(error == .tooLarge)
            #expect(error.detail.contains("Image.Bytes") && error.detail.contains("5242880 bytes"))
        }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.detectText(.bytes(Data())) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.detectModerationLabels(.s3(bucket: "", name: "a.jpg")) }
        await #expect(throws: ClientInputError.missingField) { _ = try await client.recognizeCelebrities(.s3(bucket: "media-in", name: "")) }
        #expect(transport.requests.isEmpty)
        _ = try await client.detectLabels(.bytes(Data(count: 5_242_880)))
        #expect(transport.requests.count == 1, "exactly 5 MB is sent")
    }

    @Test("a Rekognition error surfaces as AWSServiceError with the service's code")
    func serviceError() async throws {
        let transport = FakeTransport([FakeTransport.error(
            400, #"{"__type":"InvalidS3ObjectException","Code":"InvalidS3ObjectException","Message":"Unable to get object metadata from S3. Check object key, region and/or access permissions."}"#)])
        let client = try RekognitionClient(FakeTransport.configuration(transport))
        let error = await #expect(throws: AWSServiceError.self) { _ = try await client.detectLabels(.s3(bucket: "media-in", name: "missing.jpg")) }
        #expect(error?.code == "InvalidS3ObjectException")
        #expect(error?.message.hasPrefix("Unable to get object metadata") == true)
    }
}
