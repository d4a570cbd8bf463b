import Testing
@testable import SigV4
@Test("credentials never print their secret") func redacted() { #expect(!"\(Credentials(accessKeyId: "AK", secretAccessKey: "SECRET"))".contains("SECRET")) }
