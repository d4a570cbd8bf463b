import Foundation
import Testing
@testable import HandlerKit

@Suite("Job ids and upload names")
struct JobIdentifierTests {
    @Test("ids are valid execution and job names; idempotent ids depend on caller, use case and key")
    func ids() {
        let id = JobIdentifier.random()
        #expect(JobIdentifier.isValid(id) && id.count <= 80 && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" })
        #expect(JobIdentifier.idempotent(owner: "a", useCase: "Subtitle", key: "k") == JobIdentifier.idempotent(owner: "a", useCase: "Subtitle", key: "k"))
        #expect(JobIdentifier.idempotent(owner: "a", useCase: "Subtitle", key: "k") != JobIdentifier.idempotent(owner: "a", useCase: "Dubbing", key: "k"))
        #expect(JobIdentifier.idempotent(owner: "a", useCase: "Subtitle", key: "k") != JobIdentifier.idempotent(owner: "b", useCase: "Subtitle", key: "k"))
        #expect(JobIdentifier.isValid(JobIdentifier.idempotent(owner: "a", useCase: "S", key: "k")))
        #expect(!JobIdentifier.isValid("job-../../etc") && !JobIdentifier.isValid(id.uppercased()))
    }

    @Test("upload file names keep only characters safe in S3 keys and paths")
    func names() {
        #expect(UploadPolicy.safeFileName("../../etc/passwd") == "passwd")
        #expect(UploadPolicy.safeFileName("Ünïcode clip.mov") == "_n_code_clip.mov")
        #expect(UploadPolicy.safeFileName("...") == "file")
        #expect(UploadPolicy.safeFileName(String(repeating: "a", count: 300)).count == 120)
    }
}
