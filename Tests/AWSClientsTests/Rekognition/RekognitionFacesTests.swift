import AWSCore
import Foundation
import Testing
@testable import AWSClients

@Suite("Rekognition DetectFaces")
struct RekognitionFacesTests {
    @Test("DetectFaces sends the image and Attributes under RekognitionService.DetectFaces and decodes face details")
    func detectFaces() async throws {
        let transport = FakeTransport(json: [#"""
        {"FaceDetails":[{"BoundingBox":{"Width":0.2,"Height":0.3,"Left":0.4,"Top":0.1},"AgeRange":{"Low":25,"High":33},
          "Smile":{"Value":true,"Confidence":97.5},"Emotions":[{"Type":"HAPPY","Confidence":88.0}],
          "Landmarks":[{"Type":"eyeLeft","X":0.45,"Y":0.2}],"Pose":{"Roll":1.0,"Yaw":-3.0,"Pitch":2.0},"Confidence":99.99}]}
        """#])
        let client = try RekognitionClient(FakeTransport.configuration(transport))
        let output = try await client.detectFaces(.s3(bucket: "media-in", name: "cast.jpg"), attributes: [.all])
        let face = try #require(output.faceDetails?.first)
        #expect(face.ageRange?.low == 25)
        #expect(face.smile?.value == true)
        #expect(face.emotions?.first?.type == "HAPPY")
        let request = try #require(transport.requests.first)
        #expect(request.headers["X-Amz-Target"] == "RekognitionService.DetectFaces")
        let body = try JSONSerialization.jsonObject(with: request.body) as? [String: Any]
        #expect(body?["Attributes"] as? [String] == ["ALL"])
        #expect((body?["Image"] as? [String: Any])?["S3Object"] as? [String: String] == ["Bucket": "media-in", "Name": "cast.jpg"])
        await #expect(throws: ClientInputError.self) { _ = try await client.detectFaces(.bytes(Data())) }
    }
}
