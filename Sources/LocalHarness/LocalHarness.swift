// The harness works in the States Language's JSON values (claims, events, execution data): re-exported so
// its users need one import.
@_exported import StatesLanguage

/// mediagen-local's libraries: `RuntimeAPI/` (the Lambda runtime API server and the Invoke API),
/// `Functions/` (function processes and their lifecycle), `Gateway/` (the HTTP API gateway and its JWT
/// authorizer), `Template/` (the SAM template), `Platform/` (all of it started together) and
/// `StepFunctions/` (state machines run by the StatesLanguage interpreter).
public enum LocalHarnessInfo {
    public static let name = "mediagen-local"
}
