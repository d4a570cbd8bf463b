import Testing
@testable import LocalHarness
@Test("the harness knows its name") func harnessName() { #expect(LocalHarnessInfo.name == "mediagen-local") }
