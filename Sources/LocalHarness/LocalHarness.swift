/// mediagen-local's libraries: `RuntimeAPI/` (the Lambda runtime API server and the Invoke API),
/// `Functions/` (function processes and their lifecycle), `Gateway/` (the HTTP API gateway and its JWT authorizer).
public enum LocalHarnessInfo {
    public static let name = "mediagen-local"
}
