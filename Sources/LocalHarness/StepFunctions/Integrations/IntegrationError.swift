import AWSCore
import AWSClients
import Foundation
import StatesLanguage

/// The error names Step Functions gives failed service calls, so Retry and Catch match the same names locally.
enum IntegrationError {
    /// An error answered by the service, named `<prefix>.<code>` (with `Exception` appended when `suffix` and the
    /// code lacks it); the cause carries the message and the response details the Java SDK prints.
    static func service(
        _ error: AWSServiceError, prefix: String, serviceLabel: String, addExceptionSuffix: Bool
    ) -> StatesError {
        var name = error.code
        if addExceptionSuffix && !name.hasSuffix("Exception") { name += "Exception" }
        let details = [
            "Service: \(serviceLabel)", "Status Code: \(error.statusCode)", "Error Code: \(error.code)",
            "Request ID: \(error.requestId ?? "")", "Proxy: null",
        ].joined(separator: "; ")
        return StatesError(error: "\(prefix).\(name)", cause: "\(error.message) (\(details))")
    }

    /// Any failure of a call: service errors as above, requests refused before sending as the service's
    /// validation error, anything else (no answer, an unreadable answer) as `States.TaskFailed`.
    static func from(
        _ error: any Error, prefix: String, serviceLabel: String, addExceptionSuffix: Bool, validationCode: String
    ) -> any Error {
        // A call cut short because the execution stopped is not the service's failure.
        if Task.isCancelled, !(error is AWSServiceError) { return CancellationError() }
        switch error {
        case let error as StatesError:
            return error
        case is CancellationError:
            return error
        case let error as AWSServiceError:
            return service(error, prefix: prefix, serviceLabel: serviceLabel, addExceptionSuffix: addExceptionSuffix)
        case let error as ClientInputError:
            return StatesError(error: "\(prefix).\(validationCode)", cause: error.detail)
        default:
            return StatesError.taskFailed("\(serviceLabel) could not be called: \(error)")
        }
    }

    /// Parameters the integration cannot send (a missing or mistyped field): `States.Runtime`, as Step Functions
    /// fails a state whose Parameters do not fit the API.
    static func parameters(_ integration: String, _ detail: String) -> StatesError {
        .runtime("The \(integration) integration: \(detail)")
    }
}
