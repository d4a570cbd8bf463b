import Testing
@testable import LambdaRuntime
@Test("the runtime names itself to the runtime API") func userAgent() { #expect(LambdaRuntimeInfo.userAgent.hasPrefix("mediagen-lambda-runtime/")) }
